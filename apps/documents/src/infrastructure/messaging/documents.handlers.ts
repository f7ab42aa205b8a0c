import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
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
import { RenderAttendanceSheet } from '../../application/render-attendance-sheet.use-case';
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
}
