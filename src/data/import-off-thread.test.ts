import { describe, expect, it } from 'vitest';
import { importText, type ImportProgress } from '../formats/import-record';
import { makeTimelineJson, TIMELINE_SHEET } from '../formats/test-fixtures';
import { fileKey } from './file-key';
import { importOffThread } from './import-off-thread';
import { withoutBundle } from './import-protocol';

const json = JSON.stringify(makeTimelineJson());
const options = { name: 'council.json', today: '2026-01-05' };

describe('importOffThread (where there are no workers, on the page)', () => {
  it('gives importText’s result and the file’s key', async () => {
    const imported = await importOffThread(json, options);
    expect(imported.result).toEqual(withoutBundle(importText(json, options)));
    expect(imported.result).not.toHaveProperty('bundle');
    expect(imported.key).toBe(fileKey(json));
  });

  it('reports converting, then checking with the number of events', async () => {
    const steps: ImportProgress[] = [];
    await importOffThread(TIMELINE_SHEET, { ...options, onProgress: (p) => steps.push(p) });
    expect(steps).toEqual([
      { phase: 'convert', format: 'timelinejs-csv' },
      { phase: 'check', events: 5 },
    ]);
  });

  it('does not start once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importOffThread(json, options, { signal: controller.signal })).rejects.toThrow();
  });
});
