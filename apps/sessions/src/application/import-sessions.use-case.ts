import { Inject, Injectable } from '@nestjs/common';
import { type ImportSessionsRequest, type SessionView, SessionsErrorCode } from '@pix/contracts';
import { parseSessionsMassImport } from '@pix/imports';
import { type Clock, DomainError } from '@pix/kernel';
import { Session } from '../domain/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { NOT_ENROLLED } from './enrol-candidates.use-case';
import { SessionViews } from './session-views';
import { CLOCK } from './tokens';

/** Mass creation from the CSV of rules §2.1: every session with its candidates, or nothing. */
@Injectable()
export class ImportSessions {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: SessionViews,
  ) {}

  async execute(request: ImportSessionsRequest): Promise<{ sessions: SessionView[] }> {
    const now = this.clock.now();
    const parsed = parseSessionsMassImport(new Uint8Array(Buffer.from(request.base64, 'base64')), request.fileName, {
      centreType: request.certificationCenterType,
      today: now.toISOString().slice(0, 10),
    });
    if (!parsed.ok) {
      throw new DomainError(
        SessionsErrorCode.SESSION_IMPORT_INVALID,
        parsed.errors.length === 1
          ? 'Le fichier contient une erreur : aucune session n’a été créée.'
          : `Le fichier contient ${parsed.errors.length} erreurs : aucune session n’a été créée.`,
        { errors: parsed.errors },
      );
    }
    if (parsed.existingSessions.length > 0) {
      // Adding candidates to existing sessions through this file is not supported yet: say so, per line.
      throw new DomainError(
        SessionsErrorCode.SESSION_IMPORT_INVALID,
        'Ce fichier complète des sessions existantes : ce n’est pas encore possible, laissez « N° de session » vide.',
        {
          errors: parsed.existingSessions.map((existing) => ({
            line: existing.line,
            column: 'N° de session',
            code: 'SESSION_NUMBER_NOT_SUPPORTED',
            message: `Ligne ${existing.line}, colonne « N° de session » : l’ajout de candidats à la session ${existing.sessionId} par import n’est pas encore possible.`,
          })),
        },
      );
    }
    const entries = parsed.sessions.map((row) => ({
      session: Session.plan(
        {
          certificationCenterId: request.certificationCenterId,
          certificationCenterName: request.certificationCenterName,
          certificationCenterType: request.certificationCenterType,
          createdBy: request.createdBy,
          address: row.address,
          room: row.room,
          date: row.date,
          time: row.time,
          examiner: row.examiner,
          description: row.description,
        },
        this.clock,
      ),
      candidates: row.candidates.map((candidate) => ({ ...candidate, ...NOT_ENROLLED })),
    }));
    return { sessions: await this.views.views(await this.sessions.addWithCandidates(entries, now)) };
  }
}
