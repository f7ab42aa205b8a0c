import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CENTRE_TYPES,
  type CandidateView,
  type CertificationWindowView,
  type EnrolmentReport,
  type FinalizationForm,
  type InvigilatedCandidate,
  type InvigilatedSession,
  type JoinedSession,
  type SessionView,
  SessionsSubjects,
  type StartedTest,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { CertificationWindows } from '../../application/certification-windows.use-case';
import { CreateSession } from '../../application/create-session.use-case';
import { EditSession } from '../../application/edit-session.use-case';
import { EnrolCandidates } from '../../application/enrol-candidates.use-case';
import { FinalizeSession } from '../../application/finalize-session.use-case';
import { GetFinalizationForm } from '../../application/get-finalization-form.use-case';
import { SetJuryStatus } from '../../application/set-jury-status.use-case';
import { UnfinalizeSession } from '../../application/unfinalize-session.use-case';
import { GetSession } from '../../application/get-session.use-case';
import { ImportSessions } from '../../application/import-sessions.use-case';
import { InvigilateSession } from '../../application/invigilate-session.use-case';
import { JoinSession } from '../../application/join-session.use-case';
import { StartTest } from '../../application/start-test.use-case';

const id = z.number().int().positive();
const text = z.string().max(10_000);
const optionalText = z.string().max(1000).nullish();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const centreType = z.enum(CENTRE_TYPES);
const base64File = { fileName: z.string().max(255), base64: z.string().max(7_000_000) };

const sessionFields = {
  address: text,
  room: text,
  date: text,
  time: text,
  examiner: text,
  description: text.nullish(),
};
const sessionRef = { sessionId: id, certificationCenterId: id };
const centre = {
  certificationCenterId: id,
  certificationCenterName: z.string().min(1).max(255),
  certificationCenterType: centreType,
  createdBy: id,
};

const schemas = {
  create: z.object({ ...centre, ...sessionFields }),
  ref: z.object(sessionRef),
  list: z.object({ certificationCenterId: id }),
  update: z.object({ ...sessionRef, ...sessionFields }),
  importSessions: z.object({ ...centre, ...base64File }),
  addCandidate: z.object({
    ...sessionRef,
    candidate: z.object({
      firstName: z.string().max(1000),
      lastName: z.string().max(1000),
      sex: z.string().max(20),
      birthdate: z.string().max(20),
      birthCountry: optionalText,
      birthINSEECode: optionalText,
      birthPostalCode: optionalText,
      birthCity: optionalText,
      externalId: optionalText,
      email: optionalText,
      resultRecipientEmail: optionalText,
      extraTimePercentage: z.union([z.number(), z.string().max(20)]).nullish(),
      billingMode: optionalText,
      prepaymentCode: optionalText,
    }),
  }),
  removeCandidate: z.object({ ...sessionRef, candidateId: id }),
  enrolPupils: z.object({
    ...sessionRef,
    pupils: z
      .array(
        z.object({
          pupilId: id,
          firstName: z.string().min(1).max(255),
          lastName: z.string().min(1).max(255),
          sex: z.enum(['M', 'F']),
          birthdate: isoDate,
          division: z.string().min(1).max(100),
          birthCountry: z.string().max(255),
          birthINSEECode: z.string().max(10).nullable(),
          birthCity: z.string().max(255),
          userId: id.nullable(),
        }),
      )
      .max(2000),
  }),
  importCandidates: z.object({ ...sessionRef, ...base64File }),
  window: z.object({ centreType, schoolYear: z.string().max(9), startsOn: isoDate, endsOn: isoDate }),
  none: z.object({}),
  supervise: z.object({ sessionId: id, password: z.string().max(50), userId: id, ip: z.string().max(64) }),
  invigilated: z.object({ sessionId: id, userId: id }),
  join: z.object({
    sessionId: id,
    userId: id,
    firstName: z.string().max(255),
    lastName: z.string().max(255),
    birthdate: isoDate,
  }),
  authorize: z.object({ sessionId: id, candidateId: id, userId: id, authorized: z.boolean() }),
  startTest: z.object({ sessionId: id, userId: id, accessCode: z.string().max(50) }),
  endTest: z.object({ sessionId: id, candidateId: id, userId: id }),
  // JSON types only: lengths, candidates and abort reason values are the finalisation's checks (in French).
  finalize: z.object({
    ...sessionRef,
    finalizedBy: id,
    examinerGlobalComment: text.nullish(),
    hasIncident: z.boolean(),
    hasJoiningIssue: z.boolean(),
    reports: z
      .array(
        z.object({
          candidateId: id,
          examinerComment: text.nullish(),
          abortReason: z.string().max(100).nullish(),
        }),
      )
      .max(1000),
  }),
  juryStatus: z.object({
    sessionId: id,
    assignedCertificationOfficerId: id.nullable(),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  unfinalize: z.object({ sessionId: id, unfinalizedBy: id }),
};

// A message whose shape is wrong is a caller's bug: refuse it with the paths, never crash on it.
const INVALID_MESSAGE = 'Le message reçu est invalide.';

/** Subject -> use case, nothing else. */
@Controller()
export class SessionsHandlers {
  constructor(
    private readonly createSession: CreateSession,
    private readonly getSession: GetSession,
    private readonly editSession: EditSession,
    private readonly importSessionsUseCase: ImportSessions,
    private readonly enrolment: EnrolCandidates,
    private readonly windows: CertificationWindows,
    private readonly invigilation: InvigilateSession,
    private readonly joinSession: JoinSession,
    private readonly startTestUseCase: StartTest,
    private readonly finalizationForm: GetFinalizationForm,
    private readonly finalizeSession: FinalizeSession,
    private readonly setJuryStatusUseCase: SetJuryStatus,
    private readonly unfinalizeSessionUseCase: UnfinalizeSession,
  ) {}

  @MessagePattern(SessionsSubjects.getFinalizationForm)
  finalizationFormOf(@Payload() payload: unknown): Promise<FinalizationForm> {
    return this.finalizationForm.execute(parseWith(schemas.ref, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.finalizeSession)
  finalize(@Payload() payload: unknown): Promise<SessionView> {
    return this.finalizeSession.execute(parseWith(schemas.finalize, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.setJuryStatus)
  setJuryStatus(@Payload() payload: unknown): Promise<{ sessionId: number }> {
    return this.setJuryStatusUseCase.execute(parseWith(schemas.juryStatus, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.unfinalizeSession)
  unfinalize(@Payload() payload: unknown): Promise<{ sessionId: number }> {
    return this.unfinalizeSessionUseCase.execute(parseWith(schemas.unfinalize, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.startTest)
  startTest(@Payload() payload: unknown): Promise<StartedTest> {
    return this.startTestUseCase.execute(parseWith(schemas.startTest, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.endCandidateTest)
  endTest(@Payload() payload: unknown): Promise<InvigilatedCandidate> {
    return this.invigilation.endTest(parseWith(schemas.endTest, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.joinSession)
  join(@Payload() payload: unknown): Promise<JoinedSession> {
    return this.joinSession.execute(parseWith(schemas.join, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.superviseSession)
  supervise(@Payload() payload: unknown): Promise<InvigilatedSession> {
    return this.invigilation.signIn(parseWith(schemas.supervise, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.authorizeCandidate)
  authorize(@Payload() payload: unknown): Promise<InvigilatedCandidate> {
    return this.invigilation.authorize(parseWith(schemas.authorize, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.getInvigilatedSession)
  invigilated(@Payload() payload: unknown): Promise<InvigilatedSession> {
    return this.invigilation.get(parseWith(schemas.invigilated, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.createSession)
  create(@Payload() payload: unknown): Promise<SessionView> {
    return this.createSession.execute(parseWith(schemas.create, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.getSession)
  get(@Payload() payload: unknown): Promise<SessionView> {
    return this.getSession.execute(parseWith(schemas.ref, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.listSessions)
  list(@Payload() payload: unknown): Promise<{ sessions: SessionView[] }> {
    return this.getSession.list(parseWith(schemas.list, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.updateSession)
  update(@Payload() payload: unknown): Promise<SessionView> {
    return this.editSession.update(parseWith(schemas.update, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.deleteSession)
  remove(@Payload() payload: unknown): Promise<{ deleted: true }> {
    return this.editSession.remove(parseWith(schemas.ref, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.importSessions)
  importSessions(@Payload() payload: unknown): Promise<{ sessions: SessionView[] }> {
    return this.importSessionsUseCase.execute(parseWith(schemas.importSessions, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.listCandidates)
  candidates(@Payload() payload: unknown): Promise<{ candidates: CandidateView[] }> {
    return this.enrolment.list(parseWith(schemas.ref, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.addCandidate)
  addCandidate(@Payload() payload: unknown): Promise<CandidateView> {
    return this.enrolment.add(parseWith(schemas.addCandidate, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.removeCandidate)
  removeCandidate(@Payload() payload: unknown): Promise<{ removed: true }> {
    return this.enrolment.remove(parseWith(schemas.removeCandidate, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.enrolPupils)
  enrolPupils(@Payload() payload: unknown): Promise<EnrolmentReport> {
    return this.enrolment.enrolPupils(parseWith(schemas.enrolPupils, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.importCandidates)
  importCandidates(@Payload() payload: unknown): Promise<EnrolmentReport> {
    return this.enrolment.importList(parseWith(schemas.importCandidates, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.setCertificationWindow)
  setWindow(@Payload() payload: unknown): Promise<CertificationWindowView> {
    return this.windows.set(parseWith(schemas.window, payload, INVALID_MESSAGE));
  }

  @MessagePattern(SessionsSubjects.listCertificationWindows)
  listWindows(@Payload() payload: unknown): Promise<{ windows: CertificationWindowView[] }> {
    parseWith(schemas.none, payload, INVALID_MESSAGE);
    return this.windows.list();
  }
}
