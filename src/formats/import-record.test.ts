import { describe, expect, it } from 'vitest';
import { validateBundleValue } from '../domain/bundle';
import { formatProblem } from '../domain/validate';
import { bundleFromFolderValues, serializeBundle } from './bundle';
import { importText, type ImportResult } from './import-record';
import { describeImport } from './import-summary';
import { summaryText } from '../domain/summary';
import { makeDatasetFiles } from '../domain/test-fixtures';
import {
  makeTimelineJson,
  TEMPLATE_CSV,
  TIMELINE_SHEET,
  UN_2712,
  UN_2728,
  UN_PALESTINE,
  UN_VETO_MARCH,
} from './test-fixtures';

const TODAY = '2026-11-23';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

const open = (text: string, name: string) => ok(importText(text, { name, today: TODAY }));
const event = (r: ReturnType<typeof ok>, title: RegExp) => {
  const found = r.dataset.events.find((e) => title.test(e.title));
  if (!found) throw new Error(`no event ${String(title)}`);
  return found;
};

describe('importText: TimelineJS JSON', () => {
  const r = open(JSON.stringify(makeTimelineJson()), 'security-council.json');

  it('takes the title slide as the title and description, without markup', () => {
    expect(r.format).toBe('timelinejs-json');
    expect(r.dataset.meta.title).toBe('Gaza at the Security Council 2023–2024');
    expect(r.dataset.meta.description).toBe(
      'Votes and vetoes at the UN Security Council.\n\nDrawn from the flagship record.',
    );
  });

  it('reads dates of every precision, spans, and drops an end equal to the start', () => {
    expect(event(r, /^Resolution 2712/)).toMatchObject({ date: '2023-11-15', precision: 'day' });
    expect(event(r, /veto the U\.S\./)).toMatchObject({ date: '2024-03-22', time: '10:00' });
    expect(event(r, /^Resolution 2728/).end).toBeUndefined();
    expect(event(r, /truce/)).toMatchObject({ date: '2023-11-24', end: '2023-12-01' });
    expect(event(r, /bomb pause/)).toMatchObject({ date: '2024-05-01', precision: 'month' });
    expect(event(r, /first response/)).toMatchObject({
      date: '2023-01-01',
      end: '2024-12-31',
      precision: 'year',
    });
  });

  it('turns display_date into a date note', () => {
    expect(event(r, /truce/).dateNote).toBe('Date given as “24 Nov – 1 Dec 2023”.');
  });

  it('makes groups lanes, trimmed, with a lane for slides without a group', () => {
    expect(r.dataset.groups.map((g) => g.name)).toEqual([
      'Security Council',
      'Diplomacy',
      'No group',
    ]);
    const lane = (title: RegExp) =>
      r.dataset.actorById.get(event(r, title).actors[0]!.actor)?.group;
    expect(lane(/^Resolution 2728/)).toBe('security-council');
    expect(lane(/truce/)).toBe('diplomacy');
    expect(lane(/Palestine/)).toBe('no-group');
  });

  it('turns eras into eras, month eras running to the end of the month', () => {
    expect(r.dataset.meta.eras).toEqual([
      {
        id: 'the-march-turn',
        label: 'The March turn',
        start: '2024-03-01',
        end: '2024-04-30',
        description: 'Warnings on Rafah & Resolution 2728.',
      },
      {
        id: 'rafah-and-the-bomb-pause',
        label: 'Rafah and the bomb pause',
        start: '2024-05-01',
        end: '2024-05-31',
      },
    ]);
  });

  it('converts HTML to plain text with entities decoded once', () => {
    // One sentence per paragraph, each citing the links in it.
    expect(event(r, /^Resolution 2712/).summary).toEqual([
      { text: 'The Council adopted Malta’s text on children in Gaza by 12–0–3.', cite: [] },
      { text: 'See SC/15496.', cite: ['s1'] },
    ]);
    expect(event(r, /veto the U\.S\./).title).toBe(
      'Russia and China veto the U.S. "immediate and sustained ceasefire" draft',
    );
  });

  it('makes links in the text the event’s sources: anchors, bare URLs and // links', () => {
    expect(event(r, /^Resolution 2712/).sources).toEqual([
      {
        id: 's1',
        publisher: 'press.un.org',
        title: 'SC/15496',
        url: UN_2712,
        kind: 'unclassified',
      },
    ]);
    expect(event(r, /veto the U\.S\./).sources.map((s) => s.url)).toEqual([UN_VETO_MARCH]);
    expect(event(r, /^Resolution 2728/).sources.map((s) => s.url)).toEqual([UN_2728]);
  });

  it('keeps hostile markup as text and drops script and javascript: links', () => {
    const e = event(r, /Palestine/);
    expect(e.title).toBe('U.S. vetoes full UN membership for Palestine');
    expect(summaryText(e)).toBe('<img src=x onerror=alert(1)> click GA/12595');
    expect(e.sources.map((s) => s.url)).toEqual([UN_PALESTINE]);
  });

  it('uses unique_id as the event id, made link-safe, and the headline otherwise', () => {
    expect(event(r, /veto the U\.S\./).id).toBe('us-draft-vetoed');
    expect(event(r, /truce/).id).toBe('hostage-release-truce');
  });

  it('marks the record as converted and leaves out what TimelineJS does not say', () => {
    expect(r.dataset.meta.origin).toEqual({
      format: 'timelinejs-json',
      file: 'security-council.json',
      converted: TODAY,
    });
    expect(r.dataset.meta.licence).toBeUndefined();
    expect(r.dataset.meta.subject).toBeUndefined();
    expect(new Set(r.dataset.events.map((e) => e.type))).toEqual(new Set(['other']));
  });

  it('says what it did', () => {
    expect(describeImport(r.summary)).toBe(
      '7 events imported from TimelineJS; media ignored on 1 event; 1 date is year-only; ' +
        '1 date is month-only; 3 events have no source; the title slide’s media was left out',
    );
  });

  it('writes a bundle that opens again as the same record', () => {
    const again = open(serializeBundle(r.bundle), 'again.stanceline.json');
    expect(again.format).toBe('bundle');
    expect(again.dataset.events).toEqual(r.dataset.events);
    expect(describeImport(again.summary)).toMatch(/^7 events opened from a Stanceline bundle/);
  });

  it('takes the file name as the title when there is no title slide', () => {
    const { title: _title, ...rest } = makeTimelineJson();
    void _title;
    const named = open(JSON.stringify(rest), 'my-timeline.json');
    expect(named.dataset.meta.title).toBe('my-timeline');
    expect(named.dataset.meta.description).toBe('Converted from my-timeline.json.');
  });
});

describe('importText: TimelineJS spreadsheet (CSV)', () => {
  const r = open(TIMELINE_SHEET, 'sheet.csv');

  it('honours the title row, the era row, and skips blank rows', () => {
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset.meta.title).toBe('Gaza at the Security Council');
    expect(r.dataset.meta.description).toBe('Votes, vetoes and "abstentions" at the Council.');
    expect(r.dataset.meta.eras.map((e) => [e.label, e.start, e.end])).toEqual([
      ['The March turn', '2024-03-01', '2024-04-30'],
    ]);
    expect(r.dataset.events).toHaveLength(5);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(event(r, /^Resolution 2712/).summary.map((s) => s.text)).toEqual([
      'Adopted 12–0–3.',
      'See SC/15496, page 1, 2.',
    ]);
    expect(event(r, /veto the U\.S\./).title).toBe(
      'Russia and China veto the U.S. "immediate and sustained ceasefire" draft',
    );
    expect(summaryText(event(r, /truce/))).toBe(
      'A truce took effect on Nov 24, was extended, and broke down on Dec 1.',
    );
  });

  it('reads the Time column and the end date columns', () => {
    expect(event(r, /veto the U\.S\./).time).toBe('10:30');
    expect(event(r, /truce/)).toMatchObject({ end: '2023-12-01' });
    expect(event(r, /truce/).dateNote).toBe('Date given as “24 Nov – 1 Dec 2023”.');
  });

  it('says what it did', () => {
    expect(describeImport(r.summary)).toBe(
      '5 events imported from a TimelineJS spreadsheet; media ignored on 1 event; ' +
        '1 date is year-only; 1 date is month-only; 4 events have no source; 2 blank rows skipped',
    );
  });

  it('reads LF line ends as well as CRLF, with or without a BOM', () => {
    const lf = open(TIMELINE_SHEET.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), 'lf.csv');
    expect(lf.dataset.events).toEqual(r.dataset.events);
  });

  it('names the row and column of a bad date', () => {
    const bad = TIMELINE_SHEET.replace('2024,5,,,', '2024,13,,,');
    const result = importText(bad, { name: 'sheet.csv', today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'sheet.csv › row 7 › Month: "13" is not a month (1–12)',
    ]);
  });

  it('reads a sheet saved with semicolons, as some spreadsheet locales do', () => {
    const semi = [
      'Year;Month;Day;Headline;Text;Group',
      '2024;3;25;Resolution 2728, a Ramadan ceasefire;"Passed 14–0–1; the U.S. abstained.";Council',
    ].join('\n');
    const result = open(semi, 'semi.csv');
    expect(result.dataset.events.map((e) => [e.date, e.title, summaryText(e)])).toEqual([
      ['2024-03-25', 'Resolution 2728, a Ramadan ceasefire', 'Passed 14–0–1; the U.S. abstained.'],
    ]);
  });
});

describe('importText: the Stanceline CSV template', () => {
  const r = open(TEMPLATE_CSV, 'template.csv');

  it('reads types, actors, groups, tags, significance and ids', () => {
    const e = event(r, /^Resolution 2712/);
    expect(e).toMatchObject({ id: 'res-2712', type: 'resolution', significance: 3 });
    expect(e.actors.map((a) => r.dataset.actorById.get(a.actor)?.name)).toEqual([
      'United Nations Security Council',
      'United States',
    ]);
    expect(e.tags).toEqual(['security-council', 'abstention']);
    expect(event(r, /bomb pause/)).toMatchObject({
      type: 'policy',
      significance: 1,
      precision: 'month',
    });
  });

  it('puts each actor in the group of the first row that lists it first', () => {
    const group = (name: string) => r.dataset.actors.find((a) => a.name === name)?.group;
    expect(group('Russia')).toBe('un-security-council');
    expect(group('United States')).toBe('u-s-executive');
  });

  it('reads several sources, one per line, with titles and publishers', () => {
    expect(event(r, /^Resolution 2712/).sources).toEqual([
      {
        id: 's1',
        publisher: 'United Nations',
        title: 'Security Council press release SC/15496 (Resolution 2712)',
        url: UN_2712,
        kind: 'unclassified',
      },
    ]);
    expect(event(r, /veto the U\.S\./).sources.map((s) => [s.title, s.url])).toEqual([
      ['SC/15637', UN_VETO_MARCH],
      ['SC/15641', UN_2728],
    ]);
  });

  it('keeps paragraphs, the time and the date note', () => {
    // The row's sources back every paragraph of its summary.
    expect(event(r, /^Resolution 2712/).summary).toEqual([
      { text: "The Council adopted Malta's text by 12–0–3.", cite: ['s1'] },
      { text: 'The U.S. let it pass.', cite: ['s1'] },
    ]);
    expect(event(r, /veto the U\.S\./)).toMatchObject({
      time: '10:30',
      dateNote: 'Local time in New York',
    });
  });

  it('honours title and era rows', () => {
    expect(r.dataset.meta.title).toBe('Gaza at the Security Council');
    expect(r.dataset.meta.eras.map((e) => e.label)).toEqual(['The March turn']);
  });

  it('says what it did', () => {
    expect(describeImport(r.summary)).toBe(
      '4 events imported from the Stanceline CSV template; 1 date is year-only; ' +
        '1 date is month-only; 2 events have no source; 1 blank row skipped',
    );
  });

  it.each([
    ['an unknown type', 'resolution', 'decree', 'row 3 › type: unknown type "decree"'],
    ['a bad significance', ',3,', ',4,', 'row 3 › significance: "4" is not 1, 2 or 3'],
    [
      'a URL without a scheme',
      UN_2712,
      'press.un.org/x',
      'row 3 › source urls: "press.un.org/x" is not an http(s) URL',
    ],
    [
      'a day that does not exist',
      '2024-05,',
      '2024-02-30,',
      'row 6 › date: "30" is not a day of 2024-02',
    ],
  ])('reports %s at its row and column', (_what, from, to, message) => {
    const result = importText(TEMPLATE_CSV.replace(from, to), { name: 't.csv', today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem).join('\n')).toContain(`t.csv › ${message}`);
  });
});

describe('importText: bundles and other files', () => {
  it('opens a bundle as it is, with the validator’s messages when it is broken', () => {
    const bundle = bundleFromFolderValues(makeDatasetFiles());
    expect(open(JSON.stringify(bundle), 'b.json').dataset.meta.id).toBe('fixture');
    (bundle.dataset as { updated: string }).updated = '2024-02-30';
    const broken = importText(JSON.stringify(bundle), { name: 'b.json', today: TODAY });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems.map(formatProblem)).toEqual([
      'b.json › dataset.updated: "2024-02-30" is not a real calendar date',
    ]);
  });

  it('requires sources in a bundle that is not a converted record', () => {
    const bundle = bundleFromFolderValues(makeDatasetFiles());
    (bundle.events as Array<{ sources: unknown[] }>)[0]!.sources = [];
    expect(validateBundleValue(bundle, 'b.json').ok).toBe(false);
  });

  it('refuses a file that is no format it knows, saying which formats it opens', () => {
    const result = importText('just some words', { name: 'notes.txt', today: TODAY });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: 'notes.txt', message: 'is not a format Stanceline can open' }],
    });
  });
});

describe('importText: TimelineJS JSON that cannot be read', () => {
  const problems = (value: unknown) => {
    const result = importText(JSON.stringify(value), { name: 't.json', today: TODAY });
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('names every bad slide by its path and headline', () => {
    const file = makeTimelineJson();
    file.events[0]!.start_date = { year: '2023', month: '11', day: '31' };
    delete (file.events[3] as { start_date?: unknown }).start_date;
    file.eras[0]!.end_date = { year: 2024, month: 2, day: 1 };
    expect(problems(file)).toEqual([
      't.json › Resolution 2712 on humanitarian pauses;… › events[0].start_date.day: "31" is not a day of 2023-11 — hint: check the day exists in that month',
      't.json › Hostage-release truce › events[3].start_date: is missing — hint: every slide needs a start_date with at least a year',
      't.json › The March turn › eras[0].end_date: ends (2024-02-01) before it starts (2024-03-01) — hint: swap the dates, or remove the end date',
    ]);
  });

  it('refuses a file without events, and an era without an end', () => {
    expect(problems({ title: {}, events: [] })).toEqual([
      't.json › events: has no events — hint: a timeline needs at least one dated slide',
    ]);
    const file = makeTimelineJson();
    delete (file.eras[1] as { end_date?: unknown }).end_date;
    expect(problems(file)).toEqual([
      't.json › Rafah and the bomb pause › eras[1].end_date: is missing — hint: an era needs an end date',
    ]);
  });
});

describe('the CSV template in docs/', () => {
  it('opens as the template says: a title, an era, four sourced events in three lanes', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(
      new URL('../../docs/templates/stanceline-template.csv', import.meta.url),
      'utf8',
    );
    const r = open(text, 'stanceline-template.csv');
    expect(r.format).toBe('stanceline-csv');
    expect(r.dataset.meta.title).toBe('Four moments in the U.S. stance on the Israel–Hamas war');
    expect(r.dataset.meta.eras.map((e) => e.label)).toEqual(['Pauses, truce and vetoes']);
    expect(r.dataset.events.map((e) => e.id)).toEqual([
      'hostage-release-truce',
      'us-vetoes-uae-ceasefire-draft',
      'un-resolution-2728',
      'bomb-shipment-paused',
    ]);
    // Actors that no row lists first are filed apart, with no lane of their own.
    expect(r.dataset.groups.map((g) => g.name)).toEqual([
      'Mediators',
      'U.S. executive',
      'UN Security Council',
      'Other actors',
    ]);
    expect(r.summary.unsourced).toBe(0);
  });
});
