import { describe, expect, it } from 'vitest';
import { isDataUrl } from './offline-protocol';

describe('isDataUrl', () => {
  const root = new URL('https://example.org/');
  const sub = new URL('https://example.org/tools/stanceline/');

  it('accepts JSON files under the data folder of the scope, at the root or under a sub-path', () => {
    expect(isDataUrl(new URL('https://example.org/data/us/events.json'), root)).toBe(true);
    expect(isDataUrl(new URL('https://example.org/tools/stanceline/data/datasets.json'), sub)).toBe(
      true,
    );
  });

  it('refuses other hosts (?src= files), other folders and other file types', () => {
    expect(isDataUrl(new URL('https://files.example.net/data/x.json'), root)).toBe(false);
    expect(isDataUrl(new URL('https://example.org/data/us/events.json'), sub)).toBe(false);
    expect(isDataUrl(new URL('https://example.org/mine.json'), root)).toBe(false);
    expect(isDataUrl(new URL('https://example.org/data/readme.html'), root)).toBe(false);
  });
});
