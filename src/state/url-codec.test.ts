import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../domain/schema';
import { dayArb, idArb, viewStateArb } from './test-arbitraries';
import {
  LINK_VERSION,
  MIGRATIONS,
  PARAM_ORDER,
  migrateParams,
  migrateV1ToV2,
  parse,
  reconcile,
  serialize,
  type KnownIds,
} from './url-codec';
import {
  DEFAULT_VIEW_STATE,
  isValidViewState,
  normalizeViewState,
  type ViewState,
} from './view-state';

const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });

describe('serialize', () => {
  it('writes nothing for the default view', () => {
    expect(serialize(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('leaves out the leading "?" and writes v first whenever anything else is written', () => {
    expect(serialize(view({ view: 'list' }))).toBe('v=2&view=list');
  });

  it('writes every parameter in the documented order, whatever the order of the object', () => {
    const full: ViewState = {
      embed: true,
      compare: '2024-01-01..2024-06-30',
      step: 3,
      story: 'how-it-moved',
      expanded: ['unsc'],
      orient: 'vertical',
      filtered: 'dim',
      lanes: 'type',
      view: 'list',
      to: '2024-03-31',
      from: '2024-03-01',
      q: 'ceasefire',
      until: '2024-03-20',
      since: '2024-03-10',
      tags: ['gaza'],
      types: ['veto'],
      actors: ['blinken'],
      event: 'us-draft-vetoed',
      file: 'f-1a2b',
      src: 'https://example.org/timeline.json',
      dataset: 'us-gaza',
    };
    const keys = [...new URLSearchParams(serialize(full)).keys()];
    expect(keys).toEqual(['v', ...PARAM_ORDER]);
  });

  it('sorts and de-duplicates lists and keeps commas literal', () => {
    expect(serialize(view({ actors: ['russia', 'china', 'russia'] }))).toBe(
      'v=2&actors=china,russia',
    );
  });

  it('gives equal links for views that differ only in list order', () => {
    const a = view({ types: ['veto', 'vote'], tags: ['b', 'a'] });
    const b = view({ types: ['vote', 'veto', 'vote'], tags: ['a', 'b'] });
    expect(serialize(a)).toBe(serialize(b));
  });

  it('encodes a query with commas, ampersands and unicode so that it reads back intact', () => {
    const q = 'Zürich, “ceasefire” & 50% + more #1 😀';
    const search = serialize(view({ q }));
    expect(search).toBe(
      'v=2&q=Z%C3%BCrich,+%E2%80%9Cceasefire%E2%80%9D+%26+50%25+%2B+more+%231+%F0%9F%98%80',
    );
    expect(parse(search).state.q).toBe(q);
  });

  it('writes a file address readably, and reads it back intact', () => {
    const src = 'https://data.example.org/a b/time,line.csv?x=1&y=2#top';
    const search = serialize(view({ src, view: 'list' }));
    expect(search).toBe(
      'v=2&src=https://data.example.org/a+b/time,line.csv%3Fx%3D1%26y%3D2%23top&view=list',
    );
    expect(parse(search)).toEqual({ state: view({ src, view: 'list' }), warnings: [] });
  });

  it('reads src as given, trimmed, and refuses only absurd lengths', () => {
    expect(parse('?src=+files/sheet.csv+').state.src).toBe('files/sheet.csv');
    expect(parse('?src=').state.src).toBeNull();
    const { state, warnings } = parse(`?src=https://a.org/${'x'.repeat(5000)}`);
    expect(state.src).toBeNull();
    expect(warnings).toEqual([
      'Ignored "src": an address of 5014 characters is not a file\'s address',
    ]);
  });

  it('writes a window the right way round', () => {
    expect(serialize(view({ from: '2024-05-01', to: '2024-03-01' }))).toBe(
      'v=2&from=2024-03-01&to=2024-05-01',
    );
  });
});

describe('parse', () => {
  it('reads an empty query, with or without "?", as the default view', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, warnings: [] });
    expect(parse('?')).toEqual({ state: DEFAULT_VIEW_STATE, warnings: [] });
  });

  it('reads a full link', () => {
    const { state, warnings } = parse(
      '?v=2&dataset=us-gaza&event=us-draft-vetoed&actors=russia,china&types=veto,vote&tags=unsc' +
        '&q=cease+fire&since=2024-03-10&until=2024-03-20&from=2024-03-01&to=2024-03-31&view=list' +
        '&lanes=type&filtered=dim&orient=horizontal&expanded=unsc&story=walk&step=4&compare=2024-01-01..2024-06-30' +
        '&embed=1',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      dataset: 'us-gaza',
      src: null,
      file: null,
      event: 'us-draft-vetoed',
      actors: ['china', 'russia'],
      types: ['veto', 'vote'],
      tags: ['unsc'],
      q: 'cease fire',
      since: '2024-03-10',
      until: '2024-03-20',
      from: '2024-03-01',
      to: '2024-03-31',
      view: 'list',
      lanes: 'type',
      filtered: 'dim',
      orient: 'horizontal',
      expanded: ['unsc'],
      story: 'walk',
      step: 4,
      compare: '2024-01-01..2024-06-30',
      embed: true,
    });
  });

  it('treats a link without v as the current version', () => {
    expect(parse('actors=blinken')).toEqual({
      state: view({ actors: ['blinken'] }),
      warnings: [],
    });
  });

  it('accepts percent-encoded commas and repeated list parameters', () => {
    expect(parse('actors=a%2Cb&actors=c').state.actors).toEqual(['a', 'b', 'c']);
  });

  it('forgives spaces and empty items in lists', () => {
    expect(parse('actors=a,+b,,').state.actors).toEqual(['a', 'b']);
    expect(parse('actors=').warnings).toEqual([]);
  });

  it('ignores common tracking parameters without a warning', () => {
    expect(parse('utm_source=x&fbclid=y&gclid=z&view=list')).toEqual({
      state: view({ view: 'list' }),
      warnings: [],
    });
  });

  it.each([
    ['types=vetoo', 'Ignored unknown event type "vetoo"', { types: [] }],
    ['types=veto,vetoo', 'Ignored unknown event type "vetoo"', { types: ['veto'] }],
    ['from=2024-02-30', 'Ignored date "2024-02-30" in "from": not a real date', { from: null }],
    ['to=2023-02-29', 'Ignored date "2023-02-29" in "to": not a real date', { to: null }],
    ['from=yesterday', 'Ignored date "yesterday" in "from": expected YYYY-MM-DD', { from: null }],
    ['actors=Blinken', 'Ignored "Blinken" in "actors": not a valid id', { actors: [] }],
    ['tags=a--b,ok', 'Ignored "a--b" in "tags": not a valid id', { tags: ['ok'] }],
    ['expanded=us_exec', 'Ignored "us_exec" in "expanded": not a valid id', { expanded: [] }],
    ['dataset=../etc', 'Ignored "../etc" in "dataset": not a valid id', { dataset: null }],
    ['event=-x', 'Ignored "-x" in "event": not a valid id', { event: null }],
    ['view=grid', 'Ignored "grid" in "view": expected timeline or list', {}],
    ['lanes=actor', 'Ignored "actor" in "lanes": expected group or type', {}],
    ['filtered=blur', 'Ignored "blur" in "filtered": expected hide or dim', {}],
    [
      'orient=sideways',
      'Ignored "sideways" in "orient": expected auto or vertical or horizontal',
      {},
    ],
    ['colour=red', 'Ignored unknown parameter "colour"', {}],
    ['event=a&event=b', 'Ignored repeated "event" value "b"', { event: 'a' }],
    ['v=abc', 'Ignored link version "abc": not a version number', {}],
    ['v=0', 'Ignored link version "0": not a version number', {}],
    [
      'v=3&view=list',
      'This link was made by a newer version of Stanceline (link version 3); parts of it may not be shown',
      { view: 'list' },
    ],
    ['since=2024-02-30', 'Ignored date "2024-02-30" in "since": not a real date', { since: null }],
    ['until=soon', 'Ignored date "soon" in "until": expected YYYY-MM-DD', { until: null }],
    [
      'since=2024-05-01&until=2024-03-01',
      'Swapped "since" 2024-05-01 and "until" 2024-03-01: the date filter started after it ended',
      { since: '2024-03-01', until: '2024-05-01' },
    ],
    [
      'from=2024-05-01&to=2024-03-01',
      'Swapped "from" 2024-05-01 and "to" 2024-03-01: the window started after it ended',
      { from: '2024-03-01', to: '2024-05-01' },
    ],
  ] satisfies [string, string, Partial<ViewState>][])(
    '%s → warns "%s" and keeps the rest',
    (search, warning, expected) => {
      const { state, warnings } = parse(search);
      expect(warnings).toEqual([warning]);
      expect(state).toEqual(view(expected));
    },
  );

  it('reports every dropped value, not just the first', () => {
    expect(parse('types=vetoo,x&from=2024-13-01&foo=1').warnings).toEqual([
      'Ignored unknown event type "vetoo"',
      'Ignored unknown event type "x"',
      'Ignored date "2024-13-01" in "from": not a real date',
      'Ignored unknown parameter "foo"',
    ]);
  });

  it('clips long junk in warnings so the notice stays readable', () => {
    const { warnings } = parse(`actors=${'x'.repeat(500)}_`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.length).toBeLessThan(80);
    expect(warnings[0]).toContain('…');
  });

  it('never throws on broken percent-encoding', () => {
    expect(() => parse('q=%E0%A4%A&x=%&%%%')).not.toThrow();
    expect(isValidViewState(parse('q=%E0%A4%A').state)).toBe(true);
  });
});

describe('parse ∘ serialize (properties)', () => {
  it('round-trips every valid view to its canonical form, without warnings', () => {
    fc.assert(
      fc.property(viewStateArb, (s) => {
        const { state, warnings } = parse(serialize(s));
        expect(warnings).toEqual([]);
        expect(state).toEqual(normalizeViewState(s));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a link back to the same link', () => {
    fc.assert(
      fc.property(viewStateArb, (s) => {
        const link = serialize(s);
        expect(serialize(parse(link).state)).toBe(link);
        expect(parse(`?${link}`).state).toEqual(parse(link).state);
      }),
    );
  });

  const junk = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom('%', '&', '=', ',', '+', '?', 'a', '-', '0', '2', 'E', 'F'),
    }),
  );
  const key = fc.constantFrom('v', ...PARAM_ORDER, 'foo', 'utm_source', '', 'V', 'actors[]');
  const value = fc.oneof(
    junk,
    idArb,
    dayArb,
    fc.constantFrom(...EVENT_TYPES, 'timeline', 'list', 'group', 'type', 'hide', 'dim', '2', '0'),
    fc.constantFrom('2024-02-30', '2024-2-3', '9999-99-99', '-1', '1e3', 'Veto', 'a,,b', '%2C'),
    fc.array(fc.oneof(idArb, junk), { maxLength: 4 }).map((xs) => xs.join(',')),
  );
  const fragmentSearch = fc
    .array(fc.tuple(key, value), { maxLength: 8 })
    .chain((pairs) =>
      fc.constantFrom(
        pairs.map(([k, v]) => `${k}=${v}`).join('&'),
        pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'),
        `?${new URLSearchParams(pairs).toString()}`,
      ),
    );

  it('never throws and always yields a valid, canonical view', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fragmentSearch), (search) => {
        const { state, warnings } = parse(search);
        expect(isValidViewState(state)).toBe(true);
        expect(warnings.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('warns whenever a link has a parameter it does not know', () => {
    fc.assert(
      fc.property(fragmentSearch, (search) => {
        const { state, warnings } = parse(search);
        const params = new URLSearchParams(search);
        const keys = [...params.keys()].filter((k) => k !== 'v' && !k.startsWith('utm_'));
        const lostKey = keys.some((k) => !(PARAM_ORDER as readonly string[]).includes(k));
        if (lostKey) expect(warnings.length).toBeGreaterThan(0);
        expect(isValidViewState(state)).toBe(true);
      }),
    );
  });
});

describe('migrateV1ToV2', () => {
  it('makes a version 1 window both the window and the date filter', () => {
    const input = new URLSearchParams('v=1&actors=russia&from=2024-03-01&to=2024-04-15');
    expect(migrateV1ToV2(input).toString()).toBe(
      'v=1&actors=russia&from=2024-03-01&to=2024-04-15&since=2024-03-01&until=2024-04-15',
    );
    expect(input.toString()).toBe('v=1&actors=russia&from=2024-03-01&to=2024-04-15');
  });

  it('copies a one-sided window as a one-sided filter', () => {
    expect(migrateV1ToV2(new URLSearchParams('to=2024-01-31')).toString()).toBe(
      'to=2024-01-31&until=2024-01-31',
    );
  });

  it('leaves an impossible date where it is, so it is reported once, by its own name', () => {
    expect(migrateV1ToV2(new URLSearchParams('from=2024-02-30')).toString()).toBe(
      'from=2024-02-30',
    );
    expect(parse('v=1&from=2024-02-30').warnings).toEqual([
      'Ignored date "2024-02-30" in "from": not a real date',
    ]);
  });

  it('leaves a link without a window unchanged', () => {
    expect(migrateV1ToV2(new URLSearchParams('view=list&q=a+b')).toString()).toBe(
      'view=list&q=a+b',
    );
  });
});

describe('parse of version 1 links', () => {
  it('opens a v1 window as the same window plus the same date filter, without warnings', () => {
    const { state, warnings } = parse('v=1&from=2024-03-01&to=2024-04-15&types=veto');
    expect(warnings).toEqual([]);
    expect(state).toEqual(
      view({
        types: ['veto'],
        from: '2024-03-01',
        to: '2024-04-15',
        since: '2024-03-01',
        until: '2024-04-15',
      }),
    );
  });

  it('writes a migrated link back as version 2', () => {
    expect(serialize(parse('v=1&from=2024-03-01&to=2024-04-15').state)).toBe(
      'v=2&since=2024-03-01&until=2024-04-15&from=2024-03-01&to=2024-04-15',
    );
  });

  it('reads every v1 link as a v2 link with the filter added (property)', () => {
    const v1Link = fc.record({
      from: fc.option(dayArb, { nil: null }),
      to: fc.option(dayArb, { nil: null }),
      actors: fc.array(idArb, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(v1Link, ({ from, to, actors }) => {
        const v1 = serialize(view({ from, to, actors })).replace(/^v=2/, 'v=1');
        const migrated = parse(v1);
        expect(migrated.warnings.filter((w) => !w.startsWith('Swapped'))).toEqual([]);
        // The window is kept, and the filter is the same range.
        expect(migrated.state.from).toBe(parse(v1.replace(/^v=1/, 'v=2')).state.from);
        expect(migrated.state.to).toBe(parse(v1.replace(/^v=1/, 'v=2')).state.to);
        expect([migrated.state.since, migrated.state.until]).toEqual([
          migrated.state.from,
          migrated.state.to,
        ]);
      }),
    );
  });
});

describe('window vs date filter in links', () => {
  it('writes them as separate parameters that read back separately', () => {
    const s = view({ from: '2024-01-01', to: '2024-06-30', since: '2024-03-01' });
    const link = serialize(s);
    expect(link).toBe('v=2&since=2024-03-01&from=2024-01-01&to=2024-06-30');
    expect(parse(link).state).toEqual(s);
  });

  it('a v2 window alone is navigation only: no date filter', () => {
    const { state } = parse('v=2&from=2024-03-01&to=2024-04-15');
    expect([state.since, state.until]).toEqual([null, null]);
  });
});

describe('migrateParams', () => {
  it('has one migration per older version, up to the current one', () => {
    expect(LINK_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
  });

  it('runs each step from the link version up to the target, without touching its input', () => {
    const input = new URLSearchParams('who=blinken');
    const migrations = {
      1: (p: URLSearchParams) => {
        p.set('actors', p.get('who') ?? '');
        p.delete('who');
        return p;
      },
      2: (p: URLSearchParams) => {
        p.set('view', 'list');
        return p;
      },
    };
    const { params, warnings } = migrateParams(input, 1, migrations, 3);
    expect(warnings).toEqual([]);
    expect(params.toString()).toBe('actors=blinken&view=list');
    expect(input.toString()).toBe('who=blinken');
  });

  it('stops with a warning at a missing step', () => {
    const { params, warnings } = migrateParams(new URLSearchParams('a=1'), 1, {}, 2);
    expect(params.toString()).toBe('a=1');
    expect(warnings).toEqual([
      'This link uses an old format (version 1) that could only be partly read',
    ]);
  });
});

describe('reconcile', () => {
  const known: KnownIds = {
    datasets: ['us-gaza'],
    events: new Set(['us-draft-vetoed']),
    actors: new Set(['blinken', 'russia']),
    tags: new Set(['unsc']),
    groups: new Set(['us-executive']),
  };

  it('keeps a view whose ids all exist, as the same object', () => {
    const state = view({
      dataset: 'us-gaza',
      event: 'us-draft-vetoed',
      actors: ['blinken'],
      tags: ['unsc'],
      expanded: ['us-executive'],
    });
    const result = reconcile(state, known);
    expect(result.warnings).toEqual([]);
    expect(result.state).toBe(state);
  });

  it('drops unknown ids of every kind and names each one', () => {
    const result = reconcile(
      view({
        dataset: 'old-set',
        event: 'gone',
        actors: ['blinken', 'xyz'],
        tags: ['unsc', 'nope'],
        expanded: ['ghosts'],
        q: 'kept',
      }),
      known,
    );
    expect(result.warnings).toEqual([
      'Ignored unknown dataset "old-set"',
      'Ignored unknown event "gone"',
      'Ignored unknown actor "xyz"',
      'Ignored unknown tag "nope"',
      'Ignored unknown group "ghosts"',
    ]);
    expect(result.state).toEqual(view({ actors: ['blinken'], tags: ['unsc'], q: 'kept' }));
  });

  it('does not check the dataset when no dataset list is given', () => {
    const { events, actors, tags, groups } = known;
    const result = reconcile(view({ dataset: 'anything' }), { events, actors, tags, groups });
    expect(result.warnings).toEqual([]);
    expect(result.state.dataset).toBe('anything');
  });

  it('always returns a valid view (property)', () => {
    fc.assert(
      fc.property(viewStateArb, (s) => {
        const result = reconcile(normalizeViewState(s), known);
        expect(isValidViewState(result.state)).toBe(true);
        expect(result.state.actors.every((a) => known.actors.has(a))).toBe(true);
      }),
    );
  });
});
