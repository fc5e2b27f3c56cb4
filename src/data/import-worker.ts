/**
 * The import worker: detects, converts and validates one large file off the main thread, with
 * the same `importText` as the page. One request per worker; the page terminates it after.
 */
// Jitless zod and its English messages, before anything parses (see zod-config.ts).
import '../domain/zod-config';
import { importText } from '../formats/import-record';
import { fileKey } from './file-key';
import { withoutBundle, type ImportRequest, type ImportWorkerReply } from './import-protocol';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const post = (reply: ImportWorkerReply) => self.postMessage(reply);
  try {
    const { text, options } = e.data;
    const result = importText(text, {
      ...options,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'result', imported: { result: withoutBundle(result), key: fileKey(text) } });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
