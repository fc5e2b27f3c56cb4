/**
 * Vite loads vite.config.ts and everything it imports outside the app's bundler; an import
 * without a file extension there makes every `npm start`, build and test print a screen of
 * config-loader warnings. This walks that import graph and names any such import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
// Value imports and re-exports with a relative specifier; `import type` is erased and skipped.
const IMPORT = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm;

function walk(file: string, seen: Set<string>, bad: string[]): void {
  if (seen.has(file)) return;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    if (spec === undefined) continue;
    const target = resolve(dirname(file), spec);
    if (!/\.[cm]?[jt]s$/.test(spec) || !existsSync(target)) {
      bad.push(`${file.slice(root.length + 1)}: '${spec}'`);
      continue;
    }
    walk(target, seen, bad);
  }
}

describe('the modules vite.config.ts loads', () => {
  it('import each other with explicit file extensions', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    walk(resolve(root, 'vite.config.ts'), seen, bad);
    expect(bad).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });
});
