// End-to-end suite: real nats-server, real PostgreSQL server, the seven built processes, Chromium.
// Named apart from jest.config.* so that `nx run-many -t test` (unit + integration) does not pick it up.
module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'cjs'],
  testTimeout: 60_000,
};
