import {
  CommonErrorCode,
  DocumentsErrorCode,
  IdentityErrorCode,
  IncidentsErrorCode,
  JuryErrorCode,
  SessionsErrorCode,
  TestingErrorCode,
} from '@pix/contracts';

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
  SESSION_NOT_EDITABLE: 409,
  SESSION_HAS_STARTED: 409,
  SESSION_IMPORT_INVALID: 400,
  CANDIDATE_INVALID: 400,
  CANDIDATE_DUPLICATE: 409,
  CANDIDATE_NOT_FOUND: 404,
  CANDIDATE_ALREADY_JOINED: 409,
  CANDIDATE_IMPORT_INVALID: 400,
  CANDIDATES_ALREADY_JOINED: 409,
  PUPIL_NOT_ELIGIBLE_FOR_CENTRE: 400,
  WINDOW_INVALID: 400,
  // Not 401: the caller's own sign-in is fine, the session password is not.
  INVIGILATOR_SIGN_IN_REFUSED: 403,
  INVIGILATOR_THROTTLED: 429,
  SESSION_NOT_ACCESSIBLE: 409,
  INVIGILATOR_ACCESS_REQUIRED: 403,
  CANDIDATE_NOT_FOUND_IN_SESSION: 404,
  CANDIDATE_SEVERAL_MATCHES: 409,
  CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT: 409,
  USER_ALREADY_LINKED_IN_SESSION: 409,
  ACCOUNT_NOT_OF_THIS_PUPIL: 403,
  USER_NOT_CERTIFIABLE: 403,
  CANDIDATE_NOT_JOINED: 403,
  ACCESS_CODE_INVALID: 400,
  CANDIDATE_NOT_AUTHORIZED: 403,
  START_WINDOW_CLOSED: 409,
  CANDIDATE_NOT_STARTED: 409,
  SESSION_ALREADY_FINALIZED: 409,
  SESSION_WITHOUT_STARTED_CERTIFICATION: 409,
  ABORT_REASON_MISSING: 400,
  ABORT_REASON_ON_COMPLETED_TEST: 409,
  FINALIZATION_INVALID: 400,
  SESSION_NOT_UNFINALIZABLE: 409,
};

const IDENTITY_STATUSES: Readonly<Record<IdentityErrorCode, number>> = {
  INVALID_CREDENTIALS: 401,
  LOGIN_THROTTLED: 429,
  SIGN_IN_BUSY: 503,
  PASSWORD_CHANGE_REQUIRED: 403,
  REFRESH_TOKEN_INVALID: 401,
  ACCOUNT_INVALID: 400,
  WEAK_PASSWORD: 400,
  EMAIL_ALREADY_USED: 409,
  USER_NOT_FOUND: 404,
  CENTRE_INVALID: 400,
  CENTRE_NOT_FOUND: 404,
  UAI_ALREADY_USED: 409,
  INVITATION_NOT_FOUND: 404,
  INVITATION_EXPIRED: 410,
  INVITATION_INVALID: 400,
  ALREADY_MEMBER: 409,
  MEMBER_NOT_FOUND: 404,
  LAST_ADMIN: 409,
  NOT_A_SCO_CENTRE: 400,
  PUPIL_IMPORT_INVALID: 400,
  PUPIL_NOT_FOUND: 404,
  PUPIL_WITHOUT_ACCOUNT: 409,
  PUPIL_ALREADY_HAS_ACCOUNT: 409,
};

const TESTING_STATUSES: Readonly<Record<TestingErrorCode, number>> = {
  PROFILE_IMPORT_INVALID: 400,
  PROFILE_IMPORT_TOO_LARGE: 413,
  COURSE_NOT_FOUND: 404,
  COURSE_ENDED: 409,
  COURSE_CANNOT_BE_GENERATED: 409,
  CHALLENGE_NOT_IN_COURSE: 400,
  CHALLENGE_NOT_CURRENT: 409,
  ANSWER_ALREADY_RECORDED: 409,
  ANSWER_INVALID: 400,
};

const DOCUMENTS_STATUSES: Readonly<Record<DocumentsErrorCode, number>> = {
  DOCUMENT_DATA_INVALID: 400,
  DOCUMENT_RENDERING_FAILED: 503,
  DOCUMENT_TOO_LARGE: 413,
  ATTESTATION_BATCH_NOT_FOUND: 404,
  // The batch exists but its file is still being generated (or failed): ask again later.
  ATTESTATION_BATCH_NOT_READY: 409,
};

const INCIDENTS_STATUSES: Readonly<Record<IncidentsErrorCode, number>> = {
  ISSUE_REPORT_INVALID: 400,
  ISSUE_REPORT_ALREADY_RESOLVED: 409,
  ISSUE_REPORT_RESOLVED_AUTOMATICALLY: 409,
  ISSUE_REPORT_NOT_FOUND: 404,
  ISSUE_REPORT_NOT_DELETABLE: 409,
  FRAUD_REPORT_INVALID: 400,
  FRAUD_REPORT_NOT_FOUND: 404,
  // Empty, badly encoded, or a content that is no accepted type whatever its name says.
  EVIDENCE_FILE_INVALID: 400,
  EVIDENCE_FILE_TOO_LARGE: 413,
  EVIDENCE_FILE_NOT_FOUND: 404,
  ALERT_INVALID: 400,
  ALERT_NOT_FOUND: 404,
  ALERT_ALREADY_DECIDED: 409,
};

const JURY_STATUSES: Readonly<Record<JuryErrorCode, number>> = {
  JURY_SESSION_NOT_FOUND: 404,
  CERTIFICATION_NOT_FOUND: 404,
  JURY_ACTION_INVALID: 400,
  AUTO_JURY_PENDING: 409,
  SESSION_NOT_PUBLISHABLE: 409,
  SESSION_ALREADY_PUBLISHED: 409,
  SESSION_NOT_PUBLISHED: 409,
  SESSION_PUBLISHED: 409,
  CERTIFICATE_NOT_FOUND: 404,
  RESULTS_NOT_PUBLISHED: 409,
};

const STATUS_BY_CODE: ReadonlyMap<string, number> = new Map([
  ...Object.entries(COMMON_STATUSES),
  ...Object.entries(SESSIONS_STATUSES),
  ...Object.entries(IDENTITY_STATUSES),
  ...Object.entries(TESTING_STATUSES),
  ...Object.entries(DOCUMENTS_STATUSES),
  ...Object.entries(INCIDENTS_STATUSES),
  ...Object.entries(JURY_STATUSES),
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
  fileTooLarge: 'Le fichier est trop volumineux : 5 Mo au maximum.',
  notMultipart: 'Envoyez le fichier dans un formulaire multipart/form-data (champ « file »).',
  routeNotFound: 'Cette adresse n’existe pas.',
  methodNotAllowed: 'Cette méthode n’est pas acceptée pour cette adresse.',
  rateLimited: 'Trop de requêtes. Patientez un instant avant de réessayer.',
  validationFailed: 'La requête est invalide.',
  internal: 'Une erreur interne est survenue. Si elle persiste, transmettez l’identifiant de corrélation au support.',
  unauthenticated: 'Vous devez être connecté.',
  forbidden: 'Vous n’avez pas accès à cette ressource.',
} as const;
