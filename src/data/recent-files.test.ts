import { describe, expect, it } from 'vitest';
import { fileKey } from './file-key';
import { recentOrder, type RecentFile } from './recent-files';

const file = (key: string, openedAt: string): RecentFile => ({
  key,
  name: `${key}.json`,
  format: 'timelinejs-json',
  title: key,
  events: 1,
  size: 10,
  openedAt,
  importedOn: '2026-11-23',
});

describe('recentOrder', () => {
  it('lists the most recently opened first and forgets the oldest past the limit', () => {
    const files = [
      file('b', '2026-11-23T10:00:00Z'),
      file('c', '2026-11-23T12:00:00Z'),
      file('a', '2026-11-22T09:00:00Z'),
    ];
    const { keep, drop } = recentOrder(files, 2);
    expect(keep.map((f) => f.key)).toEqual(['c', 'b']);
    expect(drop.map((f) => f.key)).toEqual(['a']);
  });
});

describe('fileKey', () => {
  it('is a link-safe id that depends on the content only', () => {
    const key = fileKey('{"events": []}');
    expect(key).toMatch(/^f-[0-9a-f]{28}$/);
    expect(fileKey('{"events": []}')).toBe(key);
    expect(fileKey('{"events": [] }')).not.toBe(key);
    expect(fileKey('')).toMatch(/^f-[0-9a-f]{28}$/);
  });
});
