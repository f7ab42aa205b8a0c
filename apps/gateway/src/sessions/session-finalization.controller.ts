import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ABORT_REASONS, type FinalizationForm, type SessionView, SessionsSubjects } from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import { z } from 'zod';
import { CentreAccess, CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

/** French messages for what no field reports: a field the form does not have, something other than an object. */
const objectError = (what: string) => (issue: { code: string; keys?: readonly string[] }) => {
  if (issue.code === 'unrecognized_keys') return `Champ inconnu : ${(issue.keys ?? []).join(', ')}.`;
  if (issue.code === 'invalid_type') return `${what} doit être un objet JSON.`;
  return undefined;
};

/**
 * The finalisation form as the console sends it. JSON types and generous sizes are checked here; the lengths of
 * the rules (comment ≤ 500 characters), the candidates and the abort reasons are the sessions service's checks,
 * answered with their own codes and French messages.
 */
export const finalizationSchema = z.strictObject(
  {
    examinerGlobalComment: z
      .string({ error: 'Le commentaire global doit être un texte.' })
      .max(5000, 'Le commentaire global est trop long.')
      .nullish(),
    hasIncident: z.boolean({ error: 'Indiquez si un incident a eu lieu (true ou false).' }),
    hasJoiningIssue: z.boolean({
      error: 'Indiquez si des candidats n’ont pas pu rejoindre la session (true ou false).',
    }),
    reports: z
      .array(
        z.strictObject(
          {
            candidateId: z
              .number({ error: 'Le candidat doit être désigné par son numéro.' })
              .int('Le numéro du candidat doit être un entier.')
              .positive('Le numéro du candidat doit être positif.')
              .max(2_147_483_647, 'Le numéro du candidat est trop grand.'),
            examinerComment: z
              .string({ error: 'Le commentaire du surveillant doit être un texte.' })
              .max(5000, 'Le commentaire du surveillant est trop long.')
              .nullish(),
            abortReason: z
              .enum(ABORT_REASONS, {
                error:
                  'Le motif d’abandon doit être « candidate » (Abandon : manque de temps ou départ prématuré) ou « technical » (Problème technique).',
              })
              .nullish(),
          },
          { error: objectError('Chaque compte rendu') },
        ),
        { error: 'Les comptes rendus doivent être une liste : un par candidat ayant commencé son test.' },
      )
      .max(1000, 'Une session compte au plus 1 000 comptes rendus.'),
  },
  { error: objectError('Le formulaire de finalisation') },
);

export type FinalizationBody = z.infer<typeof finalizationSchema>;

/** Finalisation of a session by its centre (rules §8): the form, then the finalisation itself. */
@ApiTags('sessions')
@ApiBearerAuth()
@Controller('centres/:centreId/sessions/:sessionId/finalization')
export class SessionFinalizationController {
  constructor(private readonly bus: MessageBus) {}

  @Get()
  @CentreAccess('read')
  @ApiOperation({
    summary: 'The finalisation form: every started test with its state, whether an abort reason is required',
    description:
      'After an unfinalisation by Pix, the answers of the last finalisation pre-fill it. 503 when testing does not answer.',
  })
  form(
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
  ): Promise<FinalizationForm> {
    return this.bus.request(SessionsSubjects.getFinalizationForm, { sessionId, certificationCenterId: centreId });
  }

  @Post()
  @HttpCode(200)
  @CentreAccess('MEMBER')
  @ApiOperation({
    summary: 'Finalise the session (rules §8) — centre member; the session is then frozen',
    description:
      'Checks in order: 409 SESSION_ALREADY_FINALIZED, 409 SESSION_WITHOUT_STARTED_CERTIFICATION, ' +
      '409 ABORT_REASON_ON_COMPLETED_TEST (refresh the page), 400 ABORT_REASON_MISSING (details.candidates), ' +
      '400 FINALIZATION_INVALID (details.problems). 503 when testing does not answer: nothing is stored.',
  })
  @ApiZodBody(finalizationSchema)
  finalize(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(finalizationSchema)) body: FinalizationBody,
  ): Promise<SessionView> {
    return this.bus.request(SessionsSubjects.finalizeSession, {
      ...body,
      sessionId,
      certificationCenterId: centreId,
      finalizedBy: actor.userId,
    });
  }
}
