import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  type AlertView,
  EVIDENCE_LIMITS,
  type EvidenceFileContent,
  type FraudReportView,
  IncidentsSubjects,
  type IssueReportView,
  MAX_QUESTION_NUMBER,
  MIN_QUESTION_NUMBER,
  type ResolveAutomaticallyResponse,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { DecideAlert } from '../../application/decide-alert.use-case';
import { DeleteIssueReport } from '../../application/delete-issue-report.use-case';
import { FileFraudReport } from '../../application/file-fraud-report.use-case';
import { GetEvidenceFile } from '../../application/get-evidence-file.use-case';
import { ListAlerts } from '../../application/list-alerts.use-case';
import { ListFraudReports } from '../../application/list-fraud-reports.use-case';
import { ListIssueReports } from '../../application/list-issue-reports.use-case';
import { RaiseAlert } from '../../application/raise-alert.use-case';
import { RecordIssueReport } from '../../application/record-issue-report.use-case';
import { ResolveAutomatically } from '../../application/resolve-automatically.use-case';
import { ResolveManually } from '../../application/resolve-manually.use-case';
import { RECORDED_ANSWER_STATUSES } from '../../domain/automatic-resolution';

const id = z.number().int().positive().max(2_147_483_647);
// The domain checks lengths and rules with French messages; these caps only keep absurd messages out.
const text = (max: number) => z.string().max(max);
// base64 of the whole 5 MiB: a file over its own 2 MiB gets the domain's French EVIDENCE_FILE_TOO_LARGE.
const MAX_BASE64_LENGTH = Math.ceil(EVIDENCE_LIMITS.maxTotalBytes / 3) * 4;
// Far more than a session holds (rules §3.3: no cap, 20 per invigilator): only keeps absurd messages out.
const MAX_CANDIDATES = 2000;
const distinct = (values: readonly number[]) => new Set(values).size === values.length;

const challengeFlags = z.object({
  timedSeconds: z.number().positive().nullable(),
  focus: z.boolean(),
  illustration: z.object({ alt: text(10_000) }).nullable(),
  attachment: z.object({ name: text(1000), kind: text(100) }).nullable(),
  embed: z.object({ title: text(1000), height: z.number() }).nullable(),
});

const candidateTest = z.object({
  candidateId: id,
  questions: z
    .array(
      z.object({
        number: z.number().int().min(MIN_QUESTION_NUMBER).max(MAX_QUESTION_NUMBER),
        challengeId: text(200).min(1),
        flags: challengeFlags,
        answerStatus: z.enum(RECORDED_ANSWER_STATUSES).nullable(),
      }),
    )
    .max(MAX_QUESTION_NUMBER)
    .refine(
      (questions) => distinct(questions.map((question) => question.number)),
      'Deux questions ont le même numéro.',
    ),
});

const schemas = {
  record: z.object({
    sessionId: id,
    candidateId: id,
    code: text(10).nullish(),
    category: text(100).nullish(),
    subcategory: text(100).nullish(),
    description: text(10_000).nullish(),
    questionNumber: z.number().nullish(),
    source: z.enum(['invigilator', 'centre']),
    recordedBy: id,
  }),
  session: z.object({ sessionId: id }),
  remove: z.object({ sessionId: id, issueReportId: id, deletedBy: id }),
  fileFraud: z.object({
    sessionId: id,
    candidateId: id,
    occurredAt: text(100),
    description: text(20_000),
    invigilatorName: text(1000),
    files: z
      .array(z.object({ fileName: text(1000), base64: text(MAX_BASE64_LENGTH + 4) }))
      .max(EVIDENCE_LIMITS.maxFiles + 1),
    recordedBy: id,
  }),
  evidence: z.object({ sessionId: id, fraudReportId: id, evidenceFileId: id }),
  raise: z.object({
    sessionId: id,
    candidateId: id,
    courseId: id,
    questionNumber: z.number(),
    challengeId: text(200),
  }),
  decide: z.discriminatedUnion('decision', [
    z.object({
      decision: z.literal('validated'),
      subcategory: text(100),
      sessionId: id,
      alertId: id,
      decidedBy: id,
    }),
    z.object({ decision: z.literal('dismissed'), sessionId: id, alertId: id, decidedBy: id }),
  ]),
  resolveAutomatically: z.object({
    sessionId: id,
    candidates: z
      .array(candidateTest)
      .max(MAX_CANDIDATES)
      .refine(
        (candidates) => distinct(candidates.map((candidate) => candidate.candidateId)),
        'Un candidat figure deux fois.',
      ),
  }),
  resolveManually: z.object({ sessionId: id, issueReportId: id, resolution: text(10_000), resolvedBy: id }),
};

// A message whose shape is wrong is a caller's bug: refuse it with the paths, never crash on it.
const INVALID_MESSAGE = 'Le message reçu est invalide.';

/** Subject -> use case, nothing else. */
@Controller()
export class IncidentsHandlers {
  constructor(
    private readonly recordIssueReport: RecordIssueReport,
    private readonly listIssueReports: ListIssueReports,
    private readonly deleteIssueReport: DeleteIssueReport,
    private readonly fileFraudReport: FileFraudReport,
    private readonly listFraudReports: ListFraudReports,
    private readonly getEvidenceFile: GetEvidenceFile,
    private readonly raiseAlert: RaiseAlert,
    private readonly listAlerts: ListAlerts,
    private readonly decideAlert: DecideAlert,
    private readonly resolveAutomatically: ResolveAutomatically,
    private readonly resolveManually: ResolveManually,
  ) {}

  @MessagePattern(IncidentsSubjects.recordIssueReport)
  record(@Payload() payload: unknown): Promise<IssueReportView> {
    return this.recordIssueReport.execute(parseWith(schemas.record, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.listIssueReports)
  issueReports(@Payload() payload: unknown): Promise<{ issueReports: IssueReportView[] }> {
    return this.listIssueReports.execute(parseWith(schemas.session, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.deleteIssueReport)
  remove(@Payload() payload: unknown): Promise<{ deleted: true }> {
    return this.deleteIssueReport.execute(parseWith(schemas.remove, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.fileFraudReport)
  fileFraud(@Payload() payload: unknown): Promise<FraudReportView> {
    return this.fileFraudReport.execute(parseWith(schemas.fileFraud, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.listFraudReports)
  fraudReports(@Payload() payload: unknown): Promise<{ fraudReports: FraudReportView[] }> {
    return this.listFraudReports.execute(parseWith(schemas.session, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.getEvidenceFile)
  evidence(@Payload() payload: unknown): Promise<EvidenceFileContent> {
    return this.getEvidenceFile.execute(parseWith(schemas.evidence, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.raiseAlert)
  raise(@Payload() payload: unknown): Promise<AlertView> {
    return this.raiseAlert.execute(parseWith(schemas.raise, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.listAlerts)
  alerts(@Payload() payload: unknown): Promise<{ alerts: AlertView[] }> {
    return this.listAlerts.execute(parseWith(schemas.session, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.decideAlert)
  decide(@Payload() payload: unknown): Promise<AlertView> {
    return this.decideAlert.execute(parseWith(schemas.decide, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.resolveAutomatically)
  resolveAll(@Payload() payload: unknown): Promise<ResolveAutomaticallyResponse> {
    return this.resolveAutomatically.execute(parseWith(schemas.resolveAutomatically, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IncidentsSubjects.resolveManually)
  resolveOne(@Payload() payload: unknown): Promise<IssueReportView> {
    return this.resolveManually.execute(parseWith(schemas.resolveManually, payload, INVALID_MESSAGE));
  }
}
