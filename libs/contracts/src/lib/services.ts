/** The six bounded contexts, each one NestJS service and one NATS queue group. */
export const SERVICE_NAMES = ['identity', 'sessions', 'testing', 'incidents', 'jury', 'documents'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
