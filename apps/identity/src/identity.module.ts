import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

export interface IdentityModuleOptions {
  readonly migrationsFolder: string;
  readonly config?: ServiceConfig;
  readonly inMemoryDatabase?: boolean;
}

/** The identity service: accounts, staff roles, certification centres, memberships, pupils by class. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityModuleOptions): DynamicModule {
    return {
      module: IdentityModule,
      imports: [PlatformModule.forService({ service: 'identity', schema, ...options })],
    };
  }
}
