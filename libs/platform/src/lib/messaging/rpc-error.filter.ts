import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { CommonErrorCode } from '@pix/contracts';
import { DomainError, type ErrorPayload } from '@pix/kernel';
import { type Observable, throwError } from 'rxjs';
import type { AppLogger } from '../logging/logger';

/**
 * Every error leaving a NATS handler becomes `{ code, message, details? }`. Domain errors keep
 * their code; anything else is logged with its stack and the caller only learns INTERNAL.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: AppLogger) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    if (exception instanceof DomainError) return throwError(() => exception.toPayload());
    const pattern =
      host.getType() === 'rpc' ? host.switchToRpc().getContext<{ getSubject?: () => string }>() : undefined;
    this.logger.error({ err: exception, subject: pattern?.getSubject?.() }, 'unhandled error in a message handler');
    const payload: ErrorPayload = { code: CommonErrorCode.INTERNAL, message: 'Une erreur interne est survenue.' };
    return throwError(() => payload);
  }
}
