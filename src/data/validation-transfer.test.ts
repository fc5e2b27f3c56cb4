import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, validateDatasetTexts, type DatasetTexts } from '../domain/validate';
import { generateStressDataset } from '../../scripts/stress-data';
import { decodeResult, encodeResult } from './validation-transfer';

function folder(id: string): DatasetTexts {
  return Object.fromEntries(
    DATASET_FILES.map((f) => [
      f,
      readFileSync(new URL(`../../data/${id}/${f}`, import.meta.url), 'utf8'),
    ]),
  );
}

describe('encodeResult / decodeResult', () => {
  it('gives the page the dataset the worker validated, lookups included (the flagship)', () => {
    const result = validateDatasetTexts(folder('us-stance-gaza'));
    expect(result.ok).toBe(true);
    const back = decodeResult(encodeResult(result));
    expect(back).toStrictEqual(result);
    if (!back.ok) return;
    // The lookups point at the decoded events, not at copies of them.
    const first = back.dataset.events[0]!;
    expect(back.dataset.eventById.get(first.id)).toBe(first);
  });

  it('loses nothing of a generated record, whose events use every optional part', () => {
    const data = generateStressDataset({ events: 500, seed: 7, id: 'transfer' });
    const result = validateDatasetTexts({
      'dataset.json': JSON.stringify(data.meta),
      'actors.json': JSON.stringify(data.actors),
      'events.json': JSON.stringify({ events: data.events }),
    });
    expect(result.ok).toBe(true);
    expect(decodeResult(encodeResult(result))).toStrictEqual(result);
  });

  it('passes problems through as they are', () => {
    const result = validateDatasetTexts({ 'dataset.json': '{' });
    expect(result.ok).toBe(false);
    expect(decodeResult(encodeResult(result))).toStrictEqual(result);
  });
});
