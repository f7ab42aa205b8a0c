/** Thrown to a caller who waited too long for a slot: the work was never started. */
export class GateBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`no free slot after ${waitedMs} ms`);
  }
}

interface Waiter {
  readonly since: number;
  readonly start: () => void;
  readonly refuse: (error: GateBusyError) => void;
}

/**
 * At most `maxConcurrent` pieces of work at once; the others wait in line, but never longer than `maxWaitMs`. A
 * caller that would wait longer is refused at once, before any work is spent on it: under a burst of sign-ins the
 * service answers "busy, retry" quickly instead of hashing passwords for callers who have already given up.
 */
export class WorkGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.slot();
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.next();
    }
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  private slot(): Promise<void> {
    if (this.running < this.maxConcurrent) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { since: this.now(), start: resolve, refuse: reject };
      this.waiting.push(waiter);
      // Refused when its time is up even if no slot frees meanwhile (a hung piece of work).
      setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index < 0) return;
        this.waiting.splice(index, 1);
        waiter.refuse(new GateBusyError(this.now() - waiter.since));
      }, this.maxWaitMs).unref();
    });
  }

  private next(): void {
    const waiter = this.waiting.shift();
    if (waiter === undefined) return;
    this.running += 1;
    waiter.start();
  }
}
