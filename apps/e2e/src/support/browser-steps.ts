import puppeteer, { type Browser } from 'puppeteer-core';

/** Text as a person reads it: every run of white space (non-breaking ones included) as one space. */
export const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** An HTTP error answer the page received, to assert that a scenario met only the refusals it expected. */
export interface ResponseSeen {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/**
 * `it` for scenarios whose steps build on each other: once one fails, the next ones say so at once instead of
 * timing out on a page that never got there.
 */
export function scenarioSteps(): (name: string, body: () => Promise<void>) => void {
  let failedStep: string | null = null;
  return (name, body) => {
    it(name, async () => {
      if (failedStep !== null) throw new Error(`not run: the step « ${failedStep} » failed`);
      try {
        await body();
      } catch (error) {
        failedStep = name;
        throw error;
      }
    });
  };
}

/**
 * Debian's Chromium (CHROMIUM_PATH), headless, with what a test needs off: no sandbox (root in CI), no GPU, no
 * background traffic; French first, as the schools' browsers.
 */
export function launchTestBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--lang=fr-FR',
    ],
  });
}
