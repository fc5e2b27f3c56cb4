/**
 * Resolves when the browser has a quiet moment (at the latest after `timeoutMs`), for work that
 * must not compete with the first paint: registering the offline worker, say. Browsers without
 * `requestIdleCallback` wait for the next task after the load event instead.
 */
export function whenIdle(timeoutMs = 4000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    } else if (document.readyState === 'complete') {
      setTimeout(resolve, 0);
    } else {
      window.addEventListener('load', () => setTimeout(resolve, 0), { once: true });
    }
  });
}
