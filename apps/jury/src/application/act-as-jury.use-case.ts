import { Inject, Injectable } from '@nestjs/common';
import {
  type JuryActRequest,
  type JuryAction,
  JuryErrorCode,
  JuryEvents,
  type JurySessionDetail,
  type SessionPublicationEvent,
} from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import type { Certification } from '../domain/certification';
import { correctIdentity } from '../domain/identity-correction';
import { type JurySession, publicationBlockers } from '../domain/jury-session';
import { JURY_REPOSITORY, type JuryRepository } from '../domain/jury.repository';
import { scoreCertification } from '../domain/scoring-input';
import { JuryViews } from './jury-views';
import { REMOTE_SERVICES, type RemoteServices } from './remote-services';
import { unresolvedImpactful } from './run-auto-jury.use-case';
import { CLOCK } from './tokens';
import { TRANSACTIONS, type Transactions } from './transactions';

const COMMENT_MAX = 500;

type Actor = JuryActRequest['actor'];

function invalid(message: string, problems: readonly { field: string; message: string }[] = []): DomainError {
  return new DomainError(JuryErrorCode.JURY_ACTION_INVALID, message, { problems });
}

function cleanComment(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length > COMMENT_MAX) {
    throw invalid(`Le commentaire fait au plus ${COMMENT_MAX} caractères.`, [
      { field, message: `${COMMENT_MAX} caractères au plus.` },
    ]);
  }
  return trimmed === '' ? null : trimmed;
}

/**
 * Every jury action of rules §9: checked, applied, audited (who, when, what, before/after) in one transaction with the
 * session locked, and followed by a rescore (a new result, `Jury Pix`) when it changes what scoring reads.
 */
@Injectable()
export class ActAsJury {
  constructor(
    @Inject(JURY_REPOSITORY) private readonly jury: JuryRepository,
    @Inject(REMOTE_SERVICES) private readonly remote: RemoteServices,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(JuryViews) private readonly views: JuryViews,
  ) {}

  async execute(request: JuryActRequest): Promise<JurySessionDetail> {
    const { sessionId, actor, action } = request;
    const session = await this.openSession(sessionId, false);
    await this.remoteStep(session, actor, action);
    await this.transactions.run(async () => {
      const locked = await this.openSession(sessionId, true);
      await this.apply(locked, actor, action);
    });
    return this.views.detail(sessionId, { afterUnfinalizing: action.kind === 'unfinalize' });
  }

  private async openSession(sessionId: number, lock: boolean): Promise<JurySession> {
    const session = await this.jury.findSession(sessionId, { lock });
    if (session === null || session.unfinalizedAt !== null) {
      throw new DomainError(
        JuryErrorCode.JURY_SESSION_NOT_FOUND,
        'Session introuvable parmi les sessions finalisées.',
        {
          sessionId,
        },
      );
    }
    if (session.autoJuryDoneAt === null) {
      throw new DomainError(
        JuryErrorCode.AUTO_JURY_PENDING,
        'Le traitement automatique de la session n’est pas terminé. Réessayez dans quelques instants.',
        { sessionId },
      );
    }
    return session;
  }

  /** What another context must record first (idempotent there): sessions' status, incidents' resolution. */
  private async remoteStep(session: JurySession, actor: Actor, action: JuryAction): Promise<void> {
    switch (action.kind) {
      case 'assign':
        this.refuseIfPublished(session);
        await this.remote.setJuryStatus({
          sessionId: session.sessionId,
          assignedCertificationOfficerId: actor.userId,
          publishedAt: null,
        });
        return;
      case 'resolve-report': {
        this.refuseIfPublished(session);
        await this.certificationOf(session, action.certificationId);
        const resolution = action.resolution.trim();
        if (resolution === '' || resolution.length > COMMENT_MAX) {
          throw invalid('La résolution est obligatoire et fait au plus 500 caractères.', [
            { field: 'resolution', message: 'Entre 1 et 500 caractères.' },
          ]);
        }
        await this.remote.resolveManually({
          sessionId: session.sessionId,
          issueReportId: action.issueReportId,
          resolution,
          resolvedBy: actor.userId,
        });
        return;
      }
      case 'unfinalize':
        this.refuseIfPublished(session);
        await this.remote.unfinalizeSession({ sessionId: session.sessionId, unfinalizedBy: actor.userId });
        return;
      case 'publish': {
        if (session.publishedAt !== null) {
          throw new DomainError(JuryErrorCode.SESSION_ALREADY_PUBLISHED, 'La session est déjà publiée.', {
            sessionId: session.sessionId,
          });
        }
        const certifications = await this.jury.certificationsOf(session.sessionId);
        const ids = certifications.map((c) => c.id);
        const blockers = publicationBlockers(ids, await this.jury.latestResults(ids));
        if (blockers.length > 0) {
          throw new DomainError(
            JuryErrorCode.SESSION_NOT_PUBLISHABLE,
            `Publication impossible : ${blockers.join(' ')}`,
            {
              sessionId: session.sessionId,
              blockers,
            },
          );
        }
        await this.remote.setJuryStatus({
          sessionId: session.sessionId,
          assignedCertificationOfficerId: session.assignedToUserId,
          publishedAt: this.clock.now().toISOString(),
        });
        return;
      }
      case 'unpublish':
        if (session.publishedAt === null) {
          throw new DomainError(JuryErrorCode.SESSION_NOT_PUBLISHED, 'La session n’est pas publiée.', {
            sessionId: session.sessionId,
          });
        }
        await this.remote.setJuryStatus({
          sessionId: session.sessionId,
          assignedCertificationOfficerId: session.assignedToUserId,
          publishedAt: null,
        });
        return;
      case 'comment-session':
      case 'neutralize':
      case 'deneutralize':
      case 'cancel':
      case 'uncancel':
      case 'reject':
      case 'unreject':
      case 'correct-identity':
      case 'comment-certification':
        return;
    }
  }

  private async apply(session: JurySession, actor: Actor, action: JuryAction): Promise<void> {
    const now = this.clock.now();
    const audit = (certificationId: number | null, before: unknown, after: unknown) =>
      this.jury.audit({
        sessionId: session.sessionId,
        certificationId,
        action: action.kind,
        userId: actor.userId,
        at: now,
        before,
        after,
      });
    switch (action.kind) {
      case 'assign': {
        await this.jury.saveSession({ ...session, assignedToUserId: actor.userId, assignedToName: actor.name });
        await audit(null, { assignedTo: session.assignedToUserId }, { assignedTo: actor.userId });
        return;
      }
      case 'comment-session': {
        const comment = cleanComment(action.comment, 'comment');
        await this.jury.saveSession({ ...session, juryComment: comment });
        await audit(null, { juryComment: session.juryComment }, { juryComment: comment });
        return;
      }
      case 'resolve-report': {
        const reports = await this.remote.issueReportsOf(session.sessionId);
        const count = unresolvedImpactful(reports);
        await this.jury.saveSession({ ...session, unresolvedImpactfulReportCount: count });
        const report = reports.find((candidate) => candidate.id === action.issueReportId);
        await audit(
          action.certificationId,
          { issueReportId: action.issueReportId },
          { resolution: report?.resolution ?? null },
        );
        return;
      }
      case 'neutralize':
      case 'deneutralize': {
        this.refuseIfPublished(session);
        const certification = await this.certificationOf(session, action.certificationId);
        const challenge = certification.challenges.find((c) => c.challengeId === action.challengeId);
        if (challenge === undefined) {
          throw invalid('Cette épreuve ne fait pas partie de la certification.', [
            { field: 'challengeId', message: 'Épreuve inconnue pour cette certification.' },
          ]);
        }
        const neutralise = action.kind === 'neutralize';
        if (neutralise === (challenge.neutralizedBy !== null)) {
          throw invalid(neutralise ? 'Cette question est déjà neutralisée.' : 'Cette question n’est pas neutralisée.');
        }
        const updated: Certification = {
          ...certification,
          challenges: certification.challenges.map((c) =>
            c.challengeId === action.challengeId ? { ...c, neutralizedBy: neutralise ? 'jury' : null } : c,
          ),
        };
        await this.saveAndRescore(updated, actor, now);
        await audit(
          certification.id,
          { challengeId: challenge.challengeId, number: challenge.number, neutralizedBy: challenge.neutralizedBy },
          {
            neutralizedBy: neutralise ? 'jury' : null,
          },
        );
        return;
      }
      case 'cancel':
      case 'uncancel':
      case 'reject':
      case 'unreject': {
        this.refuseIfPublished(session);
        const certification = await this.certificationOf(session, action.certificationId);
        const field = action.kind === 'cancel' || action.kind === 'uncancel' ? 'isCancelled' : 'isRejectedForFraud';
        const value = action.kind === 'cancel' || action.kind === 'reject';
        if (certification[field] === value) {
          throw invalid(
            {
              cancel: 'La certification est déjà annulée.',
              uncancel: 'La certification n’est pas annulée.',
              reject: 'La certification est déjà rejetée pour fraude.',
              unreject: 'La certification n’est pas rejetée pour fraude.',
            }[action.kind],
          );
        }
        await this.saveAndRescore({ ...certification, [field]: value }, actor, now);
        await audit(certification.id, { [field]: certification[field] }, { [field]: value });
        return;
      }
      case 'correct-identity': {
        this.refuseIfPublished(session);
        const certification = await this.certificationOf(session, action.certificationId);
        const { identity, problems } = correctIdentity(action.identity, now);
        if (problems.length > 0) throw invalid('L’identité corrigée n’est pas valide.', problems);
        await this.jury.saveCertification({ ...certification, identity });
        await audit(certification.id, certification.identity, identity);
        return;
      }
      case 'comment-certification': {
        const certification = await this.certificationOf(session, action.certificationId);
        const comments = {
          commentForCandidate: cleanComment(action.commentForCandidate, 'commentForCandidate'),
          commentForOrganization: cleanComment(action.commentForOrganization, 'commentForOrganization'),
          commentByJury: cleanComment(action.commentByJury, 'commentByJury'),
        };
        await this.jury.saveCertification({ ...certification, ...comments });
        await audit(
          certification.id,
          {
            commentForCandidate: certification.commentForCandidate,
            commentForOrganization: certification.commentForOrganization,
            commentByJury: certification.commentByJury,
          },
          comments,
        );
        return;
      }
      case 'unfinalize': {
        this.refuseIfPublished(session);
        await this.jury.saveSession({ ...session, unfinalizedAt: now, assignedToUserId: null, assignedToName: null });
        await audit(null, { finalization: session.finalization }, { unfinalizedAt: now.toISOString() });
        return;
      }
      case 'publish':
      case 'unpublish': {
        const publishedAt = action.kind === 'publish' ? now : null;
        await this.jury.saveSession({ ...session, publishedAt });
        await audit(
          null,
          { publishedAt: session.publishedAt?.toISOString() ?? null },
          { publishedAt: publishedAt?.toISOString() ?? null },
        );
        const event: SessionPublicationEvent = {
          sessionId: session.sessionId,
          certificationCenterId: session.certificationCenterId,
          publishedAt: publishedAt?.toISOString() ?? null,
        };
        await this.jury.enqueue(
          action.kind === 'publish' ? JuryEvents.sessionPublished : JuryEvents.sessionUnpublished,
          event,
        );
        return;
      }
    }
  }

  private async saveAndRescore(certification: Certification, actor: Actor, now: Date): Promise<void> {
    await this.jury.saveCertification(certification);
    await this.jury.appendResult(scoreCertification(certification, { juryUserId: actor.userId }, now));
  }

  private async certificationOf(session: JurySession, certificationId: number): Promise<Certification> {
    const certification = await this.jury.findCertification(certificationId);
    if (certification === null || certification.sessionId !== session.sessionId) {
      throw new DomainError(JuryErrorCode.CERTIFICATION_NOT_FOUND, 'Certification introuvable dans cette session.', {
        certificationId,
      });
    }
    return certification;
  }

  private refuseIfPublished(session: JurySession): void {
    if (session.publishedAt !== null) {
      throw new DomainError(
        JuryErrorCode.SESSION_PUBLISHED,
        'La session est publiée : dépubliez-la avant de modifier ses certifications.',
        { sessionId: session.sessionId },
      );
    }
  }
}
