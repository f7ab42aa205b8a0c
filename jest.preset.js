const nxPreset = require('@nx/jest/preset').default;
const { basename } = require('node:path');

/** Shared by every project: deterministic time zone, and a per-project count for tools/test.sh. */
module.exports = {
  ...nxPreset,
  // A leaked handle must not hang CI; leaks are still reported by --detectOpenHandles when hunting them.
  forceExit: true,
  reporters: ['default', ['<rootDir>/../../tools/jest/summary-reporter.cjs', { name: basename(process.cwd()) }]],
};
