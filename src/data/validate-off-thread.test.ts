import { describe, expect, it } from 'vitest';
import {
  datasetValidation,
  requestFor,
  expectedChars,
  whenLarge,
  WORKER_THRESHOLD_CHARS,
} from './validate-off-thread';

const headers = (h: Record<string, string>) => new Headers(h);

describe('expectedChars', () => {
  it('reads the length of a plain body', () => {
    expect(expectedChars(headers({ 'content-length': '5654566' }))).toBe(5654566);
  });

  it('scales the length of a compressed body, which unpacks to several times its size', () => {
    const n = expectedChars(headers({ 'content-length': '300000', 'content-encoding': 'gzip' }));
    expect(n).toBeGreaterThanOrEqual(WORKER_THRESHOLD_CHARS);
    expect(expectedChars(headers({ 'content-length': '10', 'content-encoding': 'identity' }))).toBe(
      10,
    );
  });

  it('is 0 when the headers do not say (a streamed body) or say nonsense', () => {
    expect(expectedChars(headers({}))).toBe(0);
    expect(expectedChars(headers({ 'content-length': 'lots' }))).toBe(0);
  });
});

/** A body that arrives in `chunks` pieces of `size` bytes, announcing no length. */
function streamed(chunks: number, size: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) controller.close();
      else {
        sent += 1;
        controller.enqueue(new Uint8Array(size).fill(32));
      }
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

describe('whenLarge', () => {
  it('answers at once from a length that is announced', () => {
    let large = 0;
    whenLarge(new Response('{}', { headers: { 'content-length': '2000' } }), 1000, () => large++);
    expect(large).toBe(1);
    whenLarge(new Response('{}', { headers: { 'content-length': '2' } }), 1000, () => large++);
    expect(large).toBe(1);
  });

  it('counts a streamed body until it passes the threshold, leaving the body to be read', async () => {
    let large = 0;
    const response = streamed(10, 300);
    whenLarge(response, 1000, () => large++);
    const text = await response.text();
    expect(text).toHaveLength(3000);
    await new Promise((r) => setTimeout(r, 0));
    expect(large).toBe(1);
  });

  it('never calls for a small streamed body', async () => {
    let large = 0;
    const response = streamed(2, 300);
    whenLarge(response, 1000, () => large++);
    await response.text();
    await new Promise((r) => setTimeout(r, 0));
    expect(large).toBe(0);
  });
});

describe('datasetValidation', () => {
  it('validates on the page where there are no workers, whatever the file announced', async () => {
    const validation = datasetValidation();
    validation.sawResponse(
      new Response('{', { headers: { 'content-length': String(WORKER_THRESHOLD_CHARS * 2) } }),
    );
    const result = await validation.validate({ 'dataset.json': '{' });
    validation.dispose();
    expect(result.ok).toBe(false);
  });
});

describe('requestFor: the bytes the first script sent, or the app’s own texts', () => {
  const texts = { 'events.json': '{"events":[]}' };
  /** A worker the first script started, as public/early-fetch.js leaves it. */
  function early(sent: boolean) {
    const worker = { terminated: false, terminate: () => (worker.terminated = true) };
    return {
      worker: worker as unknown as Worker & { terminated: boolean },
      failed: false,
      handoff: Promise.resolve(sent),
      sent,
      closed: false,
    };
  }

  it('asks for what the sent bytes gave when the texts are the same responses', async () => {
    const started = early(true);
    const [same, request] = await requestFor(started, texts, true);
    expect(request).toEqual({ type: 'take' });
    expect(same).toBe(started);
    expect(started.worker.terminated).toBe(false);
  });

  it('sends the texts, and closes the hand-over, when the bytes never went', async () => {
    const started = early(false);
    const [same, request] = await requestFor(started, texts, true);
    expect(request).toEqual({ texts });
    expect(same).toBe(started);
    expect(started.closed).toBe(true);
  });

  it('replaces a worker checking other bytes than the texts (a retried request)', async () => {
    const started = early(true);
    const spawned: string[] = [];
    const NativeWorker = globalThis.Worker;
    globalThis.Worker = class {
      constructor(url: URL) {
        spawned.push(url.pathname);
      }
      terminate() {}
    } as unknown as typeof Worker;
    try {
      const [other, request] = await requestFor(started, texts, false);
      expect(request).toEqual({ texts });
      expect(other).not.toBe(started);
      expect(started.worker.terminated).toBe(true);
      expect(spawned).toEqual([expect.stringMatching(/validate-worker\.ts$/)]);
    } finally {
      globalThis.Worker = NativeWorker;
    }
  });

  it('sends the texts to a worker the app started itself', async () => {
    const worker = {} as Worker;
    const [same, request] = await requestFor({ worker, failed: false }, texts, true);
    expect(same.worker).toBe(worker);
    expect(request).toEqual({ texts });
  });
});
