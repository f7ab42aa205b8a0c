import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The whole project is a test suite: it may print progress and use @pix/test-kit anywhere.
    files: ['**/*.ts'],
    rules: {
      'no-console': 'off',
      'no-restricted-imports': 'off',
    },
  },
];
