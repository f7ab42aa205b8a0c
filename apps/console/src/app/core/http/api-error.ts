import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorResponse, ApiFieldProblem, ApiLineError, ApiValidationIssue } from '@pix/api-types';

/** What a page needs to tell people why a request failed, in French. */
export interface ApiError {
  /** HTTP status; 0 when the gateway could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** Messages per request field (`details.problems` and `details.issues`), in the order received. */
  readonly fieldProblems: Readonly<Record<string, readonly string[]>>;
  /** Per-line errors of a refused import (`details.errors`). */
  readonly lineErrors: readonly ApiLineError[];
  readonly correlationId: string | null;
}

const UNREACHABLE_MESSAGE = 'Impossible de joindre Pix Certif. Vérifiez votre connexion, puis réessayez.';

const MESSAGES_BY_STATUS: Readonly<Record<number, string>> = {
  401: 'Votre session a expiré. Reconnectez-vous.',
  403: 'Vous n’avez pas accès à cette page.',
  404: 'Cette ressource n’existe pas ou plus.',
  413: 'Le fichier est trop volumineux.',
  429: 'Trop de requêtes. Patientez un instant avant de réessayer.',
};
const FALLBACK_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans quelques instants.';

/** Reads the gateway's `{ statusCode, code, message, details?, correlationId }`, whatever arrived. */
export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return build(0, 'CLIENT_ERROR', FALLBACK_MESSAGE);
  }
  if (error.status === 0) {
    return build(0, 'UNREACHABLE', UNREACHABLE_MESSAGE);
  }
  const body = parseBody(error.error);
  if (body === null) {
    return build(error.status, `HTTP_${error.status}`, MESSAGES_BY_STATUS[error.status] ?? FALLBACK_MESSAGE);
  }
  return {
    status: error.status,
    code: body.code,
    message: body.message,
    fieldProblems: fieldProblemsOf(body.details),
    lineErrors: lineErrorsOf(body.details),
    correlationId: typeof body.correlationId === 'string' ? body.correlationId : null,
  };
}

/**
 * For `responseType: 'blob'` requests (documents, templates): the error body arrives as a Blob,
 * read it before mapping it.
 */
export async function toApiErrorFromBlob(error: unknown): Promise<ApiError> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    let text: string | null = null;
    try {
      text = await readBlobText(error.error);
    } catch {
      text = null;
    }
    return toApiError(
      new HttpErrorResponse({
        error: text,
        status: error.status,
        statusText: error.statusText,
        headers: error.headers,
        url: error.url ?? undefined,
      }),
    );
  }
  return toApiError(error);
}

/** The problems no field of the form shows: they go to the error summary. */
export function problemsOutside(error: ApiError, fields: readonly string[]): string[] {
  return Object.entries(error.fieldProblems)
    .filter(([field]) => !fields.includes(field))
    .flatMap(([, messages]) => messages);
}

function build(status: number, code: string, message: string): ApiError {
  return { status, code, message, fieldProblems: {}, lineErrors: [], correlationId: null };
}

function parseBody(raw: unknown): ApiErrorResponse | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<ApiErrorResponse>;
  if (typeof candidate.message !== 'string' || typeof candidate.code !== 'string') return null;
  return candidate as ApiErrorResponse;
}

function fieldProblemsOf(details: Record<string, unknown> | undefined): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    (problems[field] ??= []).push(message);
  };
  for (const problem of arrayOf<ApiFieldProblem>(details?.['problems'])) {
    if (typeof problem.field === 'string' && typeof problem.message === 'string') add(problem.field, problem.message);
  }
  for (const issue of arrayOf<ApiValidationIssue>(details?.['issues'])) {
    if (typeof issue.path === 'string' && typeof issue.message === 'string') add(issue.path, issue.message);
  }
  return problems;
}

function lineErrorsOf(details: Record<string, unknown> | undefined): ApiLineError[] {
  return arrayOf<ApiLineError>(details?.['errors']).flatMap((error) =>
    typeof error.message === 'string' && typeof error.line === 'number'
      ? [
          {
            line: error.line,
            column: typeof error.column === 'string' ? error.column : null,
            code: typeof error.code === 'string' ? error.code : 'INVALID',
            message: error.message,
          },
        ]
      : [],
  );
}

function arrayOf<T>(value: unknown): Partial<T>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Partial<T> => typeof item === 'object' && item !== null)
    : [];
}

/** `Blob.text()` is missing from some test DOMs: FileReader works everywhere. */
function readBlobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}
