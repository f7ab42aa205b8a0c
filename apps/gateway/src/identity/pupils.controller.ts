import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type DivisionView,
  IdentitySubjects,
  type ImportPupilsReport,
  type PupilCredentials,
  type PupilView,
} from '@pix/contracts';
import { MessageBus } from '@pix/platform';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CentreAccess } from '../auth/auth.decorators';
import { ApiZodQuery } from '../http/openapi';
import { idParam } from '../http/params';
import { readUpload } from '../http/upload';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const pupilsQuerySchema = z.object({
  division: z.string().trim().min(1).max(100).optional(),
  includeInactive: z
    .enum(['true', 'false'], { error: 'includeInactive vaut true ou false.' })
    .transform((value) => value === 'true')
    .optional(),
});

export const FILE_UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'CSV or ODS, 5 MB at most' } },
  },
};

@ApiTags('élèves')
@ApiBearerAuth()
@Controller('centres/:centreId')
export class PupilsController {
  constructor(private readonly bus: MessageBus) {}

  @Post('pupils/import')
  @HttpCode(200)
  @CentreAccess('ADMIN')
  @ApiOperation({
    summary: 'Import the pupil list (CSV export of the school’s pupil base) — SCO centre ADMIN',
    description:
      'All or nothing. Re-importing updates pupils in place by national id; pupils absent from the file become ' +
      'inactive (never deleted). A bad file is a 400 PUPIL_IMPORT_INVALID whose details.errors name line and column.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD_BODY)
  async import(
    @Param('centreId', idParam) centreId: number,
    @Req() request: FastifyRequest,
  ): Promise<ImportPupilsReport> {
    const upload = await readUpload(request);
    return this.bus.request(IdentitySubjects.importPupils, {
      centreId,
      fileName: upload.fileName,
      base64: upload.bytes.toString('base64'),
    });
  }

  @Get('divisions')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Classes (divisions) of a SCO centre with their number of active pupils' })
  divisions(@Param('centreId', idParam) centreId: number): Promise<{ divisions: readonly DivisionView[] }> {
    return this.bus.request(IdentitySubjects.listDivisions, { centreId });
  }

  @Get('pupils')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Pupils of a SCO centre, optionally of one class' })
  @ApiZodQuery(pupilsQuerySchema)
  pupils(
    @Param('centreId', idParam) centreId: number,
    @Query(new ZodValidationPipe(pupilsQuerySchema)) query: z.infer<typeof pupilsQuerySchema>,
  ): Promise<{ pupils: readonly PupilView[] }> {
    return this.bus.request(IdentitySubjects.listPupils, { centreId, ...query });
  }

  @Post('pupils/:pupilId/account')
  @CentreAccess('ADMIN')
  @ApiOperation({ summary: 'Create the pupil’s account: username + temporary password, shown once — centre ADMIN' })
  createAccount(
    @Param('centreId', idParam) centreId: number,
    @Param('pupilId', idParam) pupilId: number,
  ): Promise<PupilCredentials> {
    return this.bus.request(IdentitySubjects.createPupilAccount, { centreId, pupilId });
  }

  @Post('pupils/:pupilId/password-reset')
  @HttpCode(200)
  @CentreAccess('ADMIN')
  @ApiOperation({ summary: 'Give a pupil a new temporary password (changed at next sign-in) — centre ADMIN' })
  resetPassword(
    @Param('centreId', idParam) centreId: number,
    @Param('pupilId', idParam) pupilId: number,
  ): Promise<PupilCredentials> {
    return this.bus.request(IdentitySubjects.resetPupilPassword, { centreId, pupilId });
  }
}
