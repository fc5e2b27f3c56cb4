import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../domain/validate';
import { EARLY_RESPONSES, EARLY_WORKER, takeEarlyWorker } from './early-responses';
import { EARLY_WORKER_META, earlyWorkerTag } from '../../scripts/early-worker-plugin';

// The page's first script is plain JavaScript served as is; these tie it to the app's names.
const script = readFileSync(new URL('../../public/early-fetch.js', import.meta.url), 'utf8');

describe('public/early-fetch.js', () => {
  it('leaves its responses where the fetch path looks for them', () => {
    expect(script).toContain(`'${EARLY_RESPONSES}'`);
  });

  it('requests the files a dataset folder holds', () => {
    expect(script).toContain(`[${DATASET_FILES.map((f) => `'${f}'`).join(', ')}]`);
  });

  it('starts the worker the build names, where the app takes it', () => {
    expect(script).toContain(`'${EARLY_WORKER}'`);
    expect(script).toContain(`meta[name="${EARLY_WORKER_META}"]`);
    const tag = earlyWorkerTag('assets/validate-worker-abc.js', ['big-one', 'big-two']);
    expect(tag).toContain('content="./assets/validate-worker-abc.js"');
    // The names early-fetch.js reads through `dataset`.
    expect(tag).toContain('data-min-chars="1000000"');
    expect(script).toContain('meta.dataset.minChars');
    expect(tag).toContain('data-compressed-ratio="5"');
    expect(script).toContain('meta.dataset.compressedRatio');
    expect(tag).toContain('data-large="big-one big-two"');
    expect(script).toContain('meta.dataset.large');
  });
});

describe('takeEarlyWorker', () => {
  const global = globalThis as Record<string, unknown>;

  it('hands the early worker over once, and leaves word that it was taken', () => {
    const early = { worker: {} as Worker, failed: false };
    global[EARLY_WORKER] = early;
    expect(takeEarlyWorker()).toBe(early);
    expect(takeEarlyWorker()).toBeUndefined();
    // null, not undefined: the first script starts no worker once the app has its own.
    expect(global[EARLY_WORKER]).toBeNull();
    global[EARLY_WORKER] = undefined;
  });
});
