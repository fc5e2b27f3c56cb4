/**
 * `npm run validate -- --strict` end to end, as an author runs it on a folder: exit codes, the
 * finding lines and the per-rule counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDatasetFiles, type DatasetFiles } from '../src/domain/test-fixtures';
import { strictReport } from './strict-lint';
import { validateDatasetValues } from '../src/domain/validate';

const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'stanceline-strict-'));

function folderOf(name: string, mutate: (f: DatasetFiles) => void = () => undefined): string {
  const files = makeDatasetFiles();
  files['dataset.json'].id = name;
  mutate(files);
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, value] of Object.entries(files)) {
    writeFileSync(join(folder, file), JSON.stringify(value));
  }
  return folder;
}

function validate(...args: string[]) {
  const r = spawnSync(tsx, [join(root, 'scripts', 'validate.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate -- --strict', () => {
  it('passes a clean folder and says it was strict', () => {
    const run = validate('--strict', folderOf('clean'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ok: .*clean \(strict\)$/m);
  }, 30_000);

  it('fails on a lint error, naming the rule, the place and the count', () => {
    const folder = folderOf('uncited', (f) => {
      (f['events.json'].events[0]!.summary as Array<{ cite: string[] }>)[0]!.cite = [];
    });
    const plain = validate(folder);
    expect(plain.code).toBe(0);
    const run = validate(folder, '--strict');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /error \[uncited-sentence\] .*uncited\/events\.json › us-draft-vetoed › events\[0\]\.summary\[0\]\.cite: summary sentence 1 cites no source/,
    );
    expect(run.err).toMatch(/error\s+uncited-sentence\s+1/);
    expect(run.err).toContain('strict lint: 1 error');
  }, 30_000);

  it('passes with warnings only, and prints them', () => {
    const folder = folderOf('undated', (f) => {
      delete (f['events.json'].events[0]!.sources[0] as { date?: string }).date;
    });
    const run = validate('--strict', folder);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/warning \[undated-source\] .*source "un" has no date/);
    expect(run.out).toMatch(/ok: .*undated \(strict\)/);
  }, 30_000);
});

/** The fixture with every source undated (warnings) and every sentence uncited (errors). */
function undatedUncited() {
  const files = makeDatasetFiles();
  for (const e of files['events.json'].events) {
    for (const s of e.sources as Array<{ date?: string }>) delete s.date;
    for (const s of e.summary as Array<{ cite: string[] }>) s.cite = [];
  }
  const result = validateDatasetValues(files);
  if (!result.ok) throw new Error('invalid');
  return result.dataset;
}

describe('strictReport', () => {
  it('lists errors before warnings, caps the lines and counts every rule', () => {
    const dataset = undatedUncited();
    const report = strictReport('data/x', dataset, 2);
    expect(report.errors).toBe(3);
    expect(report.warnings).toBe(3);
    expect(report.lines[0]).toMatch(/^error \[uncited-sentence\] data\/x\/events\.json/);
    expect(report.lines[2]).toBe('… and 4 more (--all lists every one)');
    expect(report.lines).toContain('strict lint of data/x: 3 error(s), 3 warning(s)');
  });

  it('quiet: lists the errors and counts the warnings in one line', () => {
    const dataset = undatedUncited();
    const report = strictReport('data/x', dataset, 20, true);
    expect(report.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(report.lines.filter((l) => l.startsWith('error'))).toHaveLength(3);
    expect(report.lines.at(-1)).toBe(
      'strict lint of data/x: 3 error(s), 3 warning(s) (npm run validate -- --strict lists them)',
    );
  });
});
