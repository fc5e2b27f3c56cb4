import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDatasetTexts } from '../src/domain/validate';
import { eventImagePng } from './og-images';

describe('eventImagePng', () => {
  it('rasterises an event’s picture as a 1200 × 630 PNG', () => {
    const read = (f: string) =>
      readFileSync(new URL(`../data/us-stance-gaza/${f}`, import.meta.url), 'utf8');
    const result = validateDatasetTexts({
      'dataset.json': read('dataset.json'),
      'actors.json': read('actors.json'),
      'events.json': read('events.json'),
    });
    if (!result.ok) throw new Error('the flagship dataset does not validate');
    const png = eventImagePng(result.dataset, result.dataset.events[0]!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
