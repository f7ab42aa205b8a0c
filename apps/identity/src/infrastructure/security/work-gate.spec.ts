import { GateBusyError, WorkGate } from './work-gate';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe(WorkGate.name, () => {
  it('runs at most maxConcurrent pieces of work at once, the others in arrival order', async () => {
    const gate = new WorkGate(2, 10_000);
    const order: number[] = [];
    const blockers = [deferred(), deferred(), deferred(), deferred()];
    const runs = blockers.map((blocker, index) =>
      gate.run(async () => {
        order.push(index);
        await blocker.promise;
        return index;
      }),
    );
    await Promise.resolve();

    expect(gate.inFlight).toBe(2);
    expect(gate.queued).toBe(2);
    expect(order).toEqual([0, 1]);
    blockers[1]?.resolve();
    await runs[1];
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    for (const blocker of blockers) blocker.resolve();
    await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2, 3]);
    expect(gate.inFlight).toBe(0);
  });

  it('refuses a caller who waited maxWaitMs, without ever running its work', async () => {
    jest.useFakeTimers();
    try {
      const gate = new WorkGate(1, 2000);
      const blocker = deferred();
      const first = gate.run(() => blocker.promise);
      const work = jest.fn(async () => 'never');
      const second = gate.run(work);
      const refused = expect(second).rejects.toBeInstanceOf(GateBusyError);

      jest.advanceTimersByTime(1999);
      expect(gate.queued).toBe(1);
      jest.advanceTimersByTime(1);
      await refused;

      expect(gate.queued).toBe(0);
      blocker.resolve();
      await first;
      expect(work).not.toHaveBeenCalled();
      expect(gate.inFlight).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('frees the slot when the work fails', async () => {
    const gate = new WorkGate(1, 1000);

    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
    expect(gate.inFlight).toBe(0);
  });
});
