import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ELIGIBILITIES_MAX_USERS,
  type GetEligibilitiesRequest,
  type GetEligibilitiesResponse,
  type GetProfileRequest,
  type ImportProfilesResponse,
  type ProfileView,
  TestingSubjects,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { GetEligibilities } from '../../application/get-eligibilities.use-case';
import { GetProfile } from '../../application/get-profile.use-case';
import { ImportProfiles } from '../../application/import-profiles.use-case';
import type { ReceivedProfiles } from '../../domain/profile-import';

// The user_id column is a PostgreSQL integer.
const userId = z
  .number({ error: 'L’identifiant de l’utilisateur doit être un nombre.' })
  .int({ error: 'L’identifiant de l’utilisateur doit être un entier.' })
  .positive({ error: 'L’identifiant de l’utilisateur doit être positif.' })
  .max(2_147_483_647, { error: 'L’identifiant de l’utilisateur est trop grand.' });
const text = (label: string) => z.string({ error: `${label} doit être une chaîne de caractères.` }).max(1000);
const limitDate = z.iso.datetime({
  offset: true,
  error: 'La date limite doit être une date et heure ISO 8601 avec fuseau horaire, par exemple 2025-11-03T10:15:00Z.',
});

// JSON types only: the values are checked by the domain, which lists every invalid element in French.
const knowledgeElementSchema = z.object({
  competence: text('La compétence'),
  skill: text('L’acquis'),
  status: text('Le statut'),
  challengeId: text('L’identifiant de l’épreuve').nullable(),
  earnedPix: z.number({ error: 'Le nombre de pix gagnés doit être un nombre.' }),
  createdAt: text('La date de création'),
});

const importProfilesSchema = z.object({
  profiles: z.array(
    z.object({
      userId: z.number({ error: 'L’identifiant de l’utilisateur doit être un nombre.' }),
      knowledgeElements: z.array(knowledgeElementSchema, {
        error: 'Les éléments de connaissance doivent être une liste.',
      }),
    }),
    { error: 'Les profils doivent être une liste.' },
  ),
});

const getProfileSchema = z.object({ userId, limitDate });

const getEligibilitiesSchema = z.object({
  userIds: z
    .array(userId, { error: 'Les utilisateurs doivent être une liste d’identifiants.' })
    .max(ELIGIBILITIES_MAX_USERS, {
      error: `Au plus ${ELIGIBILITIES_MAX_USERS} utilisateurs par demande : découpez la liste.`,
    }),
  limitDate,
});

// A message whose shape is wrong is a caller's bug: refuse it with the paths, never crash on it.
const INVALID_MESSAGE = 'Le message reçu est invalide.';

/** Subject -> use case, nothing else. */
@Controller()
export class TestingHandlers {
  constructor(
    private readonly importProfiles: ImportProfiles,
    private readonly getProfile: GetProfile,
    private readonly getEligibilities: GetEligibilities,
  ) {}

  @MessagePattern(TestingSubjects.importProfiles)
  import(@Payload() payload: unknown): Promise<ImportProfilesResponse> {
    const request: ReceivedProfiles = parseWith(importProfilesSchema, payload, INVALID_MESSAGE);
    return this.importProfiles.execute(request);
  }

  @MessagePattern(TestingSubjects.getProfile)
  profile(@Payload() payload: unknown): Promise<ProfileView> {
    const request: GetProfileRequest = parseWith(getProfileSchema, payload, INVALID_MESSAGE);
    return this.getProfile.execute(request);
  }

  @MessagePattern(TestingSubjects.getEligibilities)
  eligibilities(@Payload() payload: unknown): Promise<GetEligibilitiesResponse> {
    const request: GetEligibilitiesRequest = parseWith(getEligibilitiesSchema, payload, INVALID_MESSAGE);
    return this.getEligibilities.execute(request);
  }
}
