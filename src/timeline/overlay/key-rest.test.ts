import { describe, expect, it } from 'vitest';
import { createKeyRest } from './key-rest';

/** A clock the test moves by hand, with timers that fire as it passes them. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (id: number) => {
      timers.delete(id);
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}

describe('createKeyRest', () => {
  it('runs at once when no key has been pressed', () => {
    const rest = createKeyRest(100, fakeClock());
    let ran = 0;
    rest.afterRest(() => (ran += 1));
    expect(ran).toBe(1);
    expect(rest.busy()).toBe(false);
  });

  it('waits for the pause after the last of quick presses, and runs once', () => {
    const clock = fakeClock();
    const rest = createKeyRest(100, clock);
    let ranAt: number | null = null;
    let runs = 0;
    rest.note();
    rest.afterRest(() => {
      ranAt = clock.now();
      runs += 1;
    });
    // A key held down: a press every 30 ms, ten times.
    for (let i = 0; i < 10; i++) {
      clock.advance(30);
      expect(ranAt).toBeNull();
      rest.note();
      expect(rest.busy()).toBe(true);
    }
    clock.advance(99);
    expect(ranAt).toBeNull();
    clock.advance(1);
    expect(ranAt).toBe(400);
    expect(runs).toBe(1);
    expect(rest.busy()).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('a cancelled call never runs', () => {
    const clock = fakeClock();
    const rest = createKeyRest(100, clock);
    let ran = false;
    rest.note();
    const cancel = rest.afterRest(() => (ran = true));
    clock.advance(50);
    cancel();
    clock.advance(500);
    expect(ran).toBe(false);
    expect(clock.pending()).toBe(0);
  });
});
