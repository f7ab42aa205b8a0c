import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type AlertView,
  type FraudReportView,
  IncidentsSubjects,
  type InvigilatedSession,
  type IssueReportView,
  SessionsSubjects,
} from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import {
  type AlertDecisionBody,
  alertDecisionSchema,
  assertCandidateInSession,
  assertReportsEditable,
  FRAUD_REPORT_BODY,
  type IssueReportBody,
  issueReportSchema,
  readFraudReportForm,
  sendEvidence,
} from './incidents-http';

/**
 * Issue reports, PVs de fraude and candidates' alerts in the invigilator space. Every route first asks the
 * sessions service for the invigilated session: 403 INVIGILATOR_ACCESS_REQUIRED until the caller has signed in to
 * it with the session password.
 */
@ApiTags('surveillance')
@ApiBearerAuth()
@Controller('invigilation/sessions/:sessionId')
export class InvigilationIncidentsController {
  constructor(private readonly bus: MessageBus) {}

  @Get('issue-reports')
  @ApiOperation({ summary: 'The issue reports of the invigilated session, in the order they were recorded' })
  async issueReports(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<{ issueReports: readonly IssueReportView[] }> {
    await this.invigilated(sessionId, actor);
    return this.bus.request(IncidentsSubjects.listIssueReports, { sessionId });
  }

  @Post('issue-reports')
  @ApiOperation({
    summary: 'Record an issue report for a candidate of the session (source « invigilator »)',
    description:
      'Name the kind by code (C1, C2, C4, C6, C7, C8, E1–E5, E8–E12) or by category + subcategory. ' +
      'E codes need questionNumber (1–500). 404 CANDIDATE_NOT_FOUND for a candidate not in the session.',
  })
  @ApiZodBody(issueReportSchema)
  async record(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(issueReportSchema)) body: IssueReportBody,
  ): Promise<IssueReportView> {
    const session = await this.invigilated(sessionId, actor);
    assertReportsEditable(session);
    assertCandidateInSession(
      session.candidates.map((candidate) => candidate.id),
      body.candidateId,
    );
    return this.bus.request(IncidentsSubjects.recordIssueReport, {
      ...body,
      sessionId,
      source: 'invigilator',
      recordedBy: actor.userId,
    });
  }

  @Delete('issue-reports/:issueReportId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a mistaken issue report while it is unresolved' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Param('issueReportId', idParam) issueReportId: number,
  ): Promise<void> {
    assertReportsEditable(await this.invigilated(sessionId, actor));
    await this.bus.request(IncidentsSubjects.deleteIssueReport, { sessionId, issueReportId, deletedBy: actor.userId });
  }

  @Get('fraud-reports')
  @ApiOperation({ summary: 'The PVs de fraude of the invigilated session, files described (no contents)' })
  async fraudReports(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<{ fraudReports: readonly FraudReportView[] }> {
    await this.invigilated(sessionId, actor);
    return this.bus.request(IncidentsSubjects.listFraudReports, { sessionId });
  }

  @Post('fraud-reports')
  @ApiOperation({
    summary: 'File a PV de fraude with its evidence; a C6 issue report is recorded with it',
    description:
      'multipart/form-data: candidateId, occurredAt (ISO date-time), description (10–2000 characters), ' +
      'invigilatorName, and up to 5 files (PNG, JPEG, WebP or PDF, checked by content; 2 MiB each, 5 MiB in all). ' +
      '400 EVIDENCE_FILE_INVALID, 413 EVIDENCE_FILE_TOO_LARGE, 400 FRAUD_REPORT_INVALID with details.problems.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FRAUD_REPORT_BODY)
  async fileFraudReport(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Req() request: FastifyRequest,
  ): Promise<FraudReportView> {
    const session = await this.invigilated(sessionId, actor);
    assertReportsEditable(session);
    const form = await readFraudReportForm(request);
    assertCandidateInSession(
      session.candidates.map((candidate) => candidate.id),
      form.candidateId,
    );
    return this.bus.request(IncidentsSubjects.fileFraudReport, { ...form, sessionId, recordedBy: actor.userId });
  }

  @Get('fraud-reports/:fraudReportId/evidence/:evidenceFileId')
  @ApiOperation({ summary: 'Download one evidence file of a PV de fraude of the invigilated session' })
  @ApiProduces('image/png', 'image/jpeg', 'image/webp', 'application/pdf')
  async evidence(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Param('fraudReportId', idParam) fraudReportId: number,
    @Param('evidenceFileId', idParam) evidenceFileId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.invigilated(sessionId, actor);
    const file = await this.bus.request(IncidentsSubjects.getEvidenceFile, {
      sessionId,
      fraudReportId,
      evidenceFileId,
    });
    await sendEvidence(reply, file);
  }

  @Get('alerts')
  @ApiOperation({ summary: 'The candidates’ alerts (« Signaler un problème ») of the session, ongoing and decided' })
  async alerts(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<{ alerts: readonly AlertView[] }> {
    await this.invigilated(sessionId, actor);
    return this.bus.request(IncidentsSubjects.listAlerts, { sessionId });
  }

  @Put('alerts/:alertId')
  @ApiOperation({
    summary: 'Validate an alert with an E subcategory (records an IN_CHALLENGE report) or dismiss it',
    description:
      'Body { decision: "validated", subcategory: "E3" } or { decision: "dismissed" }. 409 ALERT_ALREADY_DECIDED.',
  })
  @ApiZodBody(alertDecisionSchema)
  async decide(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Param('alertId', idParam) alertId: number,
    @Body(new ZodValidationPipe(alertDecisionSchema)) body: AlertDecisionBody,
  ): Promise<AlertView> {
    assertReportsEditable(await this.invigilated(sessionId, actor));
    return this.bus.request(IncidentsSubjects.decideAlert, { ...body, sessionId, alertId, decidedBy: actor.userId });
  }

  private invigilated(sessionId: number, actor: Actor): Promise<InvigilatedSession> {
    return this.bus.request(SessionsSubjects.getInvigilatedSession, { sessionId, userId: actor.userId });
  }
}
