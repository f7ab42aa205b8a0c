import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

export interface JuryModuleOptions {
  readonly migrationsFolder: string;
  readonly config?: ServiceConfig;
  readonly inMemoryDatabase?: boolean;
}

/** The jury service: auto-jury, scoring, jury decisions, publication, certificates and verification codes. */
@Module({})
export class JuryModule {
  static forRoot(options: JuryModuleOptions): DynamicModule {
    return {
      module: JuryModule,
      imports: [PlatformModule.forService({ service: 'jury', schema, ...options })],
    };
  }
}
