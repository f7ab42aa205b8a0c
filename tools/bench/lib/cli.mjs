// Small helpers of the benchmark scripts: printing, waiting, durations and checked command-line options.

export const say = (message) => process.stdout.write(`${message}\n`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** `1234` → `1.2 s`. */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A wrong option: the message on stderr, exit code 2. */
export function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** `options[name]` (a parseArgs string) as a positive integer, or exit. */
export function positiveInteger(options, name) {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a positive integer`);
  return value;
}

/** `options[name]`, one of `allowed`, or exit. */
export function oneOf(options, name, allowed) {
  if (!allowed.includes(options[name])) fail(`--${name} must be one of ${allowed.join(', ')}`);
  return options[name];
}
