// The throttle every Graph request of a process goes through (src/graph/throttle.ts): at most
// maxConcurrent requests in flight, the rest queued in order; a back-off (a 429 or 503 seen by
// any request) holds every request that starts after it until its time has passed.

import { Throttle } from '../../src/graph/throttle';

function deferred() {
  // Assigned by the Promise constructor, which runs its executor at once.
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the Graph throttle', () => {
  it('keeps at most maxConcurrent tasks in flight and starts the others in order as slots free', async () => {
    const throttle = new Throttle({ maxConcurrent: 3 });
    const gates = Array.from({ length: 10 }, deferred);
    const started: number[] = [];
    let inFlight = 0;
    let peak = 0;
    const done = gates.map((gate, i) =>
      throttle.schedule(async () => {
        started.push(i);
        peak = Math.max(peak, ++inFlight);
        await gate.promise;
        inFlight -= 1;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve();
    await done[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2, 3]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('holds the tasks that start after a back-off until it has passed, and counts it', async () => {
    const throttle = new Throttle({ maxConcurrent: 4 });
    throttle.backOff(80);
    const before = Date.now();
    const startedAt = await Promise.all([1, 2].map(() => throttle.schedule(async () => Date.now())));
    for (const at of startedAt) expect(at - before).toBeGreaterThanOrEqual(75);
    expect(throttle.throttled).toBe(1);
  });

  it('passes a task’s failure to its caller and goes on with the next', async () => {
    const throttle = new Throttle({ maxConcurrent: 1 });
    const failing = throttle.schedule(async () => {
      throw new Error('Graph said no');
    });
    const next = throttle.schedule(async () => 'next');
    await expect(failing).rejects.toThrow('Graph said no');
    await expect(next).resolves.toBe('next');
  });
});
