/** `npm run migrate` end to end on a version 1 folder in a temporary directory. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDatasetFiles } from '../src/domain/test-fixtures';

const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'stanceline-migrate-'));

/** The fixture written back in version 1: summaries and caveats as plain strings. */
function v1Folder(
  name: string,
  mutate: (events: Array<Record<string, unknown>>) => void = () => {},
) {
  const files = makeDatasetFiles() as unknown as Record<string, Record<string, unknown>>;
  const meta = files['dataset.json']!;
  meta.schemaVersion = 1;
  delete meta.bodies;
  const events = files['events.json']!.events as Array<Record<string, unknown>>;
  for (const e of events) {
    e.summary = (e.summary as Array<{ text: string }>).map((s) => s.text).join(' ');
    if (e.caveats) e.caveats = (e.caveats as Array<{ text: string }>).map((c) => c.text);
    for (const s of (e.shifts ?? []) as Array<Record<string, unknown>>) delete s.cite;
  }
  mutate(events);
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, value] of Object.entries(files)) {
    writeFileSync(join(folder, file), JSON.stringify(value));
  }
  return folder;
}

const migrate = (...args: string[]) => {
  const r = spawnSync(tsx, [join(root, 'scripts', 'migrate.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const read = (folder: string, file: string) =>
  JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;

describe('npm run migrate', () => {
  it('rewrites a version 1 folder in version 2, then leaves it alone', () => {
    const folder = v1Folder('old');
    const run = migrate(folder);
    expect(run.code).toBe(0);
    expect(run.out).toContain('migrated to schema version 2');
    expect(read(folder, 'dataset.json').schemaVersion).toBe(2);
    const [first] = read(folder, 'events.json').events as Array<Record<string, unknown>>;
    expect(first?.summary).toEqual([{ text: 'A U.S. text on a ceasefire fails.', cite: [] }]);
    expect(readFileSync(join(folder, 'events.json'), 'utf8')).toMatch(/^\{\n {2}"events"/);

    const again = migrate(folder);
    expect(again.code).toBe(0);
    expect(again.out).toContain('schema version 2, nothing to migrate');
  }, 30_000);

  it('writes nothing when the migrated folder would not validate', () => {
    const folder = v1Folder('broken', (events) => (events[0]!.date = '2024-02-30'));
    const before = readFileSync(join(folder, 'events.json'), 'utf8');
    const run = migrate(folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain('"2024-02-30" is not a real calendar date');
    expect(run.err).toContain('not written');
    expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe(before);
  }, 30_000);
});
