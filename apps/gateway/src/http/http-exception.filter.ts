import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorResponse } from '@pix/api-types';
import { CommonErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { type AppLogger, currentCorrelationId, sanitizeCorrelationId } from '@pix/platform';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HTTP_MESSAGES, httpStatusForCode } from './error-status';

interface Mapped {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** Hook used to answer browser navigations that match no API route (the console's own routes). */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Every error becomes `{ statusCode, code, message, details?, correlationId }`. Expected errors keep
 * their code; unexpected ones are logged with their stack and answered with a bare INTERNAL.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: AppLogger,
    private readonly notFoundFallback: NotFoundFallback = () => false,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = this.map(exception);
    if (mapped.code === CommonErrorCode.ROUTE_NOT_FOUND && this.notFoundFallback(request, reply)) return;
    const correlationId = currentCorrelationId() ?? sanitizeCorrelationId(request.headers['x-correlation-id']);
    if (mapped.status >= 500 && mapped.code === CommonErrorCode.INTERNAL) {
      this.logger.error({ err: exception, method: request.method, url: request.url, correlationId }, 'unhandled error');
    }
    const body: ApiErrorResponse = {
      statusCode: mapped.status,
      code: mapped.code,
      message: mapped.message,
      ...(mapped.details === undefined ? {} : { details: mapped.details }),
      correlationId,
    };
    void reply.status(mapped.status).header('x-correlation-id', correlationId).send(body);
  }

  private map(exception: unknown): Mapped {
    if (exception instanceof DomainError) {
      return {
        status: httpStatusForCode(exception.code),
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof ThrottlerException) {
      return { status: 429, code: CommonErrorCode.RATE_LIMITED, message: HTTP_MESSAGES.rateLimited };
    }
    if (exception instanceof HttpException) return mapHttpException(exception);
    const fastifyError = exception as { code?: unknown; statusCode?: unknown } | null;
    if (typeof fastifyError?.code === 'string' && fastifyError.code.startsWith('FST_REQ_FILE_TOO_LARGE')) {
      return { status: 413, code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: HTTP_MESSAGES.fileTooLarge };
    }
    if (typeof fastifyError?.code === 'string' && fastifyError.code.startsWith('FST_INVALID_MULTIPART')) {
      return { status: 415, code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: HTTP_MESSAGES.notMultipart };
    }
    if (typeof fastifyError?.code === 'string' && fastifyError.code.startsWith('FST_')) {
      return mapFastifyError(fastifyError.code, Number(fastifyError.statusCode));
    }
    return { status: 500, code: CommonErrorCode.INTERNAL, message: HTTP_MESSAGES.internal };
  }
}

function mapHttpException(exception: HttpException): Mapped {
  const status = exception.getStatus();
  switch (status) {
    case HttpStatus.NOT_FOUND:
      return { status, code: CommonErrorCode.ROUTE_NOT_FOUND, message: HTTP_MESSAGES.routeNotFound };
    case HttpStatus.METHOD_NOT_ALLOWED:
      return { status, code: CommonErrorCode.ROUTE_NOT_FOUND, message: HTTP_MESSAGES.methodNotAllowed };
    case HttpStatus.UNAUTHORIZED:
      return { status, code: CommonErrorCode.UNAUTHENTICATED, message: HTTP_MESSAGES.unauthenticated };
    case HttpStatus.FORBIDDEN:
      return { status, code: CommonErrorCode.FORBIDDEN, message: HTTP_MESSAGES.forbidden };
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return { status, code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: HTTP_MESSAGES.payloadTooLarge };
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return { status, code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: HTTP_MESSAGES.unsupportedMediaType };
    case HttpStatus.BAD_REQUEST:
      // Our use cases throw DomainErrors: a bare 400 here is the framework refusing the request
      // before any handler (Nest wraps Fastify's body errors, keeping only their message).
      return {
        status,
        code: CommonErrorCode.MALFORMED_REQUEST,
        message: /JSON/i.test(exception.message) ? HTTP_MESSAGES.malformedJson : HTTP_MESSAGES.malformedRequest,
      };
    default:
      return status >= 500
        ? { status: 500, code: CommonErrorCode.INTERNAL, message: HTTP_MESSAGES.internal }
        : { status, code: CommonErrorCode.VALIDATION_FAILED, message: HTTP_MESSAGES.validationFailed };
  }
}

/** Errors Fastify raises before any handler runs: bad JSON, wrong content type, body too large. */
function mapFastifyError(code: string, statusCode: number): Mapped {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: HTTP_MESSAGES.payloadTooLarge };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: HTTP_MESSAGES.unsupportedMediaType };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: CommonErrorCode.MALFORMED_REQUEST, message: HTTP_MESSAGES.emptyJson };
    default:
      return statusCode >= 400 && statusCode < 500
        ? { status: statusCode, code: CommonErrorCode.MALFORMED_REQUEST, message: HTTP_MESSAGES.malformedJson }
        : { status: 500, code: CommonErrorCode.INTERNAL, message: HTTP_MESSAGES.internal };
  }
}
