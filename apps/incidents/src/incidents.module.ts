import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

/** The incidents service: issue reports (C1..C8, E1..E12), fraud reports, automatic resolution. */
@Module({})
export class IncidentsModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: IncidentsModule,
      imports: [PlatformModule.forService({ service: 'incidents', schema, ...options })],
    };
  }
}
