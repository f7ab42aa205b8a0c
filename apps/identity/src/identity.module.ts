import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

/** The identity service: accounts, staff roles, certification centres, memberships, pupils by class. */
@Module({})
export class IdentityModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: IdentityModule,
      imports: [PlatformModule.forService({ service: 'identity', schema, ...options })],
    };
  }
}
