/**
 * The authoring commands end to end, as an author runs them: real files in a temporary folder,
 * exit codes and messages checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFromFolderValues } from '../src/formats/bundle';
import { TIMELINE_SHEET } from '../src/formats/test-fixtures';

const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(script: string, ...args: string[]) {
  return runIn(root, script, ...args);
}

function runIn(cwd: string, script: string, ...args: string[]) {
  const result = spawnSync(tsx, [join(root, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run bundle and npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stanceline-cli-'));

  it('bundles the flagship folder into a file that validates', () => {
    const out = join(dir, 'flagship.stanceline.json');
    const bundled = run('bundle.ts', 'data/us-stance-gaza', '--out', out);
    expect(bundled.code).toBe(0);
    expect(bundled.out).toMatch(/wrote .*flagship\.stanceline\.json: \d+ events/);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(bundle).slice(0, 3)).toEqual(['$schema', 'format', 'schemaVersion']);

    const checked = run('validate.ts', out);
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/^ok: /);
  }, 30_000);

  it('without --out, writes <id>.stanceline.json in the current folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stanceline-bundle-'));
    const bundled = runIn(cwd, 'bundle.ts', join(root, 'data', 'us-stance-gaza'));
    expect(bundled.err).toBe('');
    expect(bundled.code).toBe(0);
    const bundle = JSON.parse(
      readFileSync(join(cwd, 'us-stance-gaza.stanceline.json'), 'utf8'),
    ) as { format: string };
    expect(bundle.format).toBe('stanceline-bundle');
  }, 30_000);

  it('reports a broken bundle with the bundle name, the path and the message', () => {
    const out = join(dir, 'broken.stanceline.json');
    const read = (file: string) =>
      JSON.parse(readFileSync(join(root, 'data', 'us-stance-gaza', file), 'utf8')) as unknown;
    const bundle = bundleFromFolderValues({
      'dataset.json': read('dataset.json'),
      'actors.json': read('actors.json'),
      'events.json': read('events.json'),
    }) as { dataset: { updated: string } };
    bundle.dataset.updated = '2024-02-30';
    writeFileSync(out, JSON.stringify(bundle));
    const checked = run('validate.ts', out);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(
      'broken.stanceline.json › dataset.updated: "2024-02-30" is not a real calendar date',
    );
  }, 30_000);

  it('prints the first 20 problems with long values cut, and every one with --all', () => {
    const out = join(dir, 'many.stanceline.json');
    const read = (file: string) =>
      JSON.parse(readFileSync(join(root, 'data', 'us-stance-gaza', file), 'utf8')) as unknown;
    const events = read('events.json') as { events: Array<{ date: string }> };
    for (const event of events.events) event.date = `${'9'.repeat(5000)}`;
    const bundle = bundleFromFolderValues({
      'dataset.json': read('dataset.json'),
      'actors.json': read('actors.json'),
      'events.json': events,
    });
    writeFileSync(out, JSON.stringify(bundle));
    const capped = run('validate.ts', out);
    const total = events.events.length;
    expect(capped.code).toBe(1);
    const lines = capped.err.split('\n').filter((l) => l.includes('many.stanceline.json ›'));
    expect(lines).toHaveLength(20);
    expect(capped.err).toContain(`and ${total - 20} more problems (--all lists every one)`);
    expect(capped.err.length).toBeLessThan(20 * 700);
    const all = run('validate.ts', '--all', out);
    expect(all.err.split('\n').filter((l) => l.includes('many.stanceline.json ›')).length).toBe(
      total,
    );
  }, 30_000);
});

describe('npm run import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stanceline-import-'));

  it('converts a TimelineJS sheet into a valid dataset folder named by --out', () => {
    const sheet = join(dir, 'council.csv');
    writeFileSync(sheet, TIMELINE_SHEET);
    const out = join(dir, 'council-votes');
    const imported = run('import.ts', sheet, '--out', out);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(
      '5 events imported from a TimelineJS spreadsheet; media ignored on 1 event;',
    );
    expect(imported.out).toContain('(dataset.json, actors.json, events.json): valid');
    const meta = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(meta).slice(0, 3)).toEqual(['$schema', 'schemaVersion', 'id']);
    expect(meta.id).toBe('council-votes');
    expect(run('validate.ts', out).code).toBe(0);

    const again = run('import.ts', sheet, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('exists; add --force to replace its files');
  }, 30_000);

  it('writes nothing and names the row when the file has a problem', () => {
    const sheet = join(dir, 'broken.csv');
    writeFileSync(sheet, TIMELINE_SHEET.replace('2024,5,,,', '2024,13,,,'));
    const out = join(dir, 'broken');
    const imported = run('import.ts', sheet, '--out', out);
    expect(imported.code).toBe(1);
    expect(imported.err).toContain('broken.csv › row 7 › Month: "13" is not a month (1–12)');
    expect(imported.err).toContain('nothing written');
  }, 30_000);
});
