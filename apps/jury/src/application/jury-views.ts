import { Inject, Injectable } from '@nestjs/common';
import {
  type CertificationResultView,
  type IssueReportView,
  JuryErrorCode,
  type JuryCertificationView,
  type JurySessionDetail,
  type JurySessionSummary,
  type ListJurySessionsRequest,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { Certification, CertificationResult } from '../domain/certification';
import { juryStatusOf, type JurySession, publishabilityOf } from '../domain/jury-session';
import { JURY_REPOSITORY, type JuryRepository } from '../domain/jury.repository';
import { REMOTE_SERVICES, type RemoteServices } from './remote-services';

/** The jury's lists and a session's detail (Pix Admin). */
@Injectable()
export class JuryViews {
  constructor(
    @Inject(JURY_REPOSITORY) private readonly jury: JuryRepository,
    @Inject(REMOTE_SERVICES) private readonly remote: RemoteServices,
  ) {}

  async list(request: ListJurySessionsRequest): Promise<JurySessionSummary[]> {
    const sessions = await this.jury.listSessions({
      list: request.list,
      ...(request.certificationCenterName === undefined
        ? {}
        : { certificationCenterName: request.certificationCenterName }),
      ...(request.sessionId === undefined ? {} : { sessionId: request.sessionId }),
      ...(request.assignedToUserId === undefined ? {} : { assignedToUserId: request.assignedToUserId }),
      ...(request.from === undefined ? {} : { from: request.from }),
      ...(request.to === undefined ? {} : { to: request.to }),
    });
    const summaries = await this.summaries(sessions);
    if (request.list === 'published') return summaries;
    const wanted = request.list === 'to_publish';
    return summaries.filter((summary) => summary.publishable === wanted);
  }

  async summaries(sessions: readonly JurySession[]): Promise<JurySessionSummary[]> {
    const ids = await this.jury.certificationIdsOf(sessions.map((session) => session.sessionId));
    const latest = await this.jury.latestResults([...ids.values()].flat());
    return sessions.map((session) => {
      const certificationIds = ids.get(session.sessionId) ?? [];
      const { publishable, blockers } = publishabilityOf(session, certificationIds, latest);
      return {
        sessionId: session.sessionId,
        certificationCenterId: session.certificationCenterId,
        certificationCenterName: session.certificationCenterName,
        date: session.date,
        time: session.time,
        finalizedAt: session.finalizedAt.toISOString(),
        publishedAt: session.publishedAt?.toISOString() ?? null,
        status: juryStatusOf(session),
        assignedTo:
          session.assignedToUserId === null
            ? null
            : { userId: session.assignedToUserId, name: session.assignedToName ?? '' },
        certificationCount: certificationIds.length,
        unresolvedImpactfulReportCount: session.unresolvedImpactfulReportCount,
        hasExaminerGlobalComment: session.examinerGlobalComment !== null,
        publishable: session.publishedAt === null && publishable,
        blockers: session.publishedAt === null ? blockers : [],
        autoJuryDone: session.autoJuryDoneAt !== null,
      };
    });
  }

  /** An unfinalised session is out of the jury's hands; `afterUnfinalizing` shows it one last time (the action's reply). */
  async detail(sessionId: number, options: { readonly afterUnfinalizing?: boolean } = {}): Promise<JurySessionDetail> {
    const session = await this.jury.findSession(sessionId);
    if (session === null || (session.unfinalizedAt !== null && options.afterUnfinalizing !== true)) {
      throw new DomainError(
        JuryErrorCode.JURY_SESSION_NOT_FOUND,
        'Session introuvable parmi les sessions finalisées.',
        {
          sessionId,
        },
      );
    }
    const [summary] = await this.summaries([session]);
    const certifications = await this.jury.certificationsOf(sessionId);
    const history = await this.jury.resultHistory(certifications.map((c) => c.id));
    const reports = await this.remote.issueReportsOf(sessionId);
    const audit = await this.jury.auditOf(sessionId);
    if (summary === undefined) throw new Error('a summary per session');
    return {
      ...summary,
      address: session.address,
      room: session.room,
      examiner: session.examiner,
      examinerGlobalComment: session.examinerGlobalComment,
      hasIncident: session.hasIncident,
      hasJoiningIssue: session.hasJoiningIssue,
      juryComment: session.juryComment,
      certifications: certifications.map((certification) =>
        certificationView(certification, history.get(certification.id) ?? [], reports),
      ),
      audit: audit.map((entry) => ({
        id: entry.id,
        action: entry.action as JurySessionDetail['audit'][number]['action'],
        userId: entry.userId,
        at: entry.at.toISOString(),
        certificationId: entry.certificationId,
        before: entry.before,
        after: entry.after,
      })),
    };
  }
}

export function resultView(result: CertificationResult): CertificationResultView {
  return {
    id: result.id ?? 0,
    status: result.status,
    pixScore: result.pixScore,
    reproducibilityRate: result.reproducibilityRate,
    competenceMarks: result.competenceMarks,
    commentKey: result.commentKey,
    emitter: result.emitter,
    juryUserId: result.juryUserId,
    errorMessage: result.errorMessage,
    createdAt: result.createdAt.toISOString(),
  };
}

function certificationView(
  certification: Certification,
  history: readonly CertificationResult[],
  reports: readonly IssueReportView[],
): JuryCertificationView {
  const latest = history[0];
  return {
    certificationId: certification.id,
    candidateId: certification.candidateId,
    userId: certification.userId,
    identity: certification.identity,
    division: certification.division,
    externalId: certification.externalId,
    verificationCode: certification.verificationCode,
    courseState: certification.courseState,
    abortReason: certification.abortReason,
    examinerComment: certification.examinerComment,
    status: latest?.status ?? 'started',
    pixScore: latest?.pixScore ?? 0,
    isCancelled: certification.isCancelled,
    isRejectedForFraud: certification.isRejectedForFraud,
    commentForCandidate: certification.commentForCandidate,
    commentForOrganization: certification.commentForOrganization,
    commentByJury: certification.commentByJury,
    issueReports: reports
      .filter((report) => report.candidateId === certification.candidateId)
      .map((report) => ({
        id: report.id,
        code: report.code,
        label: report.label,
        description: report.description,
        questionNumber: report.questionNumber,
        isImpactful: report.isImpactful,
        resolvedAt: report.resolvedAt,
        resolution: report.resolution,
        hasBeenAutomaticallyResolved: report.hasBeenAutomaticallyResolved,
      })),
    questions: certification.challenges.map((challenge) => ({
      number: challenge.number,
      challengeId: challenge.challengeId,
      competence: challenge.competence,
      type: challenge.type,
      answerStatus: challenge.answerStatus,
      neutralized: challenge.neutralizedBy !== null,
      neutralizedBy: challenge.neutralizedBy,
      autoSkipped: challenge.autoSkipped,
      remarkedOk: challenge.remarkedOk,
    })),
    results: history.map(resultView),
  };
}
