import { encode } from '@jridgewell/sourcemap-codec';
import { describe, expect, it } from 'vitest';
import { bytesPerSource, moduleName, NO_SOURCE, shareOut } from './first-load-modules';

describe('bytesPerSource', () => {
  it('charges each generated character to the segment it falls under', () => {
    // Line 0: "ab" from a.ts, "cde" from b.ts; line 1: two characters before any segment, then
    // "fg" from a.ts, then "h" under a segment that names no source.
    const code = 'abcde\nxxfgh';
    const mappings = encode([
      [
        [0, 0, 0, 0],
        [2, 1, 0, 0],
      ],
      [[2, 0, 3, 0], [4]],
    ]);
    const sizes = bytesPerSource(code, { sources: ['a.ts', 'b.ts'], mappings });
    expect(Object.fromEntries(sizes)).toEqual({ 'a.ts': 4, 'b.ts': 3, [NO_SOURCE]: 3 });
  });

  it('counts a line without mappings as no source', () => {
    const sizes = bytesPerSource('abc\n', { sources: [], mappings: '' });
    expect(Object.fromEntries(sizes)).toEqual({ [NO_SOURCE]: 3 });
  });
});

describe('moduleName', () => {
  it('names packages by their name and the app’s files by their path', () => {
    expect(moduleName('../../node_modules/react-dom/cjs/react-dom.production.js')).toBe(
      'react-dom',
    );
    expect(moduleName('../../node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '@tanstack/query-core',
    );
    expect(moduleName('../../src/app/app.tsx')).toBe('src/app/app.tsx');
    expect(moduleName('\0vite/preload-helper.js')).toBe('\0vite/preload-helper.js');
  });
});

describe('shareOut', () => {
  it('shares the gzip size out in proportion to bytes, by group, largest first', () => {
    const sizes = new Map([
      ['../node_modules/d3-time/a.js', 100],
      ['../node_modules/d3-time/b.js', 100],
      ['../src/x.ts', 600],
    ]);
    const shares = shareOut(sizes, 8, moduleName);
    expect(shares).toEqual([
      { name: 'src/x.ts', bytes: 600, gzip: 6 },
      { name: 'd3-time', bytes: 200, gzip: 2 },
    ]);
  });
});
