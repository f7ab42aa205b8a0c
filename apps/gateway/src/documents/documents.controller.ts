import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type CandidateView,
  DocumentsSubjects,
  type DocumentSession,
  type RenderedDocument,
  type SessionView,
  SessionsSubjects,
} from '@pix/contracts';
import { MessageBus } from '@pix/platform';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CentreAccess } from '../auth/auth.decorators';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const DOCUMENT_KINDS = [
  'attendance-sheet',
  'invigilator-kit',
  'incident-report',
  'fraud-report',
  'candidate-notice',
] as const;
type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const kindParam = new ZodValidationPipe(
  z.enum(DOCUMENT_KINDS, {
    error: `Document inconnu : choisissez parmi ${DOCUMENT_KINDS.join(', ')}.`,
  }),
);

/** Rendering waits for Chromium (launched at the first document) and a free page of the pool. */
const RENDER_TIMEOUT_MS = 30_000;

@ApiTags('documents')
@ApiBearerAuth()
@Controller('centres/:centreId/sessions/:sessionId/documents')
export class DocumentsController {
  constructor(private readonly bus: MessageBus) {}

  @Get(':kind')
  @CentreAccess('read')
  @ApiOperation({
    summary: 'An official PDF of the session, for the centre’s members',
    description:
      'attendance-sheet (feuille d’émargement, 20 candidates a page), invigilator-kit (kit surveillant, with the ' +
      'C- password and the access code), incident-report (PV d’incident), fraud-report (PV de fraude), ' +
      'candidate-notice (notice candidat).',
  })
  @ApiParam({ name: 'kind', enum: DOCUMENT_KINDS })
  @ApiProduces('application/pdf')
  async download(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Param('kind', kindParam) kind: DocumentKind,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const ref = { sessionId, certificationCenterId: centreId };
    const [session, { candidates }] = await Promise.all([
      this.bus.request(SessionsSubjects.getSession, ref),
      this.bus.request(SessionsSubjects.listCandidates, ref),
    ]);
    const rendered = await this.render(kind, documentSession(session), candidates);
    await reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', `attachment; filename="${rendered.fileName}"`)
      .header('cache-control', 'no-store')
      .header('x-page-count', String(rendered.pageCount))
      .send(Buffer.from(rendered.base64, 'base64'));
  }

  private render(
    kind: DocumentKind,
    session: DocumentSession,
    candidates: readonly CandidateView[],
  ): Promise<RenderedDocument> {
    const options = { timeoutMs: RENDER_TIMEOUT_MS };
    const printed = candidates.map((candidate) => ({
      lastName: candidate.lastName,
      firstName: candidate.firstName,
      birthdate: candidate.birthdate,
      division: candidate.division,
      externalId: candidate.externalId,
      extraTimePercentage: candidate.extraTimePercentage,
    }));
    switch (kind) {
      case 'attendance-sheet':
        return this.bus.request(DocumentsSubjects.renderAttendanceSheet, { session, candidates: printed }, options);
      case 'invigilator-kit':
        return this.bus.request(DocumentsSubjects.renderInvigilatorKit, { session, candidates: printed }, options);
      case 'incident-report':
        return this.bus.request(DocumentsSubjects.renderIncidentReport, { session }, options);
      case 'fraud-report':
        return this.bus.request(DocumentsSubjects.renderFraudReport, { session }, options);
      case 'candidate-notice':
        return this.bus.request(DocumentsSubjects.renderCandidateNotice, { session }, options);
    }
  }
}

function documentSession(session: SessionView): DocumentSession {
  return {
    id: session.id,
    certificationCenterName: session.certificationCenterName,
    centreType: session.certificationCenterType,
    address: session.address,
    room: session.room,
    date: session.date,
    time: session.time,
    examiner: session.examiner,
    description: session.description,
    accessCode: session.accessCode,
    invigilatorPassword: session.invigilatorPassword,
  };
}
