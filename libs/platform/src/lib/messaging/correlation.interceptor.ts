import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { CORRELATION_ID_HEADER } from '@pix/contracts';
import { Observable, tap } from 'rxjs';
import type { AppLogger } from '../logging/logger';
import { runWithContext, sanitizeCorrelationId } from '../logging/request-context';

/**
 * Runs each NATS handler inside the correlation id found in the message headers (or a new one),
 * and logs the subject and duration at debug level (LOG_LEVEL=debug traces a request across services).
 */
@Injectable()
export class NatsCorrelationInterceptor implements NestInterceptor {
  constructor(private readonly logger?: AppLogger) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const natsContext = context.switchToRpc().getContext<NatsContext>();
    const received = natsContext.getHeaders()?.get(CORRELATION_ID_HEADER);
    const correlationId = sanitizeCorrelationId(received === '' ? undefined : received);
    const started = process.hrtime.bigint();
    const logHandled = (outcome: 'ok' | 'error') =>
      this.logger?.debug(
        { subject: natsContext.getSubject(), outcome, durationMs: Number(process.hrtime.bigint() - started) / 1e6 },
        'message handled',
      );
    return new Observable((subscriber) =>
      runWithContext({ correlationId }, () =>
        next
          .handle()
          .pipe(tap({ complete: () => logHandled('ok'), error: () => logHandled('error') }))
          .subscribe(subscriber),
      ),
    );
  }
}
