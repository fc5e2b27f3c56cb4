/**
 * Whether keys are arriving in quick succession, and a call once they pause. A key held down
 * repeats every 30–50 ms; work that only brings the page up to date with where focus went (the
 * plot's render of the new focus, the labels and buttons of the rows a scroll brought into
 * view) waits for the pause, so it never runs in the way of the next press.
 */

/** ms without a key press after which the keys count as stopped. */
export const KEY_REST_MS = 120;

export interface KeyRest {
  /** A key press has just moved focus. */
  note(): void;
  /** True while the last key press is less than the rest ago. */
  busy(): boolean;
  /**
   * Calls `run` once no key has been pressed for the rest (at once when none has); returns a
   * function that cancels the call.
   */
  afterRest(run: () => void): () => void;
}

interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

export function createKeyRest(restMs = KEY_REST_MS, clock: Clock = browserClock): KeyRest {
  let last = -Infinity;
  const left = () => last + restMs - clock.now();
  return {
    note: () => {
      last = clock.now();
    },
    busy: () => left() > 0,
    afterRest: (run) => {
      let timer: number | null = null;
      // Checked again when the timer fires: a press meanwhile moves the pause further on.
      const check = () => {
        const wait = left();
        if (wait > 0) timer = clock.setTimeout(check, wait);
        else {
          timer = null;
          run();
        }
      };
      check();
      return () => {
        if (timer !== null) clock.clearTimeout(timer);
        timer = null;
      };
    },
  };
}
