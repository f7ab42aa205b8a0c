import { SERVICE_NAMES, type ServiceName } from './services';
import { subject, type Subject } from './subjects';

export type HealthSubject<S extends ServiceName = ServiceName> = Subject<S, 'qry', 'health', 1>;

export function healthSubject<S extends ServiceName>(service: S): HealthSubject<S> {
  return subject(service, 'qry', 'health', 1);
}

export const HEALTH_SUBJECTS: readonly HealthSubject[] = SERVICE_NAMES.map((name) => healthSubject(name));

export type HealthRequest = Record<string, never>;

export type DatabaseDriver = 'pglite' | 'postgres';

export interface DatabaseHealth {
  readonly status: 'up' | 'down';
  readonly driver: DatabaseDriver;
  readonly latencyMs: number | null;
}

export interface HealthReply {
  readonly service: ServiceName;
  readonly version: string;
  readonly uptimeSeconds: number;
  readonly database: DatabaseHealth;
}
