import { describe, expect, it } from 'vitest';
import type { StanceEvent } from '../domain/schema';
import { makeEvent } from './test-events';
import { matchesQuery } from './search';
import fc from 'fast-check';
import {
  eventSearchFields,
  excerpt,
  indexSearchText,
  matchSnippets,
  searchFields,
  searchText,
  type ActorNames,
} from './search-text';
import { filterResults } from './filter-results';

const ACTORS: ActorNames = new Map([
  ['blinken', { name: 'Antony Blinken', title: 'Secretary of State' }],
  ['kirby', { name: 'John Kirby', shortName: 'Kirby' }],
  ['unsc', { name: 'UN Security Council' }],
  ['russia', { name: 'Russia' }],
]);

function richEvent(overrides: Partial<StanceEvent> = {}): StanceEvent {
  return makeEvent({
    id: 'rich',
    title: 'Remarks in Tel Aviv',
    summary: [{ text: 'The secretary speaks of Rafah.', cite: ['wire'] }],
    actors: [{ actor: 'blinken', role: 'speaker' }],
    quotes: [
      { text: 'We want a pause', speaker: 'kirby', source: 'wire', context: 'at the podium' },
    ],
    vote: {
      body: 'unsc',
      question: 'Draft resolution on a ceasefire',
      document: 'S/2024/239',
      outcome: 'failed',
      tally: { for: 11, against: 3, abstain: 1 },
      members: [{ actor: 'russia', vote: 'against', veto: true }],
    },
    shifts: [{ dimension: 'd', level: 'l', rationale: 'A sharper public warning than before.' }],
    relations: [{ type: 'responds-to', target: 'x', note: 'Hours after the strike.' }],
    dateNote: 'Evening in Washington, morning in Gaza.',
    caveats: [{ text: 'Outlets disagree on the count.', cite: ['wire'] }],
    sources: [
      {
        id: 'wire',
        publisher: 'Associated Press',
        title: 'Blinken lands in Israel',
        url: 'https://example.org/ap',
        kind: 'mirror',
        note: 'Syndicated copy',
        original: { publisher: 'Reuters', title: 'Blinken arrives' },
      },
    ],
    ...overrides,
  } as Partial<StanceEvent>);
}

describe('searchFields', () => {
  it('holds every text the screen shows of an event', () => {
    const fields = searchFields(richEvent(), ACTORS);
    for (const shown of [
      'Remarks in Tel Aviv',
      'The secretary speaks of Rafah.',
      'Antony Blinken',
      'Secretary of State',
      'We want a pause',
      'John Kirby',
      'Kirby',
      'at the podium',
      'UN Security Council',
      'Draft resolution on a ceasefire',
      'S/2024/239',
      'Russia',
      'A sharper public warning than before.',
      'Hours after the strike.',
      'Evening in Washington, morning in Gaza.',
      'Outlets disagree on the count.',
      'Associated Press',
      'Blinken lands in Israel',
      'Syndicated copy',
      'Reuters',
      'Blinken arrives',
    ]) {
      expect(fields).toContain(shown);
    }
  });

  it('has no empty fields and falls back to the id of an actor the names lack', () => {
    const event = makeEvent({ actors: [{ actor: 'someone-unknown', role: 'speaker' }] });
    const fields = searchFields(event, ACTORS);
    expect(fields).toContain('someone-unknown');
    expect(fields.every((f) => f !== '')).toBe(true);
  });
});

describe('eventSearchFields', () => {
  it('says where on screen each text is', () => {
    const kinds = new Map(eventSearchFields(richEvent(), ACTORS).map((f) => [f.text, f.kind]));
    expect(kinds.get('Associated Press')).toBe('source');
    expect(kinds.get('Outlets disagree on the count.')).toBe('caveat');
    expect(kinds.get('A sharper public warning than before.')).toBe('shift');
    expect(kinds.get('John Kirby')).toBe('speaker');
    expect(kinds.get('Antony Blinken')).toBe('actor');
    expect(kinds.get('S/2024/239')).toBe('vote');
  });
});

describe('searchText', () => {
  it('is normalized, one field per line, so a match never spans two fields', () => {
    const text = searchText(richEvent(), ACTORS);
    expect(text).toContain('associated press');
    expect(text).not.toMatch(/[A-Z]/);
    expect(text.split('\n')).toContain('remarks in tel aviv');
  });
});

describe('indexSearchText', () => {
  it('lets search find publishers, actor names, caveats and rationales', () => {
    const event = richEvent();
    const events = [event];
    // Before indexing, only the event's own title, summary, quotes and source titles count.
    expect(matchesQuery(event, 'associated press')).toBe(false);
    indexSearchText(events, ACTORS);
    for (const q of [
      'associated press',
      'antony blinken',
      'kirby',
      'disagree count',
      'sharper warning',
      's/2024/239',
      'reuters',
    ]) {
      expect(matchesQuery(event, q), q).toBe(true);
    }
    expect(matchesQuery(event, 'hamas')).toBe(false);
  });

  it('is done once per list of events', () => {
    const event = richEvent({ title: 'Once' });
    const events = [event];
    indexSearchText(events, ACTORS);
    // A second call with other names is a no-op: the list was indexed already.
    indexSearchText(events, new Map([['blinken', { name: 'Someone Else' }]]));
    expect(matchesQuery(event, 'antony')).toBe(true);
    expect(matchesQuery(event, 'someone')).toBe(false);
  });
});

describe('matchSnippets', () => {
  it('names the fields a row does not show where the query matched', () => {
    expect(
      matchSnippets(richEvent(), ACTORS, 'associated', { shown: ['title', 'summary'] }),
    ).toEqual([{ kind: 'source', text: 'Associated Press' }]);
  });

  it('leaves out fields the view already shows', () => {
    expect(matchSnippets(richEvent(), ACTORS, 'rafah', { shown: ['summary'] })).toEqual([]);
    expect(matchSnippets(richEvent(), ACTORS, 'rafah')).toEqual([
      { kind: 'summary', text: 'The secretary speaks of Rafah.' },
    ]);
  });

  it('gives at most `max` fields, each once', () => {
    const snippets = matchSnippets(richEvent(), ACTORS, 'blinken', { shown: ['title'], max: 5 });
    expect(snippets.map((s) => s.text)).toEqual([
      'Antony Blinken',
      'Blinken lands in Israel',
      'Blinken arrives',
    ]);
    expect(matchSnippets(richEvent(), ACTORS, 'blinken', { max: 1 })).toHaveLength(1);
  });

  it('finds nothing for an empty query', () => {
    expect(matchSnippets(richEvent(), ACTORS, '  ')).toEqual([]);
  });
});

describe('excerpt', () => {
  const text = 'one two three four five six seven eight nine ten eleven twelve';

  it('keeps a short text whole', () => {
    expect(excerpt('short text', [0, 5], 20)).toBe('short text');
  });

  it('cuts a long text at spaces around the match, with ellipses', () => {
    const at = text.indexOf('six');
    expect(excerpt(text, [at, at + 3], 10)).toBe('… four five six seven …');
  });

  it('always keeps the match whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bb', 'ccc', ' ', 'x y'), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 30 }),
        (parts, a, b, radius) => {
          const t = parts.join('');
          const start = a % t.length;
          const end = start + 1 + (b % (t.length - start));
          const out = excerpt(t, [start, end], radius);
          expect(out).toContain(t.slice(start, end));
        },
      ),
    );
  });
});

describe('filterResults with actor names', () => {
  it('finds an event by its publisher and by its caveat once a search runs', () => {
    const events = [richEvent(), makeEvent({ id: 'plain', title: 'Nothing here' })];
    const byPublisher = filterResults(events, state('Associated Press'), ACTORS);
    expect(byPublisher.visible.map((e) => e.id)).toEqual(['rich']);
    const byCaveat = filterResults(events, state('outlets disagree'), ACTORS);
    expect(byCaveat.visible.map((e) => e.id)).toEqual(['rich']);
  });
});

function state(q: string) {
  return { actors: [], types: [], tags: [], q, since: null, until: null };
}
