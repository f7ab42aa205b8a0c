import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

/** The jury service: auto-jury, scoring, jury decisions, publication, certificates and verification codes. */
@Module({})
export class JuryModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: JuryModule,
      imports: [PlatformModule.forService({ service: 'jury', schema, ...options })],
    };
  }
}
