import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy, NatsRecordBuilder } from '@nestjs/microservices';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception';
import {
  CommonErrorCode,
  CORRELATION_ID_HEADER,
  type RequestOf,
  type RequestSubject,
  type ResponseOf,
} from '@pix/contracts';
import { DomainError, isErrorPayload } from '@pix/kernel';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { currentCorrelationId, sanitizeCorrelationId } from '../logging/request-context';

export const NATS_CLIENT = Symbol('NATS_CLIENT');
export const MESSAGE_BUS_OPTIONS = Symbol('MESSAGE_BUS_OPTIONS');

export interface MessageBusOptions {
  readonly requestTimeoutMs: number;
}

export interface RequestOptions {
  readonly timeoutMs?: number;
}

/**
 * Typed request-reply over NATS. The subject decides the payload and the response type;
 * the current correlation id travels in the message headers; remote failures come back as
 * {@link DomainError}s with the remote code, and silence becomes SERVICE_UNAVAILABLE.
 */
@Injectable()
export class MessageBus implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_CLIENT) private readonly client: ClientProxy,
    @Inject(MESSAGE_BUS_OPTIONS) private readonly options: MessageBusOptions,
  ) {}

  async request<S extends RequestSubject>(
    subject: S,
    payload: RequestOf<S>,
    options: RequestOptions = {},
  ): Promise<ResponseOf<S>> {
    const headers = natsHeaders();
    headers.set(CORRELATION_ID_HEADER, sanitizeCorrelationId(currentCorrelationId()));
    const record = new NatsRecordBuilder(payload).setHeaders(headers).build();
    const timeoutMs = options.timeoutMs ?? this.options.requestTimeoutMs;
    try {
      return await firstValueFrom(this.client.send<ResponseOf<S>>(subject, record).pipe(timeout(timeoutMs)));
    } catch (error) {
      throw toDomainError(error, subject, timeoutMs);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

export function toDomainError(error: unknown, subject: string, timeoutMs: number): DomainError {
  if (error instanceof DomainError) return error;
  // Silence (timeout) and "no responders" (nobody subscribed: the service is stopped) mean the same to a caller.
  if (error instanceof TimeoutError || error instanceof EmptyResponseException) {
    return new DomainError(
      CommonErrorCode.SERVICE_UNAVAILABLE,
      'Le service demandé ne répond pas. Réessayez dans quelques instants.',
      { subject, timeoutMs, reason: error instanceof TimeoutError ? 'timeout' : 'no-responders' },
    );
  }
  if (isErrorPayload(error)) return new DomainError(error.code, error.message, error.details);
  return new DomainError(CommonErrorCode.INTERNAL, 'Une erreur interne est survenue.', { subject });
}
