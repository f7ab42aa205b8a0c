// Writes each jest project's counts to $PIX_TEST_SUMMARY_DIR so tools/test.sh can print one total line.
'use strict';

const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options = {}) {
    this.name = options.name ?? 'jest';
  }

  onRunComplete(_contexts, results) {
    const directory = process.env.PIX_TEST_SUMMARY_DIR;
    if (!directory) return;
    mkdirSync(directory, { recursive: true });
    const summary = {
      name: this.name,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    writeFileSync(join(directory, `${this.name}-${process.pid}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
