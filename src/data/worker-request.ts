/**
 * One request to a Web Worker and its replies, as the validation and import workers both use it:
 * progress replies until a result or an error, cancellation through an AbortSignal, and a
 * fallback on the page when the worker cannot start (blocked by a policy, or failed to load), so
 * that nothing is left loading forever. The worker is terminated once the request settles.
 */

/** The protocol both workers speak: progress until one result or one error. */
export type WorkerReplyOf<P, R> =
  { type: 'progress'; progress: P } | ({ type: 'result' } & R) | { type: 'error'; message: string };

export interface WorkerRequestOptions<P, R, T> {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: P) => void) | undefined;
  /** The settled value from a result reply. */
  result: (reply: { type: 'result' } & R) => T;
  /** The message of the error a worker's own failure rejects with. */
  errorMessage: (message: string) => string;
  /** Does the work on the page when the worker cannot run. */
  fallback: () => T | Promise<T>;
}

export function requestWorker<P, R, T>(
  worker: Worker,
  message: unknown,
  { signal, onProgress, result, errorMessage, fallback }: WorkerRequestOptions<P, R, T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (e: MessageEvent<WorkerReplyOf<P, R>>) => {
      const reply = e.data;
      if (reply.type === 'progress') {
        onProgress?.(reply.progress);
        return;
      }
      done();
      if (reply.type === 'result') {
        try {
          resolve(result(reply));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      } else reject(new Error(errorMessage(reply.message)));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      done();
      Promise.resolve().then(fallback).then(resolve, reject);
    };
    worker.postMessage(message);
  });
}
