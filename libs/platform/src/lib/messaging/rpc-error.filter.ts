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
    if (isTransientDatabaseError(exception)) {
      // Overload, not a bug: the caller may retry, and the answer says so (503), never an internal error.
      this.logger.warn({ err: exception, subject: pattern?.getSubject?.() }, 'database busy or unreachable');
      const busy: ErrorPayload = {
        code: CommonErrorCode.SERVICE_UNAVAILABLE,
        message: 'Le service est momentanément surchargé. Réessayez dans quelques instants.',
      };
      return throwError(() => busy);
    }
    this.logger.error({ err: exception, subject: pattern?.getSubject?.() }, 'unhandled error in a message handler');
    const payload: ErrorPayload = { code: CommonErrorCode.INTERNAL, message: 'Une erreur interne est survenue.' };
    return throwError(() => payload);
  }
}

/** PostgreSQL error classes meaning "not now" rather than "wrong": too many connections, shutting down, no connection. */
const TRANSIENT_SQLSTATES = new Set(['53300', '53400', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/**
 * Errors of an overloaded or unreachable database: node-postgres' pool gave up waiting for a free connection, the
 * server refused or dropped the connection. Retrying later succeeds; nothing about the request was wrong.
 */
export function isTransientDatabaseError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATES.has(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET')) {
    return true;
  }
  if (/timeout exceeded when trying to connect|Connection terminated unexpectedly/i.test(error.message)) return true;
  // Drizzle wraps the driver's error (DrizzleQueryError: "Failed query: …", the pool's error as its cause).
  return isTransientDatabaseError(error.cause, depth + 1);
}
