import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, isBundleValue, validateBundleText, validateBundleValue } from './bundle';
import { makeDatasetFiles } from './test-fixtures';

function makeBundle(): Record<string, unknown> & { dataset: Record<string, unknown> } {
  const files = makeDatasetFiles();
  const { schemaVersion, ...dataset } = files['dataset.json'];
  return {
    format: BUNDLE_FORMAT,
    schemaVersion,
    dataset,
    groups: files['actors.json'].groups,
    actors: files['actors.json'].actors,
    events: files['events.json'].events,
  };
}

function problemsOf(bundle: unknown) {
  const result = validateBundleValue(bundle, 'mine.stanceline.json');
  return result.ok ? [] : result.problems;
}

describe('isBundleValue', () => {
  it('recognises the format marker and nothing else', () => {
    expect(isBundleValue(makeBundle())).toBe(true);
    expect(isBundleValue({ events: [] })).toBe(false);
    expect(isBundleValue([{ format: BUNDLE_FORMAT }])).toBe(false);
    expect(isBundleValue(null)).toBe(false);
  });
});

describe('validateBundleValue', () => {
  it('accepts a bundle of a valid folder and indexes it like the folder', () => {
    const result = validateBundleValue(makeBundle(), 'x.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.meta.id).toBe('fixture');
    expect(result.dataset.events).toHaveLength(2);
    expect(result.dataset.actorById.get('russia')?.group).toBe('unsc');
  });

  it('names the bundle file, and puts dataset problems under "dataset."', () => {
    const bundle = makeBundle();
    bundle.dataset.updated = '2026-02-30';
    const [problem] = problemsOf(bundle);
    expect(problem).toMatchObject({
      file: 'mine.stanceline.json',
      path: 'dataset.updated',
      message: '"2026-02-30" is not a real calendar date',
    });
  });

  it('keeps event paths as they are, with the event id', () => {
    const bundle = makeBundle();
    (bundle.events as Array<Record<string, unknown>>)[1]!.date = '2024-13-01';
    const [problem] = problemsOf(bundle);
    expect(problem).toMatchObject({
      file: 'mine.stanceline.json',
      itemId: 'blinken-remarks',
      path: 'events[1].date',
    });
  });

  it('reports a wrong schema version at the top level', () => {
    const bundle = { ...makeBundle(), schemaVersion: 99 };
    expect(problemsOf(bundle).map((p) => p.path)).toEqual(['schemaVersion']);
  });

  it('reports missing parts, unknown keys and a wrong format marker', () => {
    const bundle: Record<string, unknown> = { ...makeBundle(), format: 'other', extra: 1 };
    delete bundle.actors;
    const problems = problemsOf(bundle);
    expect(problems.map((p) => p.path)).toEqual(['format', 'extra', 'actors']);
    expect(problems[1]?.message).toBe('unknown key "extra"');
  });

  it('refuses a value that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual([
      expect.objectContaining({ path: '', message: 'is not a JSON object' }),
    ]);
  });
});

describe('validateBundleText', () => {
  it('reports malformed JSON with the file name', () => {
    const result = validateBundleText('{"format": ', 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'broken.json' });
    expect(result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });
});
