import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type FraudReportView, IncidentsSubjects, type IssueReportView, SessionsSubjects } from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply } from 'fastify';
import { CentreAccess, CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import {
  assertCandidateInSession,
  assertReportsEditable,
  type IssueReportBody,
  issueReportSchema,
  sendEvidence,
} from './incidents-http';

/**
 * Issue reports and PVs de fraude as the centre sees them after the session (national staff read them here too,
 * through CentreAccess('read')). The session is first asked of the sessions service with the centre: another
 * centre's session is a 404.
 */
@ApiTags('signalements')
@ApiBearerAuth()
@Controller('centres/:centreId/sessions/:sessionId')
export class CentreIncidentsController {
  constructor(private readonly bus: MessageBus) {}

  @Get('issue-reports')
  @CentreAccess('read')
  @ApiOperation({ summary: 'The issue reports of a session, in the order they were recorded — members and staff' })
  async issueReports(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<{ issueReports: readonly IssueReportView[] }> {
    await this.bus.request(SessionsSubjects.getSession, { sessionId, certificationCenterId: centreId });
    return this.bus.request(IncidentsSubjects.listIssueReports, { sessionId });
  }

  @Post('issue-reports')
  @CentreAccess('MEMBER')
  @ApiOperation({
    summary: 'Record an issue report for a candidate of the session (source « centre ») — centre member',
    description:
      'Name the kind by code (C1, C2, C4, C6, C7, C8, E1–E5, E8–E12) or by category + subcategory. ' +
      'E codes need questionNumber (1–500). Deprecated codes are refused. 400 ISSUE_REPORT_INVALID lists ' +
      'details.problems; 404 CANDIDATE_NOT_FOUND for a candidate not enrolled in the session.',
  })
  @ApiZodBody(issueReportSchema)
  async record(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(issueReportSchema)) body: IssueReportBody,
  ): Promise<IssueReportView> {
    assertReportsEditable(
      await this.bus.request(SessionsSubjects.getSession, { sessionId, certificationCenterId: centreId }),
    );
    const { candidates } = await this.bus.request(SessionsSubjects.listCandidates, {
      sessionId,
      certificationCenterId: centreId,
    });
    assertCandidateInSession(
      candidates.map((candidate) => candidate.id),
      body.candidateId,
    );
    return this.bus.request(IncidentsSubjects.recordIssueReport, {
      ...body,
      sessionId,
      source: 'centre',
      recordedBy: actor.userId,
    });
  }

  @Delete('issue-reports/:issueReportId')
  @HttpCode(204)
  @CentreAccess('MEMBER')
  @ApiOperation({
    summary: 'Remove a mistaken issue report while it is unresolved — centre member',
    description: '409 ISSUE_REPORT_ALREADY_RESOLVED once resolved; 409 ISSUE_REPORT_NOT_DELETABLE for the C6 of a PV.',
  })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Param('issueReportId', idParam) issueReportId: number,
  ): Promise<void> {
    assertReportsEditable(
      await this.bus.request(SessionsSubjects.getSession, { sessionId, certificationCenterId: centreId }),
    );
    await this.bus.request(IncidentsSubjects.deleteIssueReport, { sessionId, issueReportId, deletedBy: actor.userId });
  }

  @Get('fraud-reports')
  @CentreAccess('read')
  @ApiOperation({ summary: 'The PVs de fraude of a session with their files described (no contents)' })
  async fraudReports(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<{ fraudReports: readonly FraudReportView[] }> {
    await this.bus.request(SessionsSubjects.getSession, { sessionId, certificationCenterId: centreId });
    return this.bus.request(IncidentsSubjects.listFraudReports, { sessionId });
  }

  @Get('fraud-reports/:fraudReportId/evidence/:evidenceFileId')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Download one evidence file of a PV de fraude, with the type detected from its content' })
  @ApiProduces('image/png', 'image/jpeg', 'image/webp', 'application/pdf')
  async evidence(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Param('fraudReportId', idParam) fraudReportId: number,
    @Param('evidenceFileId', idParam) evidenceFileId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.bus.request(SessionsSubjects.getSession, { sessionId, certificationCenterId: centreId });
    const file = await this.bus.request(IncidentsSubjects.getEvidenceFile, {
      sessionId,
      fraudReportId,
      evidenceFileId,
    });
    await sendEvidence(reply, file);
  }
}
