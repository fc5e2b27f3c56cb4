import { describe, expect, it } from 'vitest';
import { makeDatasetFiles, toTexts, type DatasetFiles } from './test-fixtures';
import { formatProblem, isCalendarDate, validateDatasetTexts, type Problem } from './validate';

function problemsOf(mutate: (f: DatasetFiles) => void): Problem[] {
  const files = makeDatasetFiles();
  mutate(files);
  const result = validateDatasetTexts(toTexts(files));
  return result.ok ? [] : result.problems;
}

// Loosely typed access for breaking the fixture on purpose.
type Loose = Record<string, unknown> & { [k: string]: Loose };
const loose = (v: unknown) => v as Loose;
const item = (v: unknown, i: number) => (v as Loose[])[i] as Loose;
const event0 = (f: DatasetFiles) => loose(f['events.json'].events[0]);
const event1 = (f: DatasetFiles) => loose(f['events.json'].events[1]);
const body0 = (f: DatasetFiles) => loose(f['dataset.json'].bodies[0]);
const term0 = (f: DatasetFiles) => item(body0(f).terms, 0);
/** Replaces the term's member at `index` (a plain string, so not reachable through `item`). */
function swapMember(f: DatasetFiles, index: number, id: string): void {
  (term0(f).members as unknown as string[])[index] = id;
}

describe('validateDatasetTexts', () => {
  it('accepts the fixture and indexes it', () => {
    const result = validateDatasetTexts(toTexts(makeDatasetFiles()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events).toHaveLength(2);
    expect(result.dataset.eventById.get('blinken-remarks')?.precision).toBe('day');
    expect(result.dataset.actorById.get('russia')?.group).toBe('unsc');
  });

  it('reports malformed JSON with the file name', () => {
    const texts = { ...toTexts(makeDatasetFiles()), 'events.json': '{"events": [' };
    const result = validateDatasetTexts(texts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.file).toBe('events.json');
    expect(result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('reports a missing file', () => {
    const texts: Partial<ReturnType<typeof toTexts>> = toTexts(makeDatasetFiles());
    delete texts['actors.json'];
    const result = validateDatasetTexts(texts);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ file: 'actors.json', message: 'is missing' }),
    ]);
  });

  const cases: Array<{
    name: string;
    mutate: (f: DatasetFiles) => void;
    expected: Omit<Partial<Problem>, 'message'> & { message: string | RegExp };
  }> = [
    {
      name: 'a missing required field',
      mutate: (f) => delete event0(f).title,
      expected: {
        file: 'events.json',
        itemId: 'us-draft-vetoed',
        path: 'events[0].title',
        message: /expected string/i,
      },
    },
    {
      name: 'a field of the wrong type',
      mutate: (f) => (event0(f).significance = loose('high')),
      expected: {
        itemId: 'us-draft-vetoed',
        path: 'events[0].significance',
        message: /expected number/i,
      },
    },
    {
      name: 'significance out of range',
      mutate: (f) => (event0(f).significance = loose(4)),
      expected: { path: 'events[0].significance', message: /<=3/ },
    },
    {
      name: 'an unknown event type',
      mutate: (f) => (event0(f).type = loose('vetoo')),
      expected: { path: 'events[0].type', message: /expected one of/i },
    },
    {
      name: 'an id that is not kebab-case',
      mutate: (f) => (event0(f).id = loose('US_Draft')),
      expected: { path: 'events[0].id', message: /kebab-case/ },
    },
    {
      name: 'a misspelt key',
      mutate: (f) => (event0(f).sumary = loose('x')),
      expected: {
        path: 'events[0]',
        message: /unrecognized key/i,
        hint: expect.stringContaining('spelling') as unknown as string,
      },
    },
    {
      name: 'an event without sources',
      mutate: (f) => (event0(f).sources = loose([])),
      expected: { path: 'events[0].sources', message: 'every event needs at least one source' },
    },
    {
      name: 'a date in the wrong format',
      mutate: (f) => (event0(f).date = loose('22/03/2024')),
      expected: { path: 'events[0].date', message: 'must be an ISO date written YYYY-MM-DD' },
    },
    {
      name: 'a duplicate event id',
      mutate: (f) => {
        event1(f).id = loose('us-draft-vetoed');
        event1(f).relations = loose([]);
      },
      expected: { path: 'events[1].id', message: 'duplicate event id "us-draft-vetoed"' },
    },
    {
      name: 'an unknown actor, with a suggestion',
      mutate: (f) => (item(event1(f).actors, 0).actor = loose('blinkin')),
      expected: {
        itemId: 'blinken-remarks',
        path: 'events[1].actors[0].actor',
        message: 'unknown actor "blinkin"',
        hint: 'did you mean "blinken"?',
      },
    },
    {
      name: 'a dangling relation',
      mutate: (f) => (item(event1(f).relations, 0).target = loose('no-such-event')),
      expected: { path: 'events[1].relations[0].target', message: 'unknown event "no-such-event"' },
    },
    {
      name: 'an impossible calendar date',
      mutate: (f) => (event0(f).date = loose('2024-02-30')),
      expected: { path: 'events[0].date', message: '"2024-02-30" is not a real calendar date' },
    },
    {
      name: 'an end before the start',
      mutate: (f) => (event0(f).end = loose('2024-03-01')),
      expected: { path: 'events[0].end', message: 'end 2024-03-01 is before date 2024-03-22' },
    },
    {
      name: 'an unknown dimension',
      mutate: (f) => (item(event1(f).shifts, 0).dimension = loose('rafah')),
      expected: { path: 'events[1].shifts[0].dimension', message: 'unknown dimension "rafah"' },
    },
    {
      name: 'a level that is not on its dimension',
      mutate: (f) => (item(event1(f).shifts, 0).level = loose('demands')),
      expected: {
        path: 'events[1].shifts[0].level',
        message: 'level "demands" does not exist on dimension "un-ceasefire"',
        hint: 'levels are: opposes, abstains',
      },
    },
    {
      name: 'a non-http URL',
      mutate: (f) => (item(event0(f).sources, 0).url = loose('ftp://press.un.org/sc15637')),
      expected: {
        path: 'events[0].sources[0].url',
        message: '"ftp://press.un.org/sc15637" is not an http(s) URL',
      },
    },
    {
      name: 'a tally that does not add up with the member votes',
      mutate: (f) => (loose(event0(f).vote).tally = loose({ for: 11, against: 2, abstain: 1 })),
      expected: {
        path: 'events[0].vote.tally.against',
        message: 'tally says 2 "against" but the member votes list 3',
      },
    },
    {
      name: 'a veto that is not a vote against',
      mutate: (f) => (item(loose(event0(f).vote).members, 3).veto = loose(true)),
      expected: {
        path: 'events[0].vote.members[3].veto',
        message: 'a veto must be a vote against, not "abstain"',
      },
    },
    {
      name: 'a quote citing a source the event does not list',
      mutate: (f) => (item(event1(f).quotes, 0).source = loose('reuters')),
      expected: {
        path: 'events[1].quotes[0].source',
        message: /does not list/,
        hint: 'use one of: state-mirror, toi',
      },
    },
    {
      name: 'an unknown tag',
      mutate: (f) => (event0(f).tags = loose(['unsc', 'un-sc'])),
      expected: { path: 'events[0].tags[1]', message: 'unknown tag "un-sc"' },
    },
    {
      name: 'an actor in an unknown group',
      mutate: (f) => (loose(f['actors.json'].actors[1]).group = loose('executive')),
      expected: {
        file: 'actors.json',
        itemId: 'blinken',
        path: 'actors[1].group',
        message: 'unknown group "executive"',
      },
    },
    {
      name: 'a subject that is not an actor',
      mutate: (f) => (loose(f['dataset.json'].subject).actor = loose('usa')),
      expected: { file: 'dataset.json', path: 'subject.actor', message: 'unknown actor "usa"' },
    },
    {
      name: 'a schema version newer than the code',
      mutate: (f) => (loose(f['dataset.json']).schemaVersion = loose(3)),
      expected: {
        file: 'dataset.json',
        path: 'schemaVersion',
        message: 'schema version 3 is newer than this Stanceline reads (2)',
        hint: 'update Stanceline to open this dataset',
      },
    },
    {
      name: 'a schema version that never existed',
      mutate: (f) => (loose(f['dataset.json']).schemaVersion = loose(0)),
      expected: { file: 'dataset.json', path: 'schemaVersion', message: /expected 2/i },
    },
    {
      name: 'a summary sentence citing an unknown source, with a suggestion',
      mutate: (f) => (item(event1(f).summary, 1).cite = loose(['state-mirror', 'toj'])),
      expected: {
        itemId: 'blinken-remarks',
        path: 'events[1].summary[1].cite[1]',
        message: 'summary sentence 2 cites source "toj", which this event does not list',
        hint: 'did you mean "toi"?',
      },
    },
    {
      name: 'a caveat citing an unknown source',
      mutate: (f) => (item(event1(f).caveats, 0).cite = loose(['reuters'])),
      expected: {
        path: 'events[1].caveats[0].cite[0]',
        message: 'caveat 1 cites source "reuters", which this event does not list',
        hint: 'cite one of: state-mirror, toi, or add the source first',
      },
    },
    {
      name: 'a shift citing an unknown source',
      mutate: (f) => (item(event1(f).shifts, 0).cite = loose(['un'])),
      expected: {
        path: 'events[1].shifts[0].cite[0]',
        message: 'the shift on "un-ceasefire" cites source "un", which this event does not list',
      },
    },
    {
      name: 'a sentence citing one source twice',
      mutate: (f) => (item(event0(f).summary, 0).cite = loose(['un', 'un'])),
      expected: {
        path: 'events[0].summary[0].cite[1]',
        message: 'summary sentence 1 cites "un" twice',
      },
    },
    {
      name: 'a summary given as an empty list',
      mutate: (f) => (event0(f).summary = loose([])),
      expected: { path: 'events[0].summary', message: 'a summary needs at least one sentence' },
    },
    {
      name: 'a body that is not an actor',
      mutate: (f) => (body0(f).actor = loose('un-securty-council')),
      expected: {
        file: 'dataset.json',
        path: 'bodies[0].actor',
        message: 'unknown actor "un-securty-council"',
        hint: 'did you mean "un-security-council"?',
      },
    },
    {
      name: 'a term member that is not an actor',
      mutate: (f) => swapMember(f, 6, 'ecuadorr'),
      expected: {
        file: 'dataset.json',
        itemId: 'un-security-council',
        path: 'bodies[0].terms[0].members[6]',
        message: 'unknown actor "ecuadorr"',
      },
    },
    {
      name: 'a member listed twice in a term',
      mutate: (f) => swapMember(f, 14, 'slovenia'),
      expected: {
        path: 'bodies[0].terms[0].members[14]',
        message: '"slovenia" is listed twice in the term from 2024-01-01',
      },
    },
    {
      name: 'a term that ends before it starts',
      mutate: (f) => (term0(f).to = loose('2023-12-31')),
      expected: {
        path: 'bodies[0].terms[0].to',
        message: 'term ends 2023-12-31, before it starts 2024-01-01',
      },
    },
    {
      name: 'overlapping terms',
      mutate: (f) =>
        (body0(f).terms = loose([
          ...(body0(f).terms as unknown as Loose[]),
          { from: '2024-12-31', to: '2025-12-31', members: ['russia'] },
        ])),
      expected: {
        path: 'bodies[0].terms[1].from',
        message: 'term from 2024-12-31 overlaps the term 2024-01-01 to 2024-12-31',
      },
    },
    {
      name: 'a voter who is not a member of the term',
      mutate: (f) => {
        const members = term0(f).members as unknown as string[];
        term0(f).members = loose(members.filter((m) => m !== 'guyana'));
      },
      expected: {
        path: 'events[0].vote.members[3].actor',
        message:
          '"guyana" votes but is not a member of "un-security-council" in the term 2024-01-01 to 2024-12-31',
      },
    },
    {
      name: 'a term whose members do not add up to the tally',
      mutate: (f) => {
        const members = term0(f).members as unknown as string[];
        term0(f).members = loose(members.filter((m) => m !== 'malta'));
      },
      expected: {
        path: 'events[0].vote.tally.for',
        message:
          'tally says 11 in favour but the 14 members of the term 2024-01-01 to 2024-12-31 give 10',
      },
    },
  ];

  it.each(cases)('rejects $name', ({ mutate, expected }) => {
    const problems = problemsOf(mutate);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    const { message, ...rest } = expected;
    expect(problem).toMatchObject(rest);
    if (typeof message === 'string') expect(problem?.message).toBe(message);
    else expect(problem?.message).toMatch(message);
  });

  it('collects problems from every file in one pass', () => {
    const problems = problemsOf((f) => {
      event0(f).date = loose('2023-02-29');
      loose(f['actors.json'].actors[1]).parent = loose('nobody');
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['actors[1].parent', 'events[0].date']);
  });
});

describe('validateDatasetTexts: a partial roll call', () => {
  // The fixture's first event is the 2024-03-22 veto: Russia and China (vetoes), Algeria against,
  // Guyana abstaining, the rest in favour. A partial record names only some of those votes.
  const onlyVetoes = (f: DatasetFiles) => {
    const vote = loose(event0(f).vote);
    vote.members = loose([
      { actor: 'russia', vote: 'against', veto: true },
      { actor: 'china', vote: 'against', veto: true },
    ]);
    delete vote.remainder;
  };

  it('accepts a vote that names only some members when it says it is partial', () => {
    expect(
      problemsOf((f) => {
        onlyVetoes(f);
        loose(event0(f).vote).partial = loose(true);
      }),
    ).toEqual([]);
  });

  it('still requires the whole roll call when the vote does not say it is partial', () => {
    expect(problemsOf(onlyVetoes)).toContainEqual(
      expect.objectContaining({
        path: 'events[0].vote.tally.against',
        message: 'tally says 3 "against" but the member votes list 2',
      }),
    );
  });

  it('rejects a partial record that lists more votes than the tally', () => {
    const problems = problemsOf((f) => {
      onlyVetoes(f);
      const vote = loose(event0(f).vote);
      vote.partial = loose(true);
      vote.tally = loose({ for: 11, against: 1, abstain: 3 });
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].vote.tally.against',
        message: 'tally says 1 "against" but the member votes list 2',
      }),
    );
  });

  it('rejects "partial" together with a remainder', () => {
    const problems = problemsOf((f) => (loose(event0(f).vote).partial = loose(true)));
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].vote.partial',
        message: 'a vote cannot be both "partial" and have a "remainder"',
      }),
    );
  });
});

describe('validateDatasetTexts: converted records', () => {
  const convert = (f: DatasetFiles) => {
    loose(f['dataset.json']).origin = loose({
      format: 'timelinejs-json',
      file: 'timeline.json',
      converted: '2026-11-23',
    });
  };

  it('requires a source on every event of a record that was not converted', () => {
    const problems = problemsOf((f) => {
      event0(f).sources = loose([]);
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'events[0].sources',
        message: 'every event needs at least one source',
      }),
    ]);
  });

  it('lets an event of a converted record have no source', () => {
    expect(
      problemsOf((f) => {
        convert(f);
        event0(f).sources = loose([]);
        event0(f).summary = loose([{ text: 'A U.S. text on a ceasefire fails.', cite: [] }]);
      }),
    ).toEqual([]);
  });

  it('lets a record without stance dimensions leave out its subject and licence', () => {
    expect(
      problemsOf((f) => {
        const meta = loose(f['dataset.json']);
        delete meta.subject;
        delete meta.licence;
        meta.dimensions = loose([]);
        event1(f).shifts = loose([]);
      }),
    ).toEqual([]);
  });

  it('requires a subject when there are stance dimensions', () => {
    const problems = problemsOf((f) => {
      delete loose(f['dataset.json']).subject;
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'subject',
        message: 'a dataset with stance dimensions must name its subject',
      }),
    ]);
  });
});

describe('formatProblem', () => {
  it('puts file, item, path, message and hint on one line', () => {
    expect(
      formatProblem({
        file: 'events.json',
        itemId: 'x',
        path: 'events[0].date',
        message: 'bad',
        hint: 'fix it',
      }),
    ).toBe('events.json › x › events[0].date: bad — hint: fix it');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
  ])('%s → %s', (s, ok) => expect(isCalendarDate(s)).toBe(ok));
});
