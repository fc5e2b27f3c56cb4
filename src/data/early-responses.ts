/**
 * Responses the page started fetching before the app's code ran (public/early-fetch.js), by
 * URL, for the app's fetch path to take once each, and the validation worker it may have started. Shared through a global because the two are
 * separate scripts; no DOM access, so the fetch path can still run in a worker (where there are
 * none).
 */
export const EARLY_RESPONSES = '__stancelineEarlyResponses';

export type EarlyResponses = Map<string, Promise<Response>>;

/** The response already on its way for `url`, once: later attempts (retries) fetch anew. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const early = (globalThis as { [EARLY_RESPONSES]?: EarlyResponses })[EARLY_RESPONSES];
  const response = early?.get(url);
  if (response) early!.delete(url);
  return response;
}

/** The validation worker the page's first script started, if it did (public/early-fetch.js). */
export const EARLY_WORKER = '__stancelineEarlyWorker';

/** A worker started early, and whether it has failed to start (it reports that only once). */
export interface EarlyWorker {
  worker: Worker;
  failed: boolean;
  /**
   * The first script sends the worker the bytes of the early responses once all three have
   * arrived: whether it did (false when one failed, or the hand-over was closed first). Absent
   * for a worker the app started.
   */
  handoff?: Promise<boolean> | null;
  /** Set once the bytes were sent: the worker is checking them. */
  sent?: boolean;
  /** Set by the app to stop the hand-over (it sends its own texts instead). */
  closed?: boolean;
}

/**
 * The worker started early, once; later loads start their own. Leaves null behind, which tells
 * the first script not to start one any more (the app may have needed its worker first).
 */
export function takeEarlyWorker(): EarlyWorker | undefined {
  const global = globalThis as { [EARLY_WORKER]?: EarlyWorker | null };
  const early = global[EARLY_WORKER] ?? undefined;
  global[EARLY_WORKER] = null;
  return early;
}
