import { Inject, Injectable } from '@nestjs/common';
import { type JoinedSession, type JoinSessionRequest, SessionsErrorCode, SessionsEvents } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { CANDIDATE_CHECKS, type CandidateChecks } from '../domain/candidate-checks';
import { matchCandidate } from '../domain/candidate-matching';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { openSessionForCandidate } from './open-session';
import { CLOCK } from './tokens';

const ASK_INVIGILATOR = 'Vérifiez-les avec votre surveillant.';

/**
 * A signed-in candidate joins with the session number and their identity (rules §6.1). Each outcome has its own
 * code and French message. Linking is idempotent, and every entry resets the start authorisation.
 */
@Injectable()
export class JoinSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(CANDIDATE_CHECKS) private readonly checks: CandidateChecks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: JoinSessionRequest): Promise<JoinedSession> {
    const session = await openSessionForCandidate(
      this.sessions,
      request.sessionId,
      'Cette session est finalisée : il n’est plus possible de la rejoindre.',
    );
    const outcome = matchCandidate(await this.candidates.listOf(request.sessionId), request, request.userId);
    switch (outcome.kind) {
      case 'not-found':
        throw new DomainError(
          SessionsErrorCode.CANDIDATE_NOT_FOUND_IN_SESSION,
          `Aucun candidat inscrit à cette session ne correspond à ces nom, prénom et date de naissance. ${ASK_INVIGILATOR}`,
        );
      case 'several-matches':
        throw new DomainError(
          SessionsErrorCode.CANDIDATE_SEVERAL_MATCHES,
          `Plusieurs candidats de cette session correspondent à ces informations. ${ASK_INVIGILATOR}`,
        );
      case 'linked-to-another-account':
        throw new DomainError(
          SessionsErrorCode.CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT,
          'Ce candidat est déjà rattaché à un autre compte Pix. Connectez-vous avec le compte utilisé la première fois ou prévenez votre surveillant.',
        );
      case 'user-already-linked-in-session':
        throw new DomainError(
          SessionsErrorCode.USER_ALREADY_LINKED_IN_SESSION,
          'Votre compte est déjà rattaché à un autre candidat de cette session.',
        );
      case 'matched':
        break;
    }
    const candidate = outcome.candidate;
    const now = this.clock.now();
    if (!outcome.alreadyLinked) {
      if (candidate.pupilId !== null) {
        const account = await this.checks.accountOfPupil(session.certificationCenterId, candidate.pupilId);
        if (account !== request.userId) {
          throw new DomainError(
            SessionsErrorCode.ACCOUNT_NOT_OF_THIS_PUPIL,
            'Ce compte n’est pas celui de cet élève : connectez-vous avec votre propre compte Pix.',
          );
        }
      }
      if (!(await this.checks.isCertifiable(request.userId, now))) {
        throw new DomainError(
          SessionsErrorCode.USER_NOT_CERTIFIABLE,
          'Votre profil n’est pas certifiable : il faut au moins 5 compétences de niveau 1 ou plus. Prévenez votre surveillant.',
        );
      }
    }
    if (candidate.id === undefined) throw new Error('a stored candidate has an id');
    await this.candidates.link(candidate.id, request.userId, now, {
      subject: SessionsEvents.candidateChanged,
      payload: {
        sessionId: request.sessionId,
        candidateId: candidate.id,
        change: 'joined',
        authorizedToStart: false,
        startedAt: candidate.startedAt?.toISOString() ?? null,
        at: now.toISOString(),
      },
    });
    return {
      sessionId: request.sessionId,
      candidateId: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      certificationCenterName: session.toProps().certificationCenterName,
      authorizedToStart: false,
    };
  }
}
