/** Body of every error response of the gateway (4xx and 5xx). */
export interface ApiErrorResponse {
  readonly statusCode: number;
  /** Stable, machine-readable code, e.g. `VALIDATION_FAILED`. */
  readonly code: string;
  /** French message that can be shown to the user as is. */
  readonly message: string;
  readonly details?: Record<string, unknown>;
  /** Quote it to support: it finds the request in the logs of every service. */
  readonly correlationId: string;
}
