import { describe, expect, it } from 'vitest';
import {
  LINT_RULES,
  RESEARCH_WORDS,
  countByRule,
  formatFinding,
  lintDataset,
  placeholderTitleReason,
  researchWordIn,
  weakTitleReason,
  type LintFinding,
  type LintRule,
} from './lint';
import { makeDatasetFiles, type DatasetFiles } from './test-fixtures';
import { validateDatasetValues, type Dataset } from './validate';

/** The fixture, broken by `mutate`, validated (so it is a real dataset) and then linted. */
function lintOf(mutate: (f: DatasetFiles) => void = () => undefined): LintFinding[] {
  const files = makeDatasetFiles();
  mutate(files);
  const result = validateDatasetValues(files);
  if (!result.ok) throw new Error(`crafted dataset is invalid: ${result.problems[0]?.message}`);
  return lintDataset(result.dataset);
}

/** For what validation itself rejects: break the dataset after validating it. */
function lintAfter(mutate: (d: Dataset) => void): LintFinding[] {
  const result = validateDatasetValues(makeDatasetFiles());
  if (!result.ok) throw new Error('fixture is invalid');
  mutate(result.dataset);
  return lintDataset(result.dataset);
}

type Events = DatasetFiles['events.json']['events'];
type AnyEvent = Events[number] & Record<string, unknown>;
const veto = (f: DatasetFiles) => f['events.json'].events[0] as AnyEvent;
const blinken = (f: DatasetFiles) => f['events.json'].events[1] as AnyEvent;

/** Gives Blinken's event a source of the weakest kind, id `agg`, for the aggregator rules. */
function addAggregator(f: DatasetFiles): void {
  (blinken(f).sources as Array<Record<string, unknown>>).push({
    id: 'agg',
    publisher: 'Aggregator',
    title: 'Blinken warns Israel on Rafah operation',
    url: 'https://example.org/agg',
    date: '2024-03-22',
    kind: 'aggregator',
  });
}

describe('lintDataset', () => {
  it('finds nothing in the clean fixture', () => {
    expect(lintOf()).toEqual([]);
  });

  const cases: Array<{
    rule: LintRule;
    name: string;
    mutate?: (f: DatasetFiles) => void;
    after?: (d: Dataset) => void;
    expected: Partial<LintFinding>;
  }> = [
    {
      rule: 'no-strong-source',
      name: 'an event whose only source is analysis',
      mutate: (f) => (veto(f).sources[0]!.kind = 'analysis'),
      expected: {
        itemId: 'us-draft-vetoed',
        path: 'events[0].sources',
        message: 'no source of rank 1 or 2 (kinds here: analysis)',
      },
    },
    {
      rule: 'aggregator-only',
      name: 'a summary sentence that cites only an aggregator',
      mutate: (f) => {
        addAggregator(f);
        (blinken(f).summary as Array<{ cite: string[] }>)[1]!.cite = ['agg'];
      },
      expected: {
        path: 'events[1].summary[1].cite',
        message: 'summary sentence 2 rests only on aggregators (agg)',
      },
    },
    {
      rule: 'aggregator-only',
      name: 'a quote whose only source is an aggregator',
      mutate: (f) => {
        addAggregator(f);
        (blinken(f).quotes as Array<{ source: string }>)[0]!.source = 'agg';
      },
      expected: {
        path: 'events[1].quotes[0].source',
        message: 'quote 1 rests only on an aggregator ("agg")',
      },
    },
    {
      rule: 'mirror-without-original',
      name: 'a mirror that does not name its original',
      mutate: (f) => delete (blinken(f).sources[0] as Record<string, unknown>).original,
      expected: {
        path: 'events[1].sources[0].original',
        message: 'mirror "state-mirror" does not say which primary record it copies',
      },
    },
    {
      rule: 'placeholder-title',
      name: 'a title that describes the source',
      mutate: (f) => (veto(f).sources[0]!.title = 'AP report on the Security Council vote'),
      expected: {
        path: 'events[0].sources[0].title',
        message:
          'title "AP report on the Security Council vote" describes the source instead of giving its headline',
      },
    },
    {
      rule: 'weak-title',
      name: 'a title cut short',
      mutate: (f) =>
        (veto(f).sources[0]!.title =
          'Over U.S. opposition, the United Nations overwhelmingly passed…'),
      expected: {
        severity: 'warning',
        path: 'events[0].sources[0].title',
        message:
          'title "Over U.S. opposition, the United Nations overwhelmingly passed…" is cut short; give the whole headline',
      },
    },
    {
      rule: 'undated-source',
      name: 'a source without a date',
      mutate: (f) => delete (veto(f).sources[0] as Record<string, unknown>).date,
      expected: {
        severity: 'warning',
        path: 'events[0].sources[0].date',
        message: 'source "un" has no date',
      },
    },
    {
      rule: 'quote-source',
      name: 'a quote whose source is not on the event',
      after: (d) => (d.events[1]!.quotes[0]!.source = 'reuters'),
      expected: {
        path: 'events[1].quotes[0].source',
        message: 'quote 1 names source "reuters", which this event does not list',
      },
    },
    {
      rule: 'research-words',
      name: 'a caveat that speaks of the research',
      mutate: (f) =>
        ((blinken(f).caveats as Array<{ text: string }>)[0]!.text =
          'Two GitHub datasets give the draft symbol.'),
      expected: {
        path: 'events[1].caveats[0].text',
        message: 'speaks of the research ("GitHub")',
      },
    },
    {
      rule: 'research-words',
      name: 'a methodology that names the dossier',
      mutate: (f) => (f['dataset.json'].methodology = 'Facts come from the fact-finding dossier.'),
      expected: {
        file: 'dataset.json',
        path: 'methodology',
        message: 'speaks of the research ("dossier")',
      },
    },
    {
      rule: 'research-words',
      name: 'a story caption that speaks of the research',
      mutate: (f) =>
        Object.assign(f['dataset.json'], {
          stories: [
            {
              id: 'march',
              title: 'The March turn',
              steps: [
                {
                  caption: 'The draft symbol is unverified.',
                  events: ['us-draft-vetoed'],
                  view: {},
                },
              ],
            },
          ],
        }),
      expected: {
        file: 'dataset.json',
        itemId: 'march',
        path: 'stories[0].steps[0].caption',
        message: 'speaks of the research ("unverified")',
      },
    },
    {
      rule: 'uncited-sentence',
      name: 'a summary sentence without a citation',
      mutate: (f) => ((veto(f).summary as Array<{ cite: string[] }>)[0]!.cite = []),
      expected: {
        path: 'events[0].summary[0].cite',
        message: 'summary sentence 1 cites no source: "A U.S. text on a ceasefire fails."',
      },
    },
    {
      rule: 'uncited-sentence',
      name: 'a caveat without a citation',
      mutate: (f) => ((blinken(f).caveats as Array<{ cite: string[] }>)[0]!.cite = []),
      expected: {
        path: 'events[1].caveats[0].cite',
        message: expect.stringMatching(
          /^caveat 1 cites no source: "The transcript/,
        ) as unknown as string,
      },
    },
  ];

  it.each(cases)('$rule: $name', ({ rule, mutate, after, expected }) => {
    const findings = after ? lintAfter(after) : lintOf(mutate);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule,
      severity: LINT_RULES[rule].severity,
      file: 'events.json',
      ...expected,
    });
    expect(findings[0]?.hint).toBeTruthy();
  });

  it('gives every rule a test above', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(Object.keys(LINT_RULES)));
  });

  it('lints a dataset migrated from version 1: every sentence uncited', () => {
    const files = makeDatasetFiles();
    const meta = files['dataset.json'] as Record<string, unknown>;
    meta.schemaVersion = 1;
    delete meta.bodies;
    for (const e of files['events.json'].events as unknown as Array<Record<string, unknown>>) {
      e.summary = (e.summary as Array<{ text: string }>).map((s) => s.text).join(' ');
      e.caveats = ((e.caveats ?? []) as Array<{ text: string }>).map((c) => c.text);
      for (const s of (e.shifts ?? []) as Array<Record<string, unknown>>) delete s.cite;
    }
    const result = validateDatasetValues(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(countByRule(lintDataset(result.dataset))).toEqual(new Map([['uncited-sentence', 3]]));
  });
});

describe('formatFinding', () => {
  it('leads with severity and rule', () => {
    expect(
      formatFinding({
        rule: 'undated-source',
        severity: 'warning',
        file: 'events.json',
        itemId: 'x',
        path: 'events[0].sources[0].date',
        message: 'source "ap" has no date',
        hint: 'give it',
      }),
    ).toBe(
      'warning [undated-source] events.json › x › events[0].sources[0].date: source "ap" has no date — hint: give it',
    );
  });
});

describe('placeholderTitleReason', () => {
  it.each([
    'AP report on the General Assembly vote',
    'Reuters report on Biden’s speech',
    'NHK report on Blinken’s visit and Netanyahu’s reply',
    'Report on the House Democrats’ letter',
    'Report carrying the White House readout of the call',
    'Report quoting Thomas-Greenfield on the resolution',
    'Press release on the senators’ letter to President Biden',
    'Photo of the Security Council vote',
    'EPA photo caption (in Italian) on the Senate leader',
    'Commentary on the Israel–Hamas war and international security',
  ])('flags "%s"', (title) => expect(placeholderTitleReason(title)).toBeDefined());

  it.each([
    'Russia, China veto US resolution at UN seeking Gaza ceasefire',
    'Takeaways from the U.S. report on Israel’s use of U.S. weapons',
    'Readout of President Biden’s Call with Prime Minister Netanyahu of Israel',
    'Statement on UNRWA allegations',
    'Van Hollen presses State Department for clarity on NSM-20',
    'Biden: If Israel goes into Rafah’s population centers, I’ll stop sending weapons',
  ])('accepts the headline "%s"', (title) => expect(placeholderTitleReason(title)).toBeUndefined());
});

describe('weakTitleReason', () => {
  it.each([
    ['Democratic senators demand Biden halt…', /cut short/],
    ['Over U.S. opposition, the UN passed...', /cut short/],
    ['Blinken', /one or two words/],
    ['SC/15637', /one or two words/],
    ['october 7 attacks on israel', /no capital/],
    ['Security Council press release SC/15496 (Resolution 2712)', /document symbol/],
    ['S/RES/2720 document page', /document symbol/],
    ['Blinken quitte Israël après sa visite (in French)', /language/],
  ])('flags "%s"', (title, reason) => expect(weakTitleReason(title)).toMatch(reason));

  it('accepts a headline, with or without a symbol in it', () => {
    expect(weakTitleReason('Security Council fails to adopt resolution')).toBeUndefined();
    expect(
      weakTitleReason('Adopting Resolution 2735 (2024) with 14 votes in favour, Russia abstaining'),
    ).toBeUndefined();
  });
});

describe('researchWordIn', () => {
  it.each([
    ['Two GitHub datasets give the draft symbol.', 'GitHub'],
    ['The stored text of UN press release SC/15637 says so.', 'stored text'],
    ['The count comes from memory.', 'from memory'],
    ['The dossier dates the sale to 9 December.', 'dossier'],
    ['The draft symbol is UNVERIFIED.', 'UNVERIFIED'],
    ['Not verified against a UN page.', 'verified'],
    ['We found no transcript.', 'We found'],
    ['Our research shows otherwise.', 'research'],
    ['The stored\nexcerpts have no dateline.', 'stored\nexcerpts'],
  ])('finds it in "%s"', (text, word) => expect(researchWordIn(text)).toBe(word));

  it.each([
    'The Council adopted the resolution 14–0–1.',
    'Biden said the claim was unverifiable',
    'A diversified supply of munitions',
    'The Council rejected the amendment.',
  ])('stays quiet on words that only contain a listed one: "%s"', (text) => {
    expect(researchWordIn(text)).toBeUndefined();
  });

  it('matches every listed word on its own, as a whole word only', () => {
    for (const w of RESEARCH_WORDS) {
      expect(researchWordIn(`Then ${w} here.`), w).toBeDefined();
      expect(researchWordIn(`Then x${w.replace(/ /g, '')}x here.`), w).toBeUndefined();
    }
  });
});
