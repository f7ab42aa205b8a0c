import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

export interface IncidentsModuleOptions {
  readonly migrationsFolder: string;
  readonly config?: ServiceConfig;
  readonly inMemoryDatabase?: boolean;
}

/** The incidents service: issue reports (C1..C8, E1..E12), fraud reports, automatic resolution. */
@Module({})
export class IncidentsModule {
  static forRoot(options: IncidentsModuleOptions): DynamicModule {
    return {
      module: IncidentsModule,
      imports: [PlatformModule.forService({ service: 'incidents', schema, ...options })],
    };
  }
}
