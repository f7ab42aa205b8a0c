import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type JoinedSession, SessionsSubjects } from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import { z } from 'zod';
import { CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const joinSchema = z.object({
  firstName: z.string().trim().min(1, 'Saisissez votre prénom.').max(255),
  lastName: z.string().trim().min(1, 'Saisissez votre nom de naissance.').max(255),
  birthdate: z.iso.date('La date de naissance doit être au format AAAA-MM-JJ.'),
});

/** The candidate's side: the signed-in candidate joins a session (then, issue 4, enters the access code). */
@ApiTags('candidat')
@ApiBearerAuth()
@Controller('certification/sessions/:sessionId')
export class CandidateSessionController {
  constructor(private readonly bus: MessageBus) {}

  @Post('join')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Join a session with its number, one’s first name, last name and birthdate (rules §6.1)',
    description:
      'Matching ignores case, accents and spaces. Each refusal has its code: CANDIDATE_NOT_FOUND_IN_SESSION, ' +
      'CANDIDATE_SEVERAL_MATCHES, CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT, USER_ALREADY_LINKED_IN_SESSION, ' +
      'ACCOUNT_NOT_OF_THIS_PUPIL, USER_NOT_CERTIFIABLE, SESSION_NOT_ACCESSIBLE.',
  })
  @ApiZodBody(joinSchema)
  join(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(joinSchema)) body: z.infer<typeof joinSchema>,
  ): Promise<JoinedSession> {
    return this.bus.request(SessionsSubjects.joinSession, { ...body, sessionId, userId: actor.userId });
  }
}
