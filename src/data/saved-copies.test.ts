import { describe, expect, it } from 'vitest';
import { savedCopyDate } from './saved-copies';

describe('savedCopyDate', () => {
  const folder = 'https://example.org/data/us/';

  it('is the oldest save time among the folder’s files served from the cache', () => {
    const files = new Map<string, string | null>([
      [`${folder}dataset.json`, '2024-12-02T10:00:00.000Z'],
      [`${folder}events.json`, '2024-12-01T09:00:00.000Z'],
      [`${folder}actors.json`, null],
      ['https://example.org/data/other/events.json', '2020-01-01T00:00:00.000Z'],
    ]);
    expect(savedCopyDate(files, folder)).toBe('2024-12-01T09:00:00.000Z');
  });

  it('is undefined when every file came from the network', () => {
    const files = new Map<string, string | null>([[`${folder}events.json`, null]]);
    expect(savedCopyDate(files, folder)).toBeUndefined();
    expect(savedCopyDate(new Map(), folder)).toBeUndefined();
  });
});
