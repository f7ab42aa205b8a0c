import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  IdentitySubjects,
  type JurySessionDetail,
  type JurySessionSummary,
  JurySubjects,
  type PublishBatchResponse,
  type SessionResults,
  type ShareableCertificate,
  type UserCertificationView,
} from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CentreAccess, CurrentActor, Public, StaffOnly } from '../auth/auth.decorators';
import { ApiZodBody, ApiZodQuery } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { VerificationLookup } from './verification-throttle';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const day = z.iso.date({ error: 'Date attendue au format AAAA-MM-JJ.' });
const comment = z.string().max(2000).nullable();

const listQuerySchema = z.strictObject({
  list: z.enum(['to_process', 'to_publish', 'published'], {
    error: 'La liste doit être to_process, to_publish ou published.',
  }),
  centre: z.string().trim().max(300).optional(),
  sessionId: id.optional(),
  assignedToMe: z.enum(['true', 'false']).optional(),
  from: day.optional(),
  to: day.optional(),
});

const identitySchema = z.strictObject({
  firstName: z.string().max(300),
  lastName: z.string().max(300),
  sex: z.enum(['M', 'F'], { error: 'Le sexe doit être M ou F.' }),
  birthdate: z.string().max(20),
  birthCity: z.string().max(300),
  birthCountry: z.string().max(300),
  birthINSEECode: z.string().max(20).nullable(),
  birthPostalCode: z.string().max(20).nullable(),
});

const certificationId = z.number().int().positive().max(2_147_483_647);

/** Every jury action of rules §9, one shape each. */
const actionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('assign') }),
    z.strictObject({ kind: z.literal('comment-session'), comment }),
    z.strictObject({
      kind: z.literal('resolve-report'),
      certificationId,
      issueReportId: certificationId,
      resolution: z.string().max(2000),
    }),
    z.strictObject({
      kind: z.enum(['neutralize', 'deneutralize']),
      certificationId,
      challengeId: z.string().min(1).max(100),
    }),
    z.strictObject({ kind: z.enum(['cancel', 'uncancel', 'reject', 'unreject']), certificationId }),
    z.strictObject({ kind: z.literal('correct-identity'), certificationId, identity: identitySchema }),
    z.strictObject({
      kind: z.literal('comment-certification'),
      certificationId,
      commentForCandidate: comment,
      commentForOrganization: comment,
      commentByJury: comment,
    }),
    z.strictObject({ kind: z.enum(['unfinalize', 'publish', 'unpublish']) }),
  ],
  { error: 'Action du jury inconnue.' },
);

const publishBatchSchema = z.strictObject({ sessionIds: z.array(certificationId).max(500).optional() });
const csvQuerySchema = z.strictObject({ division: z.string().trim().min(1).max(100).optional() });
const verificationCodeParam = new ZodValidationPipe(z.string().trim().min(1).max(40));

const JURY_READERS = ['SUPER_ADMIN', 'CERTIF', 'SUPPORT', 'METIER'] as const;
const JURY_ACTORS = ['SUPER_ADMIN', 'CERTIF', 'SUPPORT'] as const;

/** Pix Admin's jury (rules §9): METIER reads, SUPER_ADMIN, CERTIF and SUPPORT act. */
@ApiTags('jury')
@ApiBearerAuth()
@Controller('jury')
export class JuryController {
  constructor(private readonly bus: MessageBus) {}

  @Get('sessions')
  @StaffOnly(...JURY_READERS)
  @ApiOperation({ summary: 'Finalised sessions to process, to publish, or published, with filters' })
  @ApiZodQuery(listQuerySchema)
  async list(
    @Query(new ZodValidationPipe(listQuerySchema)) query: z.infer<typeof listQuerySchema>,
    @CurrentActor() actor: Actor,
  ): Promise<{ sessions: readonly JurySessionSummary[] }> {
    return this.bus.request(JurySubjects.listSessions, {
      list: query.list,
      ...(query.centre === undefined || query.centre === '' ? {} : { certificationCenterName: query.centre }),
      ...(query.sessionId === undefined ? {} : { sessionId: query.sessionId }),
      ...(query.assignedToMe === 'true' ? { assignedToUserId: actor.userId } : {}),
      ...(query.from === undefined ? {} : { from: query.from }),
      ...(query.to === undefined ? {} : { to: query.to }),
    });
  }

  @Get('sessions/:sessionId')
  @StaffOnly(...JURY_READERS)
  @ApiOperation({ summary: 'A session with every certification: reports, answers, result history, comments, audit' })
  detail(@Param('sessionId', idParam) sessionId: number): Promise<JurySessionDetail> {
    return this.bus.request(JurySubjects.getSession, { sessionId });
  }

  @Post('sessions/:sessionId/actions')
  @HttpCode(200)
  @StaffOnly(...JURY_ACTORS)
  @ApiOperation({ summary: 'A jury action (audited, rescored where it matters); returns the session' })
  @ApiZodBody(actionSchema)
  async act(
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(actionSchema)) action: z.infer<typeof actionSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<JurySessionDetail> {
    return this.bus.request(
      JurySubjects.act,
      { sessionId, actor: await this.named(actor), action },
      { timeoutMs: 15_000 },
    );
  }

  @Post('publications')
  @HttpCode(200)
  @StaffOnly(...JURY_ACTORS)
  @ApiOperation({ summary: 'Publish every session of the "to publish" list (or the ones given)' })
  @ApiZodBody(publishBatchSchema)
  async publishBatch(
    @Body(new ZodValidationPipe(publishBatchSchema)) body: z.infer<typeof publishBatchSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<PublishBatchResponse> {
    return this.bus.request(
      JurySubjects.publishBatch,
      { actor: await this.named(actor), ...(body.sessionIds === undefined ? {} : { sessionIds: body.sessionIds }) },
      { timeoutMs: 60_000 },
    );
  }

  /** The audit names who acted. */
  private async named(actor: Actor): Promise<{ userId: number; name: string }> {
    const { user } = await this.bus.request(IdentitySubjects.getMe, { userId: actor.userId });
    return { userId: actor.userId, name: `${user.firstName} ${user.lastName}`.trim() };
  }
}

/** What the results look like to the centre and to the candidate, once published. */
@ApiTags('résultats')
@Controller()
export class ResultsController {
  constructor(private readonly bus: MessageBus) {}

  @Get('public/certificates/:verificationCode')
  @Public()
  @VerificationLookup()
  @ApiOperation({
    summary: 'Check a certificate by its verification code (P-XXXXXXXX): published and validated only',
    description: 'Rate limited per IP address. Unknown, unpublished or not validated: 404 CERTIFICATE_NOT_FOUND.',
  })
  verify(@Param('verificationCode', verificationCodeParam) verificationCode: string): Promise<ShareableCertificate> {
    return this.bus.request(JurySubjects.verifyCertificate, { verificationCode });
  }

  @Get('centres/:centreId/sessions/:sessionId/results')
  @ApiBearerAuth()
  @CentreAccess('read')
  @ApiOperation({ summary: 'The results of a session, once published (classes and statuses)' })
  results(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<SessionResults> {
    return this.bus.request(JurySubjects.getSessionResults, { sessionId, certificationCenterId: centreId });
  }

  @Get('centres/:centreId/sessions/:sessionId/results.csv')
  @ApiBearerAuth()
  @CentreAccess('read')
  @ApiProduces('text/csv')
  @ApiZodQuery(csvQuerySchema)
  @ApiOperation({ summary: 'Results CSV of a published session, or of one class (rules §11)' })
  async csv(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Query(new ZodValidationPipe(csvQuerySchema)) query: z.infer<typeof csvQuerySchema>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.bus.request(JurySubjects.getResultsCsv, {
      sessionId,
      certificationCenterId: centreId,
      ...(query.division === undefined ? {} : { division: query.division }),
    });
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${asciiFileName(csv.fileName)}"; filename*=UTF-8''${encodeURIComponent(csv.fileName)}`,
      )
      .header('cache-control', 'no-store')
      .send(csv.content);
  }

  @Get('me/certifications')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in candidate’s certifications: results only once published' })
  mine(@CurrentActor() actor: Actor): Promise<{ certifications: readonly UserCertificationView[] }> {
    return this.bus.request(JurySubjects.listUserCertifications, { userId: actor.userId });
  }
}

function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
}
