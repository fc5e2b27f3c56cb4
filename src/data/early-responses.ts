/**
 * Responses the page started fetching before the app's code ran (public/early-fetch.js), by
 * URL, for the app's fetch path to take once each. Shared through a global because the two are
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
