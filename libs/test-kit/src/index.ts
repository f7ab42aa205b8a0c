export * from './lib/test-kit.module';
