import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type CreateSessionRequest, type GetSessionRequest, type SessionView, SessionsSubjects } from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { CreateSession } from '../../application/create-session.use-case';
import { GetSession } from '../../application/get-session.use-case';

const id = z.number().int().positive();
const text = z.string().max(10_000);

const createSessionSchema = z.object({
  certificationCenterId: id,
  certificationCenterName: z.string().min(1).max(255),
  createdBy: id,
  address: text,
  room: text,
  date: text,
  time: text,
  examiner: text,
  description: text.nullish(),
});

const getSessionSchema = z.object({ sessionId: id, certificationCenterId: id });

// A message whose shape is wrong is a caller's bug: refuse it with the paths, never crash on it.
const INVALID_MESSAGE = 'Le message reçu est invalide.';

/** Subject -> use case, nothing else. */
@Controller()
export class SessionsHandlers {
  constructor(
    private readonly createSession: CreateSession,
    private readonly getSession: GetSession,
  ) {}

  @MessagePattern(SessionsSubjects.createSession)
  create(@Payload() payload: unknown): Promise<SessionView> {
    const request: CreateSessionRequest = parseWith(createSessionSchema, payload, INVALID_MESSAGE);
    return this.createSession.execute(request);
  }

  @MessagePattern(SessionsSubjects.getSession)
  get(@Payload() payload: unknown): Promise<SessionView> {
    const request: GetSessionRequest = parseWith(getSessionSchema, payload, INVALID_MESSAGE);
    return this.getSession.execute(request);
  }
}
