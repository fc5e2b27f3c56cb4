/**
 * The validation worker: parses and validates a large dataset off the main thread, so the page
 * stays responsive and can show progress. One request per worker; the page terminates it after.
 */
// Jitless zod and its English messages, before anything parses (see zod-config.ts).
import '../domain/zod-config';
import type { DatasetTexts } from '../domain/validate';
import { validateInSteps } from './validate-steps';
import type { WorkerReply } from './validate-off-thread';
import { encodeResult } from './validation-transfer';

self.onmessage = (e: MessageEvent<{ texts: DatasetTexts }>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    const result = validateInSteps(e.data.texts, (progress) =>
      post({ type: 'progress', progress }),
    );
    post({ type: 'result', result: encodeResult(result) });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
