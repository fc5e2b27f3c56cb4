/**
 * Validates a dataset's texts in a Web Worker when they are large, so parsing and checking
 * 100,000 events never blocks the page; small datasets are validated on the page, where a
 * worker's start-up (loading its own copy of the validator) would cost more than it saves.
 * Fetching stays on the page, in the app's one fetch path (timeouts, error kinds, the service
 * worker, test routes); only text crosses to the worker.
 *
 * A worker takes a while to start (its code is fetched, compiled and run, zod included), so a
 * load starts it as soon as a file turns out to be large — from its headers, or, for a
 * compressed or streamed body that does not announce its size, once that many characters have
 * arrived — and it gets ready while the rest downloads (`DatasetValidation.sawResponse`). In
 * the build, the page's first script starts it even earlier, from the headers of a linked
 * dataset's events.json, while the app's code downloads (public/early-fetch.js).
 */
import type { DatasetTexts, ValidationResult } from '../domain/validate';
import type { ValidationProgress } from './validate-steps';
import { decodeResult, type EncodedResult } from './validation-transfer';
import { requestWorker, type WorkerReplyOf } from './worker-request';
import { takeEarlyWorker, type EarlyWorker } from './early-responses';
import type { DatasetBytes } from './validate-bytes';
import { COMPRESSED_RATIO, WORKER_THRESHOLD_CHARS } from './worker-threshold';

export { WORKER_THRESHOLD_CHARS };

/**
 * Validation on the page (small datasets, or where there are no workers) loads the validator
 * when it is needed: the page's first view carries no schema (src/data/checked-data.ts).
 */
async function validateHere(
  texts: DatasetTexts,
  onProgress?: (p: ValidationProgress) => void,
): Promise<ValidationResult> {
  const { validateInSteps } = await import('./validate-steps');
  return validateInSteps(texts, onProgress);
}

/** The result comes as one JSON string (validation-transfer.ts), not as objects to clone. */
export type WorkerReply = WorkerReplyOf<ValidationProgress, { result: EncodedResult }>;

/**
 * What the worker is asked (validate-worker.ts): the page's texts; or the files' bytes, sent by
 * the page's first script (public/early-fetch.js), and later `take`, the app asking for what
 * those gave.
 */
export type ValidateRequest =
  { texts: DatasetTexts } | { type: 'bytes'; files: DatasetBytes } | { type: 'take' };

export interface ValidateOptions {
  signal?: AbortSignal | undefined;
  onProgress?: (p: ValidationProgress) => void;
  /**
   * True when every text was read from the response the page's first script started
   * (public/early-fetch.js): the worker it started may then have checked these very bytes.
   */
  early?: boolean;
}

function size(texts: DatasetTexts): number {
  return Object.values(texts).reduce((n, t) => n + (t?.length ?? 0), 0);
}

/**
 * The characters a response's body will have at least, from its headers (`Content-Length`,
 * scaled when the body is compressed); 0 when the headers do not say.
 */
export function expectedChars(headers: Pick<Headers, 'get'>): number {
  const length = Number(headers.get('content-length') ?? '');
  if (!Number.isFinite(length) || length <= 0) return 0;
  const encoding = headers.get('content-encoding');
  return encoding && encoding !== 'identity' ? length * COMPRESSED_RATIO : length;
}

/**
 * A started worker, and whether it already failed to start (before anyone listened); one the
 * first script started may also have been sent the files' bytes (EarlyWorker).
 */
type Started = EarlyWorker;

function spawn(): Started {
  return takeEarlyWorker() ?? spawnOwn();
}

function spawnOwn(): Started {
  const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
    type: 'module',
    name: 'validate-dataset',
  });
  const started: Started = { worker, failed: false };
  // Until `validateIn` takes over: a worker started early may fail while the files download.
  worker.onerror = (e) => {
    e.preventDefault();
    started.failed = true;
  };
  return started;
}

/**
 * Calls `onLarge` once `threshold` bytes of the response's body have arrived (at once when its
 * headers announce that many characters). Reads a copy of the body, so the response itself is
 * left to be read; stops reading as soon as it knows.
 */
export function whenLarge(response: Response, threshold: number, onLarge: () => void): void {
  if (expectedChars(response.headers) >= threshold) {
    onLarge();
    return;
  }
  // A body that announced its size, smaller than the threshold, is small.
  if (response.headers.get('content-length') !== null && !response.headers.has('content-encoding'))
    return;
  const reader = response.clone().body?.getReader();
  if (!reader) return;
  let bytes = 0;
  const read = (): Promise<void> =>
    reader.read().then(({ done, value }) => {
      if (done) return;
      bytes += value.byteLength;
      if (bytes < threshold) return read();
      onLarge();
      return reader.cancel();
    });
  read().catch(() => undefined); // the response's own reading reports any failure
}

/**
 * One dataset load's validation. `sawResponse` for each file's response starts the worker early
 * when the file turns out to be large; `validate` uses that worker, or starts one, or checks on
 * the page when the texts are small; `dispose` ends a worker that was started and not used.
 */
export interface DatasetValidation {
  sawResponse(response: Response): void;
  validate(texts: DatasetTexts, options?: ValidateOptions): Promise<ValidationResult>;
  dispose(): void;
}

export function datasetValidation(): DatasetValidation {
  let early: Started | null = null;
  let used = false;
  let disposed = false;
  const canSpawn = typeof Worker !== 'undefined';
  return {
    sawResponse(response) {
      if (!canSpawn || disposed) return;
      whenLarge(response, WORKER_THRESHOLD_CHARS, () => {
        if (early === null && !used && !disposed) early = spawn();
      });
    },
    validate(texts, options = {}) {
      const worker = early;
      early = null;
      used = true;
      if (!canSpawn || size(texts) < WORKER_THRESHOLD_CHARS) {
        worker?.worker.terminate();
        return validateHere(texts, options.onProgress);
      }
      return validateIn(worker ?? spawn(), texts, options);
    },
    dispose() {
      disposed = true;
      early?.worker.terminate();
      early = null;
      // One the first script started for a dataset that turned out not to need it.
      takeEarlyWorker()?.worker.terminate();
    },
  };
}

export function validateOffThread(
  texts: DatasetTexts,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  return datasetValidation().validate(texts, options);
}

/**
 * What to ask the worker: for what it found in the bytes the first script sent it, when these
 * texts are the same responses' (then it has been checking them since they arrived), or to check
 * these texts. A worker that was sent other bytes (the app's texts came from a retry) is replaced.
 */
export async function requestFor(
  started: Started,
  texts: DatasetTexts,
  early: boolean,
): Promise<[Started, ValidateRequest]> {
  if (started.handoff) {
    if (early && (await started.handoff)) return [started, { type: 'take' }];
    // Closed before the bytes are sent, the hand-over never sends them.
    started.closed = true;
    if (started.sent) {
      started.worker.terminate();
      return [spawnOwn(), { texts }];
    }
  }
  return [started, { texts }];
}

async function validateIn(
  spawned: Started,
  texts: DatasetTexts,
  { signal, onProgress, early = false }: ValidateOptions,
): Promise<ValidationResult> {
  const [{ worker, failed }, request] = await requestFor(spawned, texts, early);
  if (failed) {
    worker.terminate();
    return validateHere(texts, onProgress);
  }
  return requestWorker(worker, request, {
    signal,
    onProgress,
    result: (reply: { result: EncodedResult }) => decodeResult(reply.result),
    errorMessage: (message) => `Validating the dataset failed: ${message}`,
    // A worker that cannot start must not leave the page loading forever: validate here instead.
    fallback: () => validateHere(texts, onProgress),
  });
}
