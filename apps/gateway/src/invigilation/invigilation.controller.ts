import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type InvigilatedCandidate, type InvigilatedSession, SessionsSubjects } from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { LiveEvents } from '../live/live-events';

/** A comment line every 15 s keeps proxies from closing an idle stream and lets the server notice a gone client. */
const HEARTBEAT_MS = 15_000;

const signInSchema = z.object({
  password: z.string().trim().min(1, 'Saisissez le mot de passe de la session.').max(50),
});

const authorizationSchema = z.object({
  authorized: z.boolean({ error: 'authorized vaut true (présence confirmée, reprise autorisée) ou false.' }),
});

/** The invigilator space: any signed-in account plus the session number and the session password. */
@ApiTags('surveillance')
@ApiBearerAuth()
@Controller('invigilation/sessions/:sessionId')
export class InvigilationController {
  constructor(
    private readonly bus: MessageBus,
    private readonly live: LiveEvents,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open the invigilator space of a session with its password (with or without the C- prefix)',
    description:
      'Only while the session is created. Failures are throttled per (session, IP), per session and per IP: ' +
      '429 INVIGILATOR_THROTTLED. An unknown session and a wrong password get the same 403.',
  })
  @ApiZodBody(signInSchema)
  signIn(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(signInSchema)) body: z.infer<typeof signInSchema>,
    @Req() request: FastifyRequest,
  ): Promise<InvigilatedSession> {
    return this.bus.request(SessionsSubjects.superviseSession, {
      sessionId,
      password: body.password,
      userId: actor.userId,
      ip: request.ip,
    });
  }

  @Get()
  @ApiOperation({ summary: 'The candidates of a session the caller signed in to as invigilator' })
  get(@CurrentActor() actor: Actor, @Param('sessionId', idParam) sessionId: number): Promise<InvigilatedSession> {
    return this.bus.request(SessionsSubjects.getInvigilatedSession, { sessionId, userId: actor.userId });
  }

  @Get('events')
  @ApiOperation({
    summary: 'Live updates of the invigilator space (server-sent events)',
    description:
      'First a `snapshot` event with the whole space (the same as GET), then each change as it happens: ' +
      '`candidate-changed` (joined, presence, start, end by the invigilator), `course-started`, `answer-recorded`, ' +
      '`course-completed`, `course-ended` (progress), `alert-raised`, `alert-decided`, `issue-report-recorded`, ' +
      '`fraud-report-filed`. A client that reconnects gets a new snapshot. Authenticated with the bearer token ' +
      '(read the stream with fetch: EventSource cannot send it).',
  })
  async events(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Listen before reading the snapshot, so that no change falls between the two (the client applies both).
    const pending: string[] = [];
    let send: (chunk: string) => void = (chunk) => pending.push(chunk);
    const stop = this.live.listen(sessionId, (event) =>
      send(`event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`),
    );
    let snapshot: InvigilatedSession;
    try {
      snapshot = await this.bus.request(SessionsSubjects.getInvigilatedSession, { sessionId, userId: actor.userId });
    } catch (error) {
      stop();
      throw error;
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-correlation-id': request.id,
    });
    raw.write(`retry: 2000\nevent: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`);
    send = (chunk) => raw.write(chunk);
    for (const chunk of pending) send(chunk);
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      stop();
    });
  }

  @Put('candidates/:candidateId/authorization')
  @ApiOperation({
    summary: 'Confirm a candidate’s presence (before the start) or authorise a resume (after it), or withdraw it',
  })
  @ApiZodBody(authorizationSchema)
  authorize(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Param('candidateId', idParam) candidateId: number,
    @Body(new ZodValidationPipe(authorizationSchema)) body: z.infer<typeof authorizationSchema>,
  ): Promise<InvigilatedCandidate> {
    return this.bus.request(SessionsSubjects.authorizeCandidate, {
      sessionId,
      candidateId,
      userId: actor.userId,
      authorized: body.authorized,
    });
  }

  @Post('candidates/:candidateId/end-test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'End a candidate’s test ("Terminer le test"); no effect on a finished test',
    description: 'CANDIDATE_NOT_STARTED when the candidate has no test. Recorded with who and when.',
  })
  endTest(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Param('candidateId', idParam) candidateId: number,
  ): Promise<InvigilatedCandidate> {
    return this.bus.request(SessionsSubjects.endCandidateTest, { sessionId, candidateId, userId: actor.userId });
  }
}
