import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DivisionEligibility } from '@pix/api-types';
import { CommonErrorCode, IdentitySubjects, type ImportProfilesResponse, TestingSubjects } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { MessageBus } from '@pix/platform';
import { z } from 'zod';
import { CentreAccess, StaffOnly } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const importSchema = z.object({
  profiles: z
    .array(
      z.object({
        userId: z.number().int().positive(),
        knowledgeElements: z.array(
          z.object({
            competence: z.string().max(10),
            skill: z.string().max(100),
            status: z.enum(['validated', 'invalidated']),
            challengeId: z.string().max(100).nullable(),
            earnedPix: z.number(),
            createdAt: z.string().max(40),
          }),
        ),
      }),
    )
    .max(1000),
});

const divisionParam = new ZodValidationPipe(z.string().trim().min(1).max(100));

@ApiTags('profils')
@ApiBearerAuth()
@Controller()
export class ProfilesController {
  constructor(private readonly bus: MessageBus) {}

  @Post('profiles/import')
  @StaffOnly('SUPER_ADMIN')
  @ApiOperation({
    summary: 'Import competence profiles (knowledge elements) from the positioning platform — SUPER_ADMIN',
    description: 'Idempotent (same user, skill and date = same element), all or nothing, 1 000 users per call.',
  })
  @ApiZodBody(importSchema)
  importProfiles(
    @Body(new ZodValidationPipe(importSchema)) body: z.infer<typeof importSchema>,
  ): Promise<ImportProfilesResponse> {
    return this.bus.request(TestingSubjects.importProfiles, body);
  }

  @Get('centres/:centreId/divisions/:division/eligibility')
  @CentreAccess('read')
  @ApiOperation({
    summary: 'Per pupil of a class: certifiable or not, and how many competences are at level 1 or more',
    description: 'A pupil without an account has no profile yet: not certifiable, 0 competences.',
  })
  async divisionEligibility(
    @Param('centreId', idParam) centreId: number,
    @Param('division', divisionParam) division: string,
  ): Promise<DivisionEligibility> {
    const { pupils } = await this.bus.request(IdentitySubjects.listPupils, { centreId, division });
    if (pupils.length === 0) {
      throw new DomainError(
        CommonErrorCode.NOT_FOUND,
        `La classe « ${division} » n’existe pas ou n’a aucun élève actif.`,
      );
    }
    const userIds = pupils.map((pupil) => pupil.userId).filter((userId): userId is number => userId !== null);
    const limitDate = new Date().toISOString();
    const { eligibilities } =
      userIds.length === 0
        ? { eligibilities: [] }
        : await this.bus.request(TestingSubjects.getEligibilities, { userIds, limitDate });
    const byUser = new Map(eligibilities.map((eligibility) => [eligibility.userId, eligibility]));
    const rows = pupils.map((pupil) => {
      const eligibility = pupil.userId === null ? undefined : byUser.get(pupil.userId);
      return {
        pupilId: pupil.id,
        lastName: pupil.lastName,
        firstName: pupil.firstName,
        birthdate: pupil.birthdate,
        username: pupil.username,
        hasAccount: pupil.userId !== null,
        certifiable: eligibility?.certifiable ?? false,
        competencesAtLevelOneOrMore: eligibility?.competencesAtLevelOneOrMore ?? 0,
        totalPix: eligibility?.totalPix ?? 0,
      };
    });
    return {
      division,
      limitDate,
      certifiableCount: rows.filter((row) => row.certifiable).length,
      pupils: rows,
    };
  }
}
