/**
 * The validation worker: parses and validates a large dataset off the main thread, so the page
 * stays responsive and can show progress. One request per worker; the page terminates it after.
 */
import { z } from 'zod';
import type { DatasetTexts } from '../domain/validate';
import { validateInSteps } from './validate-steps';
import type { WorkerReply } from './validate-off-thread';

// zod compiles fast paths with `new Function` unless told not to; a strict
// Content-Security-Policy (no 'unsafe-eval') forbids that, in workers too.
z.config({ jitless: true });

self.onmessage = (e: MessageEvent<{ texts: DatasetTexts }>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    const result = validateInSteps(e.data.texts, (progress) =>
      post({ type: 'progress', progress }),
    );
    post({ type: 'result', result });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
