import { describe, expect, it } from 'vitest';
import { requestWorker, type WorkerReplyOf } from './worker-request';

type Reply = WorkerReplyOf<number, { value: string }>;

/** A stand-in for a Worker: records what it was sent and whether it was terminated. */
function fakeWorker() {
  const fake = {
    sent: [] as unknown[],
    terminated: false,
    onmessage: null as ((e: MessageEvent<Reply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(message: unknown) {
      fake.sent.push(message);
    },
    terminate() {
      fake.terminated = true;
    },
    reply(data: Reply) {
      fake.onmessage?.({ data } as MessageEvent<Reply>);
    },
    fail() {
      fake.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
    },
  };
  return fake;
}

const options = {
  result: (reply: { value: string }) => reply.value.toUpperCase(),
  errorMessage: (message: string) => `failed: ${message}`,
  fallback: () => 'on the page',
};

describe('requestWorker', () => {
  it('sends the request, reports progress and settles with the result', async () => {
    const fake = fakeWorker();
    const progress: number[] = [];
    const settled = requestWorker(
      fake as unknown as Worker,
      { ask: 1 },
      {
        ...options,
        onProgress: (p: number) => progress.push(p),
      },
    );
    fake.reply({ type: 'progress', progress: 1 });
    fake.reply({ type: 'progress', progress: 2 });
    expect(fake.terminated).toBe(false);
    fake.reply({ type: 'result', value: 'done' });
    await expect(settled).resolves.toBe('DONE');
    expect(progress).toEqual([1, 2]);
    expect(fake.sent).toEqual([{ ask: 1 }]);
    expect(fake.terminated).toBe(true);
  });

  it('rejects with the worker’s error in its own words', async () => {
    const fake = fakeWorker();
    const settled = requestWorker(fake as unknown as Worker, {}, options);
    fake.reply({ type: 'error', message: 'out of memory' });
    await expect(settled).rejects.toThrow('failed: out of memory');
    expect(fake.terminated).toBe(true);
  });

  it('falls back to the page when the worker cannot start', async () => {
    const fake = fakeWorker();
    const settled = requestWorker(fake as unknown as Worker, {}, options);
    fake.fail();
    await expect(settled).resolves.toBe('on the page');
    expect(fake.terminated).toBe(true);
  });

  it('rejects on cancel, before or after it starts, and ends the worker', async () => {
    const before = new AbortController();
    before.abort();
    const early = fakeWorker();
    await expect(
      requestWorker(early as unknown as Worker, {}, { ...options, signal: before.signal }),
    ).rejects.toThrow();
    expect(early.sent).toEqual([]);
    expect(early.terminated).toBe(true);

    const later = new AbortController();
    const fake = fakeWorker();
    const settled = requestWorker(
      fake as unknown as Worker,
      {},
      { ...options, signal: later.signal },
    );
    later.abort();
    await expect(settled).rejects.toThrow();
    expect(fake.terminated).toBe(true);
  });
});
