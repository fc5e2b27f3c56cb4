/**
 * Writes the view's query to the browser history, with new entries written after the frame that
 * shows the change. `history.pushState` costs several milliseconds at once (the browser records
 * the entry synchronously), which a click on a filter would otherwise spend before the count and
 * the chart can answer it; nobody reads the address bar in that frame.
 *
 * Order is what matters: every entry is still written, one per push, in the order they came,
 * and a replacement of the current entry never overtakes a push still waiting. Pure apart from
 * the injected history and scheduler, so it is unit-tested with fakes.
 */

export interface HistoryPort {
  /** The current entry's query, without "?". */
  current(): string;
  push(search: string): void;
  replace(search: string): void;
}

/** Runs `fn` once the page has painted and is idle; returns a function that cancels it. */
export type Later = (fn: () => void) => () => void;

const nothing = () => undefined;

export class HistoryWriter {
  private queued: { search: () => string; cancel: () => void } | null = null;

  constructor(
    private readonly port: HistoryPort,
    private readonly later: Later,
  ) {}

  /** True while a new entry waits to be written. */
  get pending(): boolean {
    return this.queued !== null;
  }

  /**
   * A new entry, written later. `search` is read when it is written (serialising the view is
   * part of what is deferred); it must describe the view at the time of the push.
   */
  push(search: () => string): void {
    // An earlier entry still waiting goes first: each push keeps its own entry.
    this.flush();
    const queued: { search: () => string; cancel: () => void } = { search, cancel: nothing };
    this.queued = queued;
    queued.cancel = this.later(() => {
      if (this.queued === queued) this.flush();
    });
  }

  /** Writes the waiting entry now, if any. */
  flush(): void {
    const queued = this.queued;
    if (!queued) return;
    this.queued = null;
    queued.cancel();
    this.port.push(queued.search());
  }

  /** Rewrites the current entry (after any entry still waiting), unless it already reads so. */
  replace(search: string): void {
    this.flush();
    if (search !== this.port.current()) this.port.replace(search);
  }

  /**
   * Forgets the waiting entry without writing it: the reader moved through history (Back,
   * Forward) before it was written, and it would land after the entry they went to.
   */
  drop(): void {
    this.queued?.cancel();
    this.queued = null;
  }
}

/** After the next paint, when the main thread is idle (at most a second later). */
export const afterPaintIdle: Later = (fn) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  // Without idle callbacks (Safari): after the next frame and a short pause.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 50)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};
