import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  actorsFileSchema,
  convertedEventsFileSchema,
  datasetFileSchema,
  eventSchema,
  eventsFileSchema,
} from './schema';
import { compilesFast, parseFastOnly, safeParseFast } from './schema-fast';
import { makeEvent } from './test-events';

const read = (file: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../data/us-stance-gaza/${file}`, import.meta.url), 'utf8'),
  ) as unknown;
const flagship = {
  meta: read('dataset.json'),
  actors: read('actors.json'),
  events: read('events.json') as { events: unknown[] },
};

/**
 * A value with its key order made visible (JSON.stringify would drop keys whose value is
 * undefined, and toEqual ignores order): zod's output and the fast path's must agree in both.
 */
function shape(value: unknown): unknown {
  if (value === undefined) return ['undefined'];
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([k, v]) => [k, shape(v)]);
  return value;
}

/** The fast path against zod on one value: never accepts what zod refuses, outputs the same. */
function agree(schema: z.ZodMiniType, value: unknown): 'fast' | 'zod' {
  const slow = schema.safeParse(structuredClone(value));
  const fast = parseFastOnly(schema, structuredClone(value));
  if (fast === null) return 'zod';
  expect(slow.success).toBe(true);
  expect(shape(fast.data)).toEqual(shape(slow.data));
  return 'fast';
}

// --- Random changes to a valid event: the cases a hand-edited or converted file has. ---

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, as keys and indexes. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', '   ', ' padded ', 'Not-Kebab', '2024-02-30', '2024-1-1', '12:60', 'x'),
  // Lengths counted in code points, and spaces trim() removes or keeps.
  fc.constantFrom('\u{1F600}', ' \u{1F600} ', '\ud800', '\u00a0', '\u200b', 'a-\u{1F600}'),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom(0, 1, 2, 3, 4, 2.5, -1, 1e300),
  fc.constantFrom(true, false, null, [], {}),
);

type Change =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'pad'; at: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'note', 'cite', 'end', 'vote', '__proto__', 'constructor'),
    value: replacement,
  }),
  fc.record({ kind: fc.constant('pad' as const), at: fc.nat() }),
);

function apply(event: Json, changes: readonly Change[]): unknown {
  // JSON.parse, as the file is read: a "__proto__" key is an own property then.
  const copy = JSON.parse(JSON.stringify(event)) as Json;
  for (const given of changes) {
    // A value of its own: fast-check hands out the same `{}` and `[]` again (constantFrom, and
    // within one run), and inserting one instance twice could nest it in itself — a cycle no
    // file can hold — or carry one run's edits into the next.
    const c = 'value' in given ? { ...given, value: structuredClone(given.value) } : given;
    const all = paths(copy);
    const path = all[c.at % all.length]!;
    if (path.length === 0) continue;
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[key];
    const last = path[path.length - 1]!;
    const holder = parent as Record<string | number, unknown>;
    if (c.kind === 'set') holder[last] = c.value;
    else if (c.kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(Number(last), 1);
      else Reflect.deleteProperty(holder, last);
    } else if (c.kind === 'pad') {
      const v = holder[last];
      if (typeof v === 'string') holder[last] = ` ${v}\t`;
    } else {
      const target = holder[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        Object.defineProperty(target, c.key, {
          value: c.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return copy;
}

const events = flagship.events.events as Json[];
const validEvent = fc.oneof(
  fc.constantFrom(...events),
  fc.constant(makeEvent() as unknown as Json),
);

describe('safeParseFast', () => {
  it('knows every kind of schema in the data files, so valid files never take zod’s walk', () => {
    for (const schema of [
      eventSchema,
      eventsFileSchema,
      convertedEventsFileSchema,
      actorsFileSchema,
      datasetFileSchema,
    ])
      expect(compilesFast(schema)).toBe(true);
  });

  it('gives zod’s output for the flagship files, key for key and in order', () => {
    expect(agree(datasetFileSchema, flagship.meta)).toBe('fast');
    expect(agree(actorsFileSchema, flagship.actors)).toBe('fast');
    expect(agree(eventsFileSchema, flagship.events)).toBe('fast');
    expect(agree(convertedEventsFileSchema, flagship.events)).toBe('fast');
  });

  it('never accepts a changed event zod refuses, and outputs what zod outputs', () => {
    const seen = { fast: 0, zod: 0 };
    fc.assert(
      fc.property(validEvent, fc.array(change, { minLength: 1, maxLength: 4 }), (event, cs) => {
        seen[agree(eventSchema, apply(event, cs))] += 1;
      }),
      { numRuns: 3000 },
    );
    // Both ways were taken: the changes were not all fatal, nor all harmless.
    expect(seen.fast).toBeGreaterThan(100);
    expect(seen.zod).toBeGreaterThan(100);
  });

  it('agrees with zod on arbitrary JSON, and on any value given as a whole file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        agree(eventSchema, value);
        agree(eventsFileSchema, { events: [value] });
        agree(datasetFileSchema, value);
      }),
    );
  });

  it('answers with zod’s own result, and its messages, for an invalid file', () => {
    const bad = { events: [{ ...makeEvent(), significance: 7, title: '  ' }] };
    const fast = safeParseFast(eventsFileSchema, bad);
    const slow = eventsFileSchema.safeParse(bad);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toEqual(slow.error?.issues);
  });

  it('fills defaults with fresh values, never one shared by two events', () => {
    const raw = { ...makeEvent() } as Record<string, unknown>;
    delete raw.tags;
    const result = safeParseFast(eventsFileSchema, { events: [raw, { ...raw, id: 'f' }] });
    expect(result.success).toBe(true);
    const [a, b] = result.data!.events;
    expect(a!.tags).toEqual([]);
    expect(a!.tags).not.toBe(b!.tags);
  });
});
