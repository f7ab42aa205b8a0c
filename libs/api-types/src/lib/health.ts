/** `GET /api/health`: the gateway and each of the six services, asked over NATS. */
export type ServiceStatus = 'up' | 'down';

export interface ServiceHealth {
  readonly name: string;
  readonly status: ServiceStatus;
  /** Round trip gateway -> service -> gateway; null when the service did not answer. */
  readonly latencyMs: number | null;
  readonly version?: string;
  readonly uptimeSeconds?: number;
  readonly database?: { readonly status: ServiceStatus; readonly driver: 'pglite' | 'postgres' };
  /** Why the service is considered down (error code). */
  readonly error?: string;
}

export interface HealthResponse {
  readonly status: 'up' | 'degraded';
  readonly gateway: { readonly version: string; readonly uptimeSeconds: number };
  readonly services: readonly ServiceHealth[];
}
