import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CENTRE_TYPES,
  type CandidateView,
  type CertificationWindowView,
  CommonErrorCode,
  type EnrolmentReport,
  IdentitySubjects,
  type SessionView,
  SessionsSubjects,
} from '@pix/contracts';
import { candidateListTemplate } from '@pix/imports';
import { DomainError } from '@pix/kernel';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CentreAccess, CurrentActor, StaffOnly } from '../auth/auth.decorators';
import { FILE_UPLOAD_BODY } from '../identity/pupils.controller';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { readUpload } from '../http/upload';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const sessionSchema = z.object({
  address: z.string().max(255, 'Le nom du site ne doit pas dépasser 255 caractères.'),
  room: z.string().max(255, 'Le nom de la salle ne doit pas dépasser 255 caractères.'),
  date: z.string().max(10, 'La date doit être au format AAAA-MM-JJ.'),
  time: z.string().max(5, 'L’heure doit être au format HH:MM.'),
  examiner: z.string().max(255, 'Le nom du ou des surveillants ne doit pas dépasser 255 caractères.'),
  description: z.string().max(2000).nullish(),
});

const optional = z.string().max(255).nullish();
const candidateSchema = z.object({
  firstName: z.string().max(255),
  lastName: z.string().max(255),
  sex: z.string().max(10),
  birthdate: z.string().max(10),
  birthCountry: optional,
  birthINSEECode: optional,
  birthPostalCode: optional,
  birthCity: optional,
  externalId: optional,
  email: optional,
  resultRecipientEmail: optional,
  extraTimePercentage: z.union([z.number(), z.string().max(10)]).nullish(),
  billingMode: optional,
  prepaymentCode: optional,
});

const enrolPupilsSchema = z
  .object({
    division: z.string().trim().min(1).max(100).optional(),
    pupilIds: z.array(z.number().int().positive()).min(1).max(2000).optional(),
  })
  .refine((body) => body.division !== undefined || body.pupilIds !== undefined, {
    message: 'Choisissez une classe (division) ou des élèves (pupilIds).',
  });

const windowSchema = z.object({
  centreType: z.enum(CENTRE_TYPES),
  schoolYear: z.string().regex(/^\d{4}-\d{4}$/, 'L’année scolaire s’écrit comme « 2026-2027 ».'),
  startsOn: z.iso.date('La date doit être au format AAAA-MM-JJ.'),
  endsOn: z.iso.date('La date doit être au format AAAA-MM-JJ.'),
});

@ApiTags('sessions')
@ApiBearerAuth()
@Controller()
export class SessionsController {
  constructor(private readonly bus: MessageBus) {}

  @Post('centres/:centreId/sessions')
  @CentreAccess('MEMBER')
  @ApiOperation({
    summary: 'Plan a session: number, access code and C- password generated — centre member',
    description: 'A date in the past is refused; a date outside the certification window only gives a warning.',
  })
  @ApiZodBody(sessionSchema)
  async create(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Body(new ZodValidationPipe(sessionSchema)) body: z.infer<typeof sessionSchema>,
  ): Promise<SessionView> {
    const centre = await this.bus.request(IdentitySubjects.getCentre, { centreId });
    return this.bus.request(SessionsSubjects.createSession, {
      ...body,
      certificationCenterId: centre.id,
      certificationCenterName: centre.name,
      certificationCenterType: centre.type,
      createdBy: actor.userId,
    });
  }

  @Post('centres/:centreId/sessions/import')
  @HttpCode(200)
  @CentreAccess('MEMBER')
  @ApiOperation({
    summary: 'Create several sessions from a CSV (rules §2.1) — all or nothing, errors per line',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD_BODY)
  async importSessions(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Req() request: FastifyRequest,
  ): Promise<{ sessions: readonly SessionView[] }> {
    const upload = await readUpload(request);
    const centre = await this.bus.request(IdentitySubjects.getCentre, { centreId });
    return this.bus.request(SessionsSubjects.importSessions, {
      certificationCenterId: centre.id,
      certificationCenterName: centre.name,
      certificationCenterType: centre.type,
      createdBy: actor.userId,
      fileName: upload.fileName,
      base64: upload.bytes.toString('base64'),
    });
  }

  @Get('centres/:centreId/sessions')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Sessions of a centre, latest first' })
  list(@Param('centreId', idParam) centreId: number): Promise<{ sessions: readonly SessionView[] }> {
    return this.bus.request(SessionsSubjects.listSessions, { certificationCenterId: centreId });
  }

  @Get('centres/:centreId/sessions/:sessionId')
  @CentreAccess('read')
  @ApiOperation({ summary: 'One session with its status, counts, expected end and warnings' })
  get(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<SessionView> {
    return this.bus.request(SessionsSubjects.getSession, { sessionId, certificationCenterId: centreId });
  }

  @Put('centres/:centreId/sessions/:sessionId')
  @CentreAccess('MEMBER')
  @ApiOperation({ summary: 'Edit a session until it is finalised' })
  @ApiZodBody(sessionSchema)
  update(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(sessionSchema)) body: z.infer<typeof sessionSchema>,
  ): Promise<SessionView> {
    return this.bus.request(SessionsSubjects.updateSession, { ...body, sessionId, certificationCenterId: centreId });
  }

  @Delete('centres/:centreId/sessions/:sessionId')
  @HttpCode(204)
  @CentreAccess('MEMBER')
  @ApiOperation({ summary: 'Delete a session, only while no candidate’s test has started' })
  async remove(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<void> {
    await this.bus.request(SessionsSubjects.deleteSession, { sessionId, certificationCenterId: centreId });
  }

  @Get('centres/:centreId/sessions/:sessionId/candidates')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Candidates enrolled in a session' })
  candidates(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<{ candidates: readonly CandidateView[] }> {
    return this.bus.request(SessionsSubjects.listCandidates, { sessionId, certificationCenterId: centreId });
  }

  @Post('centres/:centreId/sessions/:sessionId/candidates')
  @CentreAccess('MEMBER')
  @ApiOperation({ summary: 'Enrol one candidate typed in (non-SCO centres; rules §3.1)' })
  @ApiZodBody(candidateSchema)
  addCandidate(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(candidateSchema)) candidate: z.infer<typeof candidateSchema>,
  ): Promise<CandidateView> {
    return this.bus.request(SessionsSubjects.addCandidate, { sessionId, certificationCenterId: centreId, candidate });
  }

  @Delete('centres/:centreId/sessions/:sessionId/candidates/:candidateId')
  @HttpCode(204)
  @CentreAccess('MEMBER')
  @ApiOperation({ summary: 'Remove a candidate who has not joined yet' })
  async removeCandidate(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Param('candidateId', idParam) candidateId: number,
  ): Promise<void> {
    await this.bus.request(SessionsSubjects.removeCandidate, {
      sessionId,
      certificationCenterId: centreId,
      candidateId,
    });
  }

  @Post('centres/:centreId/sessions/:sessionId/candidates/enrol-pupils')
  @HttpCode(200)
  @CentreAccess('MEMBER')
  @ApiOperation({ summary: 'SCO: enrol a whole class, or chosen pupils; their identity is copied from the pupil list' })
  @ApiZodBody(enrolPupilsSchema)
  async enrolPupils(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(enrolPupilsSchema)) body: z.infer<typeof enrolPupilsSchema>,
  ): Promise<EnrolmentReport> {
    const { pupils } = await this.bus.request(IdentitySubjects.listPupils, {
      centreId,
      ...(body.division === undefined ? {} : { division: body.division }),
      ...(body.pupilIds === undefined ? {} : { pupilIds: body.pupilIds }),
    });
    if (pupils.length === 0) {
      throw new DomainError(
        CommonErrorCode.NOT_FOUND,
        body.division === undefined
          ? 'Aucun de ces élèves n’appartient au centre.'
          : `La classe « ${body.division} » n’existe pas ou n’a aucun élève actif.`,
      );
    }
    const found = new Set(pupils.map((pupil) => pupil.id));
    const unknown = (body.pupilIds ?? []).filter((pupilId) => !found.has(pupilId));
    if (unknown.length > 0) {
      throw new DomainError(CommonErrorCode.NOT_FOUND, 'Certains élèves n’appartiennent pas au centre.', {
        pupilIds: unknown,
      });
    }
    return this.bus.request(SessionsSubjects.enrolPupils, {
      sessionId,
      certificationCenterId: centreId,
      pupils: pupils.map((pupil) => ({
        pupilId: pupil.id,
        firstName: pupil.firstName,
        lastName: pupil.lastName,
        sex: pupil.sex,
        birthdate: pupil.birthdate,
        division: pupil.division,
        birthCountry: pupil.birthCountry,
        birthINSEECode: pupil.birthINSEECode,
        birthCity: pupil.birthCity,
        userId: pupil.userId,
      })),
    });
  }

  @Post('centres/:centreId/sessions/:sessionId/candidates/import')
  @HttpCode(200)
  @CentreAccess('MEMBER')
  @ApiOperation({
    summary: 'Import the candidate list (ODS template or CSV): replaces the whole list',
    description: 'Refused (409) once a candidate has joined; a bad file changes nothing and lists line + column.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD_BODY)
  async importCandidates(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Req() request: FastifyRequest,
  ): Promise<EnrolmentReport> {
    const upload = await readUpload(request);
    return this.bus.request(SessionsSubjects.importCandidates, {
      sessionId,
      certificationCenterId: centreId,
      fileName: upload.fileName,
      base64: upload.bytes.toString('base64'),
    });
  }

  @Get('centres/:centreId/candidate-list-template')
  @CentreAccess('read')
  @ApiOperation({ summary: 'The blank « Liste des candidats » ODS template, with the columns of the centre’s type' })
  async candidateListTemplate(@Param('centreId', idParam) centreId: number, @Res() reply: FastifyReply): Promise<void> {
    const centre = await this.bus.request(IdentitySubjects.getCentre, { centreId });
    await reply
      .header('content-type', 'application/vnd.oasis.opendocument.spreadsheet')
      .header('content-disposition', 'attachment; filename="liste-des-candidats.ods"')
      .send(Buffer.from(candidateListTemplate(centre.type)));
  }

  @Get('certification-windows')
  @ApiOperation({ summary: 'Certification windows per centre type and school year' })
  windows(): Promise<{ windows: readonly CertificationWindowView[] }> {
    return this.bus.request(SessionsSubjects.listCertificationWindows, {});
  }

  @Put('certification-windows')
  @StaffOnly('SUPER_ADMIN')
  @ApiOperation({ summary: 'Set the certification window of a centre type and school year — SUPER_ADMIN' })
  @ApiZodBody(windowSchema)
  setWindow(
    @Body(new ZodValidationPipe(windowSchema)) body: z.infer<typeof windowSchema>,
  ): Promise<CertificationWindowView> {
    return this.bus.request(SessionsSubjects.setCertificationWindow, body);
  }
}
