import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { CORRELATION_ID_HEADER } from '@pix/contracts';
import { Observable } from 'rxjs';
import { runWithContext, sanitizeCorrelationId } from '../logging/request-context';

/** Runs each NATS handler inside the correlation id found in the message headers (or a new one). */
@Injectable()
export class NatsCorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const natsContext = context.switchToRpc().getContext<NatsContext>();
    const received = natsContext.getHeaders()?.get(CORRELATION_ID_HEADER);
    const correlationId = sanitizeCorrelationId(received === '' ? undefined : received);
    return new Observable((subscriber) => runWithContext({ correlationId }, () => next.handle().subscribe(subscriber)));
  }
}
