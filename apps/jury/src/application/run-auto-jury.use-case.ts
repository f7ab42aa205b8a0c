import { Inject, Injectable } from '@nestjs/common';
import {
  type CourseForScoring,
  type FinalizedCandidate,
  JuryEvents,
  type ResolvedIssueReport,
  type SessionFinalized,
  type SessionScoredEvent,
} from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { applyFinalizationEffects, type Certification, type ReportEffect } from '../domain/certification';
import type { JurySession } from '../domain/jury-session';
import { JURY_REPOSITORY, type JuryRepository } from '../domain/jury.repository';
import { scoreCertification } from '../domain/scoring-input';
import { REMOTE_SERVICES, type RemoteServices } from './remote-services';
import { CLOCK, MAX_REACHABLE_LEVEL } from './tokens';
import { TRANSACTIONS, type Transactions } from './transactions';

export const AUTO_JURY_CONSUMER = 'jury-auto-jury';

/** The id of one finalisation: replays of the same event share it, a later finalisation has a new one. */
export function finalizationId(event: Pick<SessionFinalized, 'sessionId' | 'finalization'>): string {
  return `${event.sessionId}:${event.finalization}`;
}

export type AutoJuryOutcome = 'scored' | 'already-done' | 'superseded';

const SCORING_READS_AT_ONCE = 4;

/**
 * Auto-jury after finalisation (rules §8): the unfinished tests are closed with their abort reason, the issue reports
 * resolved automatically (§7), then every certification scored (§10) and its result appended.
 *
 * Exactly once: the remote steps are idempotent and may run again after a crash; everything this service writes
 * (certifications, results, the processed mark, the event) commits in ONE transaction, after checking the mark.
 */
@Injectable()
export class RunAutoJury {
  constructor(
    @Inject(JURY_REPOSITORY) private readonly jury: JuryRepository,
    @Inject(REMOTE_SERVICES) private readonly remote: RemoteServices,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MAX_REACHABLE_LEVEL) private readonly maxReachableLevel: number,
  ) {}

  async execute(event: SessionFinalized): Promise<AutoJuryOutcome> {
    const known = await this.jury.findSession(event.sessionId);
    if (known !== null && known.finalization > event.finalization) return 'superseded';
    if (known !== null && known.finalization === event.finalization && known.autoJuryDoneAt !== null) {
      return 'already-done';
    }

    const abortReasons = event.candidates.flatMap((candidate) =>
      candidate.abortReason === null
        ? []
        : [{ candidateId: candidate.candidateId, abortReason: candidate.abortReason }],
    );
    const courses = await this.remote.finalizeCourses({ sessionId: event.sessionId, abortReasons });
    const candidates = new Map(event.candidates.map((candidate) => [candidate.candidateId, candidate]));
    const ours = courses.filter((course) => candidates.has(course.candidateId));
    const scoringInputs = await mapLimited(ours, SCORING_READS_AT_ONCE, (course) =>
      this.remote.courseForScoring(course.courseId),
    );
    const reports = await this.remote.resolveAutomatically({
      sessionId: event.sessionId,
      candidates: scoringInputs.map((input) => ({
        candidateId: input.course.candidateId,
        questions: input.challenges.map((challenge) => ({
          number: challenge.number,
          challengeId: challenge.challengeId,
          flags: challenge.flags,
          answerStatus: input.answers.find((answer) => answer.challengeId === challenge.challengeId)?.status ?? null,
        })),
      })),
    });

    return this.transactions.run(async () => {
      if (!(await this.jury.markProcessed(AUTO_JURY_CONSUMER, finalizationId(event)))) return 'already-done';
      const current = await this.jury.findSession(event.sessionId, { lock: true });
      if (current !== null && current.finalization > event.finalization) return 'superseded';
      const now = this.clock.now();
      const session = sessionFrom(event, current, reports, now);
      await this.jury.saveSession(session);
      for (const input of scoringInputs) {
        const candidate = candidates.get(input.course.candidateId);
        if (candidate === undefined) continue;
        const previous = await this.jury.findCertification(input.course.courseId);
        const certification = this.certificationFrom(event.sessionId, candidate, input, previous, reports);
        await this.jury.saveCertification(certification);
        await this.jury.appendResult(scoreCertification(certification, { juryUserId: null }, now));
      }
      const scored: SessionScoredEvent = {
        sessionId: event.sessionId,
        finalization: event.finalization,
        certificationCount: scoringInputs.length,
        publishable: false,
      };
      await this.jury.enqueue(JuryEvents.sessionScored, scored);
      return 'scored';
    });
  }

  private certificationFrom(
    sessionId: number,
    candidate: FinalizedCandidate,
    input: CourseForScoring,
    previous: Certification | null,
    reports: readonly ResolvedIssueReport[],
  ): Certification {
    const effects: ReportEffect[] = reports.flatMap((report) =>
      report.candidateId === candidate.candidateId &&
      report.challengeId !== null &&
      (report.effect === 'neutralise' || report.effect === 'remark-ok')
        ? [{ challengeId: report.challengeId, effect: report.effect }]
        : [],
    );
    const juryNeutralised = new Set(
      (previous?.challenges ?? []).filter((c) => c.neutralizedBy === 'jury').map((c) => c.challengeId),
    );
    const challenges = input.challenges.map((challenge) => ({
      number: challenge.number,
      challengeId: challenge.challengeId,
      competence: challenge.competence,
      type: challenge.type,
      flags: challenge.flags,
      answerStatus: input.answers.find((answer) => answer.challengeId === challenge.challengeId)?.status ?? null,
      neutralizedBy: juryNeutralised.has(challenge.challengeId) ? ('jury' as const) : null,
      autoSkipped: false,
      remarkedOk: false,
    }));
    return {
      id: input.course.courseId,
      sessionId,
      candidateId: candidate.candidateId,
      userId: candidate.userId,
      // A correction made by the jury before an unfinalisation is kept.
      identity: previous?.identity ?? {
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        sex: candidate.sex,
        birthdate: candidate.birthdate,
        birthCity: candidate.birthCity,
        birthCountry: candidate.birthCountry,
        birthINSEECode: candidate.birthINSEECode,
        birthPostalCode: candidate.birthPostalCode,
      },
      externalId: candidate.externalId,
      division: candidate.division,
      examinerComment: candidate.examinerComment,
      abortReason: candidate.abortReason,
      courseState: input.course.state,
      verificationCode: input.course.verificationCode,
      startedAt: new Date(input.course.startedAt),
      profileDate: new Date(input.profileDate),
      maxReachableLevel: previous?.maxReachableLevel ?? this.maxReachableLevel,
      competences: input.competences,
      isCancelled: previous?.isCancelled ?? false,
      isRejectedForFraud: previous?.isRejectedForFraud ?? false,
      commentForCandidate: previous?.commentForCandidate ?? null,
      commentForOrganization: previous?.commentForOrganization ?? null,
      commentByJury: previous?.commentByJury ?? null,
      challenges: applyFinalizationEffects(challenges, candidate.abortReason, effects),
    };
  }
}

function sessionFrom(
  event: SessionFinalized,
  current: JurySession | null,
  reports: readonly ResolvedIssueReport[],
  now: Date,
): JurySession {
  return {
    sessionId: event.sessionId,
    finalization: event.finalization,
    certificationCenterId: event.certificationCenterId,
    certificationCenterName: event.certificationCenterName,
    certificationCenterType: event.certificationCenterType,
    address: event.address,
    room: event.room,
    date: event.date,
    time: event.time,
    examiner: event.examiner,
    finalizedAt: new Date(event.finalizedAt),
    finalizedBy: event.finalizedBy,
    examinerGlobalComment: event.examinerGlobalComment,
    hasIncident: event.hasIncident,
    hasJoiningIssue: event.hasJoiningIssue,
    unfinalizedAt: null,
    autoJuryDoneAt: now,
    unresolvedImpactfulReportCount: unresolvedImpactful(reports),
    assignedToUserId: current?.assignedToUserId ?? null,
    assignedToName: current?.assignedToName ?? null,
    juryComment: current?.juryComment ?? null,
    publishedAt: null,
  };
}

export function unresolvedImpactful(reports: readonly { isImpactful: boolean; resolvedAt: string | null }[]): number {
  return reports.filter((report) => report.isImpactful && report.resolvedAt === null).length;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
