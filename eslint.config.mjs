import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

// Glob patterns are resolved against the directory of the config ESLint loads: the project root when Nx runs
// `eslint .` for a project, the workspace root otherwise. Keep them `**/`-prefixed so they work from both.
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts'];
const JS_FILES = ['**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'];
// Tooling config files are not part of any tsconfig.app/lib.json (and not always of tsconfig.spec.json):
// lint them without type information.
const CONFIG_FILES = ['**/*.config.{ts,cts,mts}', '**/jest.preset.{ts,cts,mts}'];
const TEST_FILES = ['**/*.spec.ts', '**/*.test.ts', '**/test-setup.ts'];

// Libraries tagged scope:pure hold domain rules and shared types: no framework, no IO.
const FRAMEWORK_AND_IO_PACKAGES = [
  '@nestjs/*',
  '@angular/*',
  'drizzle-orm',
  'drizzle-orm/*',
  '@electric-sql/*',
  'pg',
  'nats',
  'fastify',
  '@fastify/*',
  'rxjs',
  'rxjs/*',
  'puppeteer-core',
  'pino',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/coverage', '**/.angular', '**/.data'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // Every constraint whose sourceTag a project carries must hold; a project without a matching tag
          // may depend on no library at all, so a new project has to be tagged before it can import anything.
          depConstraints: [
            // Layers: apps and e2e suites consume libraries, never another app; libraries never reach into apps.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // Scopes.
            {
              sourceTag: 'scope:pure',
              onlyDependOnLibsWithTags: ['scope:pure'],
              bannedExternalImports: FRAMEWORK_AND_IO_PACKAGES,
            },
            { sourceTag: 'scope:node', onlyDependOnLibsWithTags: ['scope:pure', 'scope:node'] },
            { sourceTag: 'scope:service', onlyDependOnLibsWithTags: ['scope:pure', 'scope:node'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:pure', 'scope:node'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:pure'] },
          ],
        },
      ],
    },
  },
  {
    // @pix/test-kit (scope:node) is for tests only. Tags work per project, not per file, so this half of the
    // rule lives here: production code of any project may not import it; *.spec.ts / *.test.ts files may
    // (apps/e2e turns this off in its own eslint.config.mjs: the whole project is tests).
    files: TS_FILES,
    ignores: [...TEST_FILES, ...CONFIG_FILES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@pix/test-kit', message: '@pix/test-kit is for test files (*.spec.ts) only.' }],
          patterns: [{ group: ['@pix/test-kit/*'], message: '@pix/test-kit is for test files (*.spec.ts) only.' }],
        },
      ],
    },
  },
  {
    // Type-aware rules. The project service finds each file's tsconfig (tsconfig.app/lib.json or
    // tsconfig.spec.json through the project's solution-style tsconfig.json).
    files: TS_FILES,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // `const { secret, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
      // `@typescript-eslint/consistent-type-imports` is deliberately not enabled: Nest DI reads constructor
      // parameter types at runtime (emitDecoratorMetadata), so those imports must stay value imports.
    },
  },
  {
    files: [...TS_FILES, ...JS_FILES],
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
    },
  },
  {
    // Scripts may print. (apps/e2e turns no-console off in its own eslint.config.mjs.)
    files: ['tools/**'],
    rules: {
      'no-console': 'off',
    },
  },
  {
    // JavaScript and tooling config files: no type information.
    files: [...JS_FILES, ...CONFIG_FILES],
    ...tseslint.configs.disableTypeChecked,
  },
  // Last: turns off every rule that would fight Prettier.
  prettier,
];
