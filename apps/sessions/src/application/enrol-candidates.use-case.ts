import { Inject, Injectable } from '@nestjs/common';
import {
  type AddCandidateRequest,
  type CandidateView,
  type EnrolmentReport,
  type EnrolPupilsRequest,
  type ImportCandidatesRequest,
  type RemoveCandidateRequest,
  type SessionRef,
  SessionsErrorCode,
} from '@pix/contracts';
import { type Candidate, parseCandidateList, validateCandidate } from '@pix/imports';
import { type Clock, DomainError } from '@pix/kernel';
import { type CandidateProps, hasJoined, identityKey } from '../domain/candidate';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import type { Session } from '../domain/session';
import { toCandidateView } from './candidate-view';
import { SessionViews } from './session-views';
import { CLOCK } from './tokens';

export const NOT_ENROLLED = {
  userId: null,
  reconciledAt: null,
  authorizedToStart: false,
  startedAt: null,
  division: null,
  pupilId: null,
} as const;

export function candidateOf(sessionId: number, candidate: Candidate): Omit<CandidateProps, 'id'> {
  return { ...candidate, ...NOT_ENROLLED, sessionId };
}

/**
 * Enrolment (rules §3): SCO centres pick pupils by class, other centres type candidates in or import
 * the candidate list. Only while the session is not finalised.
 */
@Injectable()
export class EnrolCandidates {
  constructor(
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: SessionViews,
  ) {}

  async list(request: SessionRef): Promise<{ candidates: CandidateView[] }> {
    await this.views.findOfCentre(request.sessionId, request.certificationCenterId);
    return { candidates: (await this.candidates.listOf(request.sessionId)).map(toCandidateView) };
  }

  async add(request: AddCandidateRequest): Promise<CandidateView> {
    const session = await this.openSession(request);
    const now = this.clock.now();
    const checked = validateCandidate(request.candidate, session.toProps().certificationCenterType, {
      today: now.toISOString().slice(0, 10),
    });
    if (!checked.ok) {
      throw new DomainError(SessionsErrorCode.CANDIDATE_INVALID, 'Le candidat comporte des informations invalides.', {
        problems: checked.problems,
      });
    }
    const [added] = await this.candidates.add([candidateOf(request.sessionId, checked.value)], now);
    if (added === undefined) throw duplicate(checked.value);
    return toCandidateView(added);
  }

  async remove(request: RemoveCandidateRequest): Promise<{ removed: true }> {
    await this.openSession(request);
    const candidate = (await this.candidates.listOf(request.sessionId)).find((one) => one.id === request.candidateId);
    if (candidate === undefined) {
      throw new DomainError(SessionsErrorCode.CANDIDATE_NOT_FOUND, 'Ce candidat n’est pas inscrit à cette session.');
    }
    if (hasJoined(candidate)) {
      throw new DomainError(
        SessionsErrorCode.CANDIDATE_ALREADY_JOINED,
        'Ce candidat a déjà rejoint la session : il ne peut plus être désinscrit.',
      );
    }
    await this.candidates.remove(request.sessionId, request.candidateId);
    return { removed: true };
  }

  /** SCO: the identity is copied from the pupil record; pupils already enrolled are left as they are. */
  async enrolPupils(request: EnrolPupilsRequest): Promise<EnrolmentReport> {
    const session = await this.openSession(request);
    if (session.toProps().certificationCenterType !== 'SCO') {
      throw new DomainError(
        SessionsErrorCode.PUPIL_NOT_ELIGIBLE_FOR_CENTRE,
        'Seuls les établissements scolaires (SCO) inscrivent des élèves par classe.',
      );
    }
    const enrolled = new Set((await this.candidates.listOf(request.sessionId)).map(identityKey));
    const fresh = request.pupils.filter((pupil) => !enrolled.has(identityKey(pupil)));
    const unique = [...new Map(fresh.map((pupil) => [identityKey(pupil), pupil])).values()];
    const added = await this.candidates.add(
      unique.map((pupil) => ({
        sessionId: request.sessionId,
        firstName: pupil.firstName,
        lastName: pupil.lastName,
        sex: pupil.sex,
        birthdate: pupil.birthdate,
        birthCountry: pupil.birthCountry,
        birthINSEECode: pupil.birthINSEECode,
        birthPostalCode: null,
        birthCity: pupil.birthCity,
        externalId: null,
        division: pupil.division,
        pupilId: pupil.pupilId,
        email: null,
        resultRecipientEmail: null,
        extraTimePercentage: null,
        billingMode: null,
        prepaymentCode: null,
        userId: null,
        reconciledAt: null,
        authorizedToStart: false,
        startedAt: null,
      })),
      this.clock.now(),
    );
    const candidateCount = (await this.candidates.statsOf([request.sessionId])).get(request.sessionId)?.count ?? 0;
    return { enrolled: added.length, alreadyEnrolled: request.pupils.length - added.length, candidateCount };
  }

  /** The candidate list replaces the whole list; refused once a candidate has joined (rules §3.2). */
  async importList(request: ImportCandidatesRequest): Promise<EnrolmentReport> {
    const session = await this.openSession(request);
    const current = await this.candidates.listOf(request.sessionId);
    const joined = current.filter(hasJoined);
    if (joined.length > 0) {
      throw new DomainError(
        SessionsErrorCode.CANDIDATES_ALREADY_JOINED,
        `L’import est impossible : ${joined.length} candidat(s) ont déjà rejoint la session. Ajoutez ou retirez les candidats un par un.`,
      );
    }
    const now = this.clock.now();
    const parsed = parseCandidateList(new Uint8Array(Buffer.from(request.base64, 'base64')), request.fileName, {
      centreType: session.toProps().certificationCenterType,
      today: now.toISOString().slice(0, 10),
    });
    if (!parsed.ok) {
      throw new DomainError(
        SessionsErrorCode.CANDIDATE_IMPORT_INVALID,
        parsed.errors.length === 1
          ? 'Le fichier contient une erreur : la liste des candidats n’a pas été modifiée.'
          : `Le fichier contient ${parsed.errors.length} erreurs : la liste des candidats n’a pas été modifiée.`,
        { errors: parsed.errors },
      );
    }
    await this.candidates.replace(
      request.sessionId,
      parsed.candidates.map((candidate) => candidateOf(request.sessionId, candidate)),
      now,
    );
    return { enrolled: parsed.candidates.length, alreadyEnrolled: 0, candidateCount: parsed.candidates.length };
  }

  private async openSession(ref: SessionRef): Promise<Session> {
    const session = await this.views.findOfCentre(ref.sessionId, ref.certificationCenterId);
    if (!session.isAccessible) {
      throw new DomainError(
        SessionsErrorCode.SESSION_NOT_EDITABLE,
        'Cette session est finalisée : les inscriptions sont closes.',
      );
    }
    return session;
  }
}

function duplicate(candidate: Candidate): DomainError {
  return new DomainError(
    SessionsErrorCode.CANDIDATE_DUPLICATE,
    `${candidate.firstName} ${candidate.lastName}, né(e) le ${candidate.birthdate.split('-').reverse().join('/')}, est déjà inscrit(e) à cette session.`,
  );
}
