import type { AlertView, IssueReportRecordedEvent, IssueReportView, ResolvedIssueReport } from '@pix/contracts';
import type { CandidateAlert } from '../domain/candidate-alert';
import type { IssueReport } from '../domain/issue-report';
import { findIssueReportKind, isIssueReportSubcategory } from '@pix/contracts';

export function toIssueReportView(report: IssueReport): IssueReportView {
  const props = report.toProps();
  const kind = report.kind;
  return {
    id: storedId(props.id),
    sessionId: props.sessionId,
    candidateId: props.candidateId,
    code: kind?.code ?? null,
    category: props.category,
    subcategory: props.subcategory,
    label: kind?.label ?? props.category,
    description: props.description,
    questionNumber: props.questionNumber,
    source: props.source,
    recordedBy: props.recordedBy,
    recordedAt: props.createdAt.toISOString(),
    isImpactful: report.isImpactful,
    resolvedAt: props.resolvedAt?.toISOString() ?? null,
    resolution: props.resolution,
    hasBeenAutomaticallyResolved: props.hasBeenAutomaticallyResolved,
  };
}

/** The view with what the automatic resolution decided: null effect and challenge unless resolved automatically. */
export function toResolvedIssueReportView(report: IssueReport): ResolvedIssueReport {
  const props = report.toProps();
  return { ...toIssueReportView(report), effect: props.effect, challengeId: props.challengeId };
}

export function issueReportRecorded(view: IssueReportView): IssueReportRecordedEvent {
  return {
    issueReportId: view.id,
    sessionId: view.sessionId,
    candidateId: view.candidateId,
    code: view.code,
    category: view.category,
    subcategory: view.subcategory,
    questionNumber: view.questionNumber,
    source: view.source,
    recordedAt: view.recordedAt,
  };
}

export function toAlertView(alert: CandidateAlert): AlertView {
  const props = alert.toProps();
  const subcategory = props.subcategory;
  const code =
    subcategory !== null && isIssueReportSubcategory(subcategory)
      ? (findIssueReportKind('IN_CHALLENGE', subcategory)?.code ?? null)
      : null;
  return {
    id: storedId(props.id),
    sessionId: props.sessionId,
    candidateId: props.candidateId,
    courseId: props.courseId,
    questionNumber: props.questionNumber,
    challengeId: props.challengeId,
    status: props.status,
    raisedAt: props.raisedAt.toISOString(),
    decidedAt: props.decidedAt?.toISOString() ?? null,
    decidedBy: props.decidedBy,
    subcategory,
    code,
    issueReportId: props.issueReportId,
  };
}

function storedId(id: number | undefined): number {
  if (id === undefined) throw new Error('a stored record has an id');
  return id;
}
