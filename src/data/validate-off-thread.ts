/**
 * Validates a dataset's texts in a Web Worker when they are large, so parsing and checking
 * 100,000 events never blocks the page; small datasets are validated on the page, where a
 * worker's start-up (loading its own copy of the validator) would cost more than it saves.
 * Fetching stays on the page, in the app's one fetch path (timeouts, error kinds, the service
 * worker, test routes); only text crosses to the worker.
 */
import type { DatasetTexts, ValidationResult } from '../domain/validate';
import { validateInSteps, type ValidationProgress } from './validate-steps';

/** Above this many characters of JSON (about 1 MB) the worker pays for itself. */
export const WORKER_THRESHOLD_CHARS = 1_000_000;

export type WorkerReply =
  | { type: 'progress'; progress: ValidationProgress }
  | { type: 'result'; result: ValidationResult }
  | { type: 'error'; message: string };

export interface ValidateOptions {
  signal?: AbortSignal | undefined;
  onProgress?: (p: ValidationProgress) => void;
}

function size(texts: DatasetTexts): number {
  return Object.values(texts).reduce((n, t) => n + (t?.length ?? 0), 0);
}

export function validateOffThread(
  texts: DatasetTexts,
  { signal, onProgress }: ValidateOptions = {},
): Promise<ValidationResult> {
  if (typeof Worker === 'undefined' || size(texts) < WORKER_THRESHOLD_CHARS) {
    return Promise.resolve(validateInSteps(texts, onProgress));
  }
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
      name: 'validate-dataset',
    });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else {
        done();
        if (reply.type === 'result') resolve(reply.result);
        else reject(new Error(`Validating the dataset failed: ${reply.message}`));
      }
    };
    // A worker that cannot start (blocked by a policy, or failed to load) must not leave the
    // page loading forever: validate here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      done();
      resolve(validateInSteps(texts, onProgress));
    };
    worker.postMessage({ texts });
  });
}
