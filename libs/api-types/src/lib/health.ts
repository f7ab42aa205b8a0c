/** `GET /api/health`: the gateway and each of the six services, asked over NATS. */
export type ServiceStatus = 'up' | 'down';

export interface DatabaseHealth {
  readonly status: ServiceStatus;
  readonly driver: 'pglite' | 'postgres';
}

export interface GatewayHealth {
  readonly version: string;
  readonly uptimeSeconds: number;
}

export interface ServiceHealth {
  readonly name: string;
  readonly status: ServiceStatus;
  /** Round trip gateway -> service -> gateway; null when the service did not answer. */
  readonly latencyMs: number | null;
  readonly version?: string;
  readonly uptimeSeconds?: number;
  readonly database?: DatabaseHealth;
  /** Why the service is considered down (error code). */
  readonly error?: string;
}

export interface HealthResponse {
  readonly status: 'up' | 'degraded';
  readonly gateway: GatewayHealth;
  readonly services: readonly ServiceHealth[];
}
