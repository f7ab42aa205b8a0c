import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  type AttestationBatchChunk,
  type AttestationBatchView,
  DocumentsSubjects,
  type RenderAttendanceSheetRequest,
  type RenderCandidateNoticeRequest,
  type RenderedDocument,
  type RenderFraudReportRequest,
  type RenderIncidentReportRequest,
  type RenderInvigilatorKitRequest,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { GetAttestationBatchChunk } from '../../application/get-attestation-batch-chunk.use-case';
import { GetAttestationBatch } from '../../application/get-attestation-batch.use-case';
import { RenderAttendanceSheet } from '../../application/render-attendance-sheet.use-case';
import { RenderAttestation } from '../../application/render-attestation.use-case';
import { StartAttestationBatch } from '../../application/start-attestation-batch.use-case';
import { RenderCandidateNotice } from '../../application/render-candidate-notice.use-case';
import { RenderFraudReport } from '../../application/render-fraud-report.use-case';
import { RenderIncidentReport } from '../../application/render-incident-report.use-case';
import { RenderInvigilatorKit } from '../../application/render-invigilator-kit.use-case';

const text = z.string().trim().min(1).max(255);
const optionalText = z.string().trim().max(255).nullable();

const sessionSchema = z.object({
  id: z.number().int().positive(),
  certificationCenterName: text,
  centreType: z.enum(['SCO', 'SUP', 'PRO']),
  address: text,
  room: text,
  date: z.string().max(10),
  time: z.string().max(5),
  examiner: text,
  description: z.string().max(2000).nullable(),
  accessCode: z.string().trim().min(1).max(16),
  invigilatorPassword: z.string().trim().min(1).max(16),
});

const candidateSchema = z.object({
  lastName: text,
  firstName: text,
  birthdate: z.string().max(10),
  division: optionalText,
  externalId: optionalText,
  // A decimal fraction (0.3 = 30 %), below 10 as in enrolment (rules §3.1).
  extraTimePercentage: z.number().min(0).lt(10).nullable(),
});

// No cap on candidates in the rules (§3.3); this one only keeps a message from being absurd.
export const MAX_CANDIDATES = 1000;
const candidatesSchema = z.array(candidateSchema).max(MAX_CANDIDATES);

const withCandidatesSchema = z.object({ session: sessionSchema, candidates: candidatesSchema });
const sessionOnlySchema = z.object({ session: sessionSchema });

const id = z.number().int().positive();
const calendarDate = z.string().max(10);

/** AttestationData (jury.messages.ts); the dates are checked again as calendar dates by the use case. */
const attestationSchema = z.object({
  certificationId: id,
  sessionId: id,
  verificationCode: z.string().trim().min(1).max(32),
  division: optionalText,
  firstName: text,
  lastName: text,
  birthdate: calendarDate,
  birthplace: z.string().trim().max(255),
  certificationDate: calendarDate,
  deliveredAt: calendarDate,
  certificationCenter: text,
  pixScore: z.number().int().min(0).max(1024),
  maxReachableLevel: z.number().int().min(1).max(8),
  maxReachableScore: z.number().int().min(0).max(1024),
  competences: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(8),
        name: text,
        areaCode: z.string().trim().min(1).max(8),
        areaTitle: text,
        level: z.number().int().min(-1).max(8),
      }),
    )
    .max(32),
});

const renderAttestationSchema = z.object({ attestation: attestationSchema });

const startBatchSchema = z.object({
  sessionId: id,
  certificationCenterId: id,
  division: optionalText.optional(),
  requestedBy: id,
});

const batchRefSchema = z.object({ batchId: z.uuid(), certificationCenterId: id });
const chunkRequestSchema = batchRefSchema.extend({ offset: z.number().int().min(0) });

// A message whose shape is wrong is a caller's bug: refuse it with the paths, never crash on it.
const INVALID_MESSAGE = 'Le message reçu est invalide.';

/** Subject -> use case, nothing else. */
@Controller()
export class DocumentsHandlers {
  constructor(
    private readonly renderAttendanceSheet: RenderAttendanceSheet,
    private readonly renderInvigilatorKit: RenderInvigilatorKit,
    private readonly renderIncidentReport: RenderIncidentReport,
    private readonly renderFraudReport: RenderFraudReport,
    private readonly renderCandidateNotice: RenderCandidateNotice,
    private readonly renderAttestationUseCase: RenderAttestation,
    private readonly startAttestationBatch: StartAttestationBatch,
    private readonly getAttestationBatch: GetAttestationBatch,
    private readonly getAttestationBatchChunk: GetAttestationBatchChunk,
  ) {}

  @MessagePattern(DocumentsSubjects.renderAttendanceSheet)
  attendanceSheet(@Payload() payload: unknown): Promise<RenderedDocument> {
    const request: RenderAttendanceSheetRequest = parseWith(withCandidatesSchema, payload, INVALID_MESSAGE);
    return this.renderAttendanceSheet.execute(request);
  }

  @MessagePattern(DocumentsSubjects.renderInvigilatorKit)
  invigilatorKit(@Payload() payload: unknown): Promise<RenderedDocument> {
    const request: RenderInvigilatorKitRequest = parseWith(withCandidatesSchema, payload, INVALID_MESSAGE);
    return this.renderInvigilatorKit.execute(request);
  }

  @MessagePattern(DocumentsSubjects.renderIncidentReport)
  incidentReport(@Payload() payload: unknown): Promise<RenderedDocument> {
    const request: RenderIncidentReportRequest = parseWith(sessionOnlySchema, payload, INVALID_MESSAGE);
    return this.renderIncidentReport.execute(request);
  }

  @MessagePattern(DocumentsSubjects.renderFraudReport)
  fraudReport(@Payload() payload: unknown): Promise<RenderedDocument> {
    const request: RenderFraudReportRequest = parseWith(sessionOnlySchema, payload, INVALID_MESSAGE);
    return this.renderFraudReport.execute(request);
  }

  @MessagePattern(DocumentsSubjects.renderCandidateNotice)
  candidateNotice(@Payload() payload: unknown): Promise<RenderedDocument> {
    const request: RenderCandidateNoticeRequest = parseWith(sessionOnlySchema, payload, INVALID_MESSAGE);
    return this.renderCandidateNotice.execute(request);
  }

  @MessagePattern(DocumentsSubjects.renderAttestation)
  renderAttestation(@Payload() payload: unknown): Promise<RenderedDocument> {
    return this.renderAttestationUseCase.execute(parseWith(renderAttestationSchema, payload, INVALID_MESSAGE));
  }

  @MessagePattern(DocumentsSubjects.startAttestationBatch)
  startBatch(@Payload() payload: unknown): Promise<AttestationBatchView> {
    return this.startAttestationBatch.execute(parseWith(startBatchSchema, payload, INVALID_MESSAGE));
  }

  @MessagePattern(DocumentsSubjects.getAttestationBatch)
  batch(@Payload() payload: unknown): Promise<AttestationBatchView> {
    return this.getAttestationBatch.execute(parseWith(batchRefSchema, payload, INVALID_MESSAGE));
  }

  @MessagePattern(DocumentsSubjects.getAttestationBatchChunk)
  batchChunk(@Payload() payload: unknown): Promise<AttestationBatchChunk> {
    return this.getAttestationBatchChunk.execute(parseWith(chunkRequestSchema, payload, INVALID_MESSAGE));
  }
}
