import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { healthSubject, type HealthReply, type ServiceName } from '@pix/contracts';
import { HealthProbe } from './health.probe';

/** A controller answering `<service>.qry.health.v1` (the subject is fixed per service, hence a factory). */
export function createHealthController(service: ServiceName): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(@Inject(HealthProbe) private readonly probe: HealthProbe) {}

    @MessagePattern(healthSubject(service))
    check(): Promise<HealthReply> {
      return this.probe.check();
    }
  }
  return HealthController;
}
