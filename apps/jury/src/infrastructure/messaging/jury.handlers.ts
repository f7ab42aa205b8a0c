import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  type GetAttestationsResponse,
  type JurySessionDetail,
  type JurySessionSummary,
  JurySubjects,
  type PublishBatchResponse,
  type ResultsCsv,
  type SessionResults,
  type ShareableCertificate,
  type UserCertificationView,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { ActAsJury } from '../../application/act-as-jury.use-case';
import { CertificateResults } from '../../application/certificate-results.use-case';
import { JuryViews } from '../../application/jury-views';
import { PublishBatch } from '../../application/publish-batch.use-case';

const id = z.number().int().positive().max(2_147_483_647);
const day = z.iso.date();
const actor = z.object({ userId: id, name: z.string().max(300) });
const nullableText = (max: number) => z.string().max(max).nullable();

const identity = z.object({
  firstName: z.string().max(300),
  lastName: z.string().max(300),
  sex: z.enum(['M', 'F']),
  birthdate: z.string().max(20),
  birthCity: z.string().max(300),
  birthCountry: z.string().max(300),
  birthINSEECode: z.string().max(20).nullable(),
  birthPostalCode: z.string().max(20).nullable(),
});

const action = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assign') }),
  z.object({ kind: z.literal('comment-session'), comment: nullableText(2000) }),
  z.object({
    kind: z.literal('resolve-report'),
    certificationId: id,
    issueReportId: id,
    resolution: z.string().max(2000),
  }),
  z.object({
    kind: z.enum(['neutralize', 'deneutralize']),
    certificationId: id,
    challengeId: z.string().min(1).max(100),
  }),
  z.object({ kind: z.enum(['cancel', 'uncancel', 'reject', 'unreject']), certificationId: id }),
  z.object({ kind: z.literal('correct-identity'), certificationId: id, identity }),
  z.object({
    kind: z.literal('comment-certification'),
    certificationId: id,
    commentForCandidate: nullableText(2000),
    commentForOrganization: nullableText(2000),
    commentByJury: nullableText(2000),
  }),
  z.object({ kind: z.enum(['unfinalize', 'publish', 'unpublish']) }),
]);

const schemas = {
  list: z.object({
    list: z.enum(['to_process', 'to_publish', 'published']),
    certificationCenterName: z.string().max(300).optional(),
    sessionId: id.optional(),
    assignedToUserId: id.nullable().optional(),
    from: day.optional(),
    to: day.optional(),
  }),
  session: z.object({ sessionId: id }),
  act: z.object({ sessionId: id, actor, action }),
  publishBatch: z.object({ actor, sessionIds: z.array(id).max(500).optional() }),
  verify: z.object({ verificationCode: z.string().max(40) }),
  csv: z.object({ sessionId: id, certificationCenterId: id, division: z.string().max(100).nullish() }),
  user: z.object({ userId: id }),
  attestations: z.union([
    z.object({ certificationId: id, userId: id.optional(), certificationCenterId: id.optional() }),
    z.object({
      sessionId: id,
      certificationCenterId: id,
      division: z.string().max(100).nullish(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
  ]),
  sessionResults: z.object({ sessionId: id, certificationCenterId: id }),
};

const INVALID = 'Requête invalide pour le service jury.';

/** NATS subject → use case, nothing else. */
@Controller()
export class JuryHandlers {
  constructor(
    private readonly views: JuryViews,
    private readonly act: ActAsJury,
    private readonly publishBatch: PublishBatch,
    private readonly results: CertificateResults,
  ) {}

  @MessagePattern(JurySubjects.listSessions)
  async listSessions(@Payload() payload: unknown): Promise<{ sessions: JurySessionSummary[] }> {
    return { sessions: await this.views.list(parseWith(schemas.list, payload, INVALID)) };
  }

  @MessagePattern(JurySubjects.getSession)
  getSession(@Payload() payload: unknown): Promise<JurySessionDetail> {
    return this.views.detail(parseWith(schemas.session, payload, INVALID).sessionId);
  }

  @MessagePattern(JurySubjects.act)
  actAsJury(@Payload() payload: unknown): Promise<JurySessionDetail> {
    return this.act.execute(parseWith(schemas.act, payload, INVALID));
  }

  @MessagePattern(JurySubjects.publishBatch)
  publish(@Payload() payload: unknown): Promise<PublishBatchResponse> {
    return this.publishBatch.execute(parseWith(schemas.publishBatch, payload, INVALID));
  }

  @MessagePattern(JurySubjects.verifyCertificate)
  verify(@Payload() payload: unknown): Promise<ShareableCertificate> {
    return this.results.verify(parseWith(schemas.verify, payload, INVALID).verificationCode);
  }

  @MessagePattern(JurySubjects.getResultsCsv)
  csv(@Payload() payload: unknown): Promise<ResultsCsv> {
    return this.results.resultsCsv(parseWith(schemas.csv, payload, INVALID));
  }

  @MessagePattern(JurySubjects.listUserCertifications)
  async userCertifications(@Payload() payload: unknown): Promise<{ certifications: UserCertificationView[] }> {
    return { certifications: await this.results.userCertifications(parseWith(schemas.user, payload, INVALID).userId) };
  }

  @MessagePattern(JurySubjects.getAttestations)
  attestations(@Payload() payload: unknown): Promise<GetAttestationsResponse> {
    return this.results.attestations(parseWith(schemas.attestations, payload, INVALID));
  }

  @MessagePattern(JurySubjects.getSessionResults)
  sessionResults(@Payload() payload: unknown): Promise<SessionResults> {
    return this.results.sessionResults(parseWith(schemas.sessionResults, payload, INVALID));
  }
}
