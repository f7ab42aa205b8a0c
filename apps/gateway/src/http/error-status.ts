import { CommonErrorCode, SessionsErrorCode } from '@pix/contracts';

/**
 * Error code -> HTTP status. One small table per context joins this one as contexts land;
 * a code missing here is a 400 if it reached us as a domain error (the request was refused),
 * never a 500.
 */
const COMMON_STATUSES: Readonly<Record<CommonErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const SESSIONS_STATUSES: Readonly<Record<SessionsErrorCode, number>> = {
  SESSION_NOT_FOUND: 404,
  SESSION_INVALID: 400,
};

const STATUS_BY_CODE: ReadonlyMap<string, number> = new Map([
  ...Object.entries(COMMON_STATUSES),
  ...Object.entries(SESSIONS_STATUSES),
]);

export function httpStatusForCode(code: string): number {
  return STATUS_BY_CODE.get(code) ?? 400;
}

/** French messages for the errors the HTTP layer itself raises. */
export const HTTP_MESSAGES = {
  malformedJson: 'Le corps de la requête n’est pas un JSON valide.',
  malformedRequest: 'La requête est mal formée.',
  emptyJson: 'Le corps de la requête est vide alors qu’un JSON est attendu.',
  unsupportedMediaType: 'Ce type de contenu n’est pas accepté.',
  payloadTooLarge: 'La requête est trop volumineuse.',
  routeNotFound: 'Cette adresse n’existe pas.',
  methodNotAllowed: 'Cette méthode n’est pas acceptée pour cette adresse.',
  rateLimited: 'Trop de requêtes. Patientez un instant avant de réessayer.',
  validationFailed: 'La requête est invalide.',
  internal: 'Une erreur interne est survenue. Si elle persiste, transmettez l’identifiant de corrélation au support.',
  unauthenticated: 'Vous devez être connecté.',
  forbidden: 'Vous n’avez pas accès à cette ressource.',
} as const;
