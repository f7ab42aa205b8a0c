/** Body of `GET /api/health`, as served by the gateway (to move to `libs/api-types`). */
export interface HealthResponse {
  readonly status: 'up' | 'degraded';
  readonly gateway: GatewayHealth;
  readonly services: readonly ServiceHealth[];
}

export interface GatewayHealth {
  readonly version: string;
  readonly uptimeSeconds: number;
}

export interface ServiceHealth {
  readonly name: string;
  readonly status: 'up' | 'down';
  readonly latencyMs: number | null;
  readonly version?: string;
  readonly uptimeSeconds?: number;
  readonly database?: DatabaseHealth;
  readonly error?: string;
}

export interface DatabaseHealth {
  readonly status: 'up' | 'down';
  readonly driver: 'pglite' | 'postgres';
}
