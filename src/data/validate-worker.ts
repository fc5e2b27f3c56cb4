/**
 * The validation worker: parses and validates a large dataset off the main thread, so the page
 * stays responsive and can show progress. One dataset per worker; the page terminates it after.
 *
 * Two ways in (ValidateRequest): the page's texts, answered as soon as they are checked; or the
 * bytes of the files as they arrived, sent by the page's first script before the app's code has
 * run (public/early-fetch.js). Nobody listens yet then, so the answer is kept until the app asks
 * for it (`take`), with the last progress before it, so the loading screen shows where it is.
 */
// Jitless zod and its English messages, before anything parses (see zod-config.ts).
import '../domain/zod-config';
import type { DatasetTexts } from '../domain/validate';
import { validateInSteps } from './validate-steps';
import type { ValidateRequest, WorkerReply } from './validate-off-thread';
import { encodeResult } from './validation-transfer';
import { textsFromBytes } from './validate-bytes';

const post = (reply: WorkerReply) => self.postMessage(reply);

function validate(texts: DatasetTexts, send: (reply: WorkerReply) => void): void {
  try {
    const result = validateInSteps(texts, (progress) => send({ type: 'progress', progress }));
    send({ type: 'result', result: encodeResult(result) });
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

/** The answer to bytes sent early, kept for `take`: the last progress, then the result. */
let kept: WorkerReply[] | null = null;

self.onmessage = (e: MessageEvent<ValidateRequest>) => {
  const request = e.data;
  if ('texts' in request) {
    validate(request.texts, post);
  } else if (request.type === 'bytes') {
    let progress: WorkerReply | null = null;
    kept = [];
    const keep = kept;
    validate(textsFromBytes(request.files), (reply) => {
      // Progress goes out at once too, for an app that is already listening.
      if (reply.type === 'progress') {
        progress = reply;
        post(reply);
      } else keep.push(...(progress ? [progress] : []), reply);
    });
  } else if (request.type === 'take') {
    // Messages come in order, so the bytes before it have been checked by now.
    for (const reply of kept ?? [{ type: 'error', message: 'no data was sent' } as const])
      post(reply);
    kept = null;
  }
};
