/**
 * Invariants of the flagship dataset (data/us-stance-gaza). The validator checks that the files
 * are well formed; these tests pin down what the dataset must keep saying and how well it must be
 * sourced, so an edit that drops a key event, breaks a tally, orphans a quote, cites nothing or
 * mistypes a URL fails CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorsFile, DatasetMeta, Sentence, Source, StanceEvent } from '../domain/schema';
import { stanceSeries } from '../domain/stance';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
}
const dataFile = <T>(file: string): T => readJson<T>(`../../data/us-stance-gaza/${file}`);

const meta = dataFile<DatasetMeta>('dataset.json');
const { actors } = dataFile<ActorsFile>('actors.json');
const { events } = dataFile<{ events: StanceEvent[] }>('events.json');

/**
 * Every page the dataset cites, with what it is. A URL must be copied here verbatim before the
 * data may cite it, so a typo in a URL, or a page nobody has looked at, fails the test.
 */
interface RegisteredPage {
  url: string;
  what: string;
  /** "reference": on the project's checked reference list; "read": a page read directly. */
  basis: 'reference' | 'read';
}
const register = readJson<{ pages: RegisteredPage[] }>('./flagship-source-register.json').pages;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const actorIds = new Set(actors.map((a) => a.id));
const PERMANENT_MEMBERS = ['china', 'france', 'russia', 'united-kingdom', 'united-states'];
/** Ranks 1 and 2 of the source rules: primary records, labelled copies of them, the press. */
const STRONG_KINDS = new Set<Source['kind']>(['primary', 'mirror', 'press']);
const PRIMARY_KINDS = new Set<Source['kind']>(['primary', 'mirror']);

function event(id: string): StanceEvent {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`event "${id}" is missing`);
  return found;
}

function memberVote(e: StanceEvent, actor: string) {
  return e.vote?.members?.find((m) => m.actor === actor);
}

/** Every sentence an event shows a reader, with where it sits, for messages. */
function sentencesOf(e: StanceEvent): Array<{ where: string; sentence: Sentence }> {
  return [
    ...e.summary.map((sentence, i) => ({ where: `${e.id} › summary[${i}]`, sentence })),
    ...e.caveats.map((sentence, i) => ({ where: `${e.id} › caveats[${i}]`, sentence })),
  ];
}

/** Sources of the voting bodies' memberships in dataset.json (the Council's members by year). */
function bodySources(): Source[] {
  return meta.bodies.flatMap((b) => b.terms.flatMap((t) => t.sources ?? []));
}

describe('flagship dataset: us-stance-gaza', () => {
  it('covers the period with enough events, actors and dimensions', () => {
    expect(events.length).toBeGreaterThanOrEqual(80);
    expect(actors.length).toBeGreaterThanOrEqual(25);
    expect(meta.dimensions.length).toBeGreaterThanOrEqual(4);
    for (const dim of meta.dimensions) {
      expect(dim.levels.length, dim.id).toBeGreaterThanOrEqual(3);
      expect(dim.levels.length, dim.id).toBeLessThanOrEqual(6);
    }
    expect(events[0]?.date).toBe('2023-10-07');
    expect(events.at(-1)?.date.startsWith('2024-12')).toBe(true);
  });

  it('tracks an actor that exists', () => {
    expect(meta.subject && actorIds.has(meta.subject.actor)).toBe(true);
  });

  it('keeps events in date order', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives every event at least one http(s) source, and only http(s) URLs', () => {
    for (const e of events) {
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
      for (const s of e.sources) expect(s.url, `${e.id} › ${s.id}`).toMatch(/^https?:\/\//);
    }
  });

  it('names an existing speaker and an event source for every quote', () => {
    for (const e of events) {
      const sourceIds = new Set(e.sources.map((s) => s.id));
      for (const q of e.quotes) {
        expect(actorIds.has(q.speaker), `${e.id}: speaker ${q.speaker}`).toBe(true);
        expect(sourceIds.has(q.source), `${e.id}: source ${q.source}`).toBe(true);
      }
    }
  });

  describe('citations', () => {
    it('cites at least one source for every summary sentence and every caveat', () => {
      for (const e of events) {
        for (const { where, sentence } of sentencesOf(e)) {
          expect(sentence.cite.length, where).toBeGreaterThanOrEqual(1);
        }
      }
    });

    it('cites the sources behind every stance shift', () => {
      for (const e of events) {
        for (const s of e.shifts) {
          expect(s.cite?.length ?? 0, `${e.id} › ${s.dimension}`).toBeGreaterThanOrEqual(1);
        }
      }
    });

    it('resolves every citation to one of the same event’s sources', () => {
      for (const e of events) {
        const ids = new Set(e.sources.map((s) => s.id));
        const cites = [
          ...sentencesOf(e).flatMap(({ where, sentence }) => sentence.cite.map((c) => [where, c])),
          ...e.shifts.flatMap((s) => (s.cite ?? []).map((c) => [`${e.id} › ${s.dimension}`, c])),
        ];
        for (const [where, id] of cites) expect(ids.has(id!), `${where} → ${id}`).toBe(true);
      }
    });

    it('uses every listed source: each is cited by a sentence, a shift or a quote', () => {
      for (const e of events) {
        const used = new Set([
          ...sentencesOf(e).flatMap(({ sentence }) => sentence.cite),
          ...e.shifts.flatMap((s) => s.cite ?? []),
          ...e.quotes.map((q) => q.source),
        ]);
        for (const s of e.sources) expect(used.has(s.id), `${e.id} › ${s.id}`).toBe(true);
      }
    });

    it('never lets an aggregator support a sentence alone', () => {
      for (const e of events) {
        const kind = new Map(e.sources.map((s) => [s.id, s.kind]));
        for (const { where, sentence } of sentencesOf(e)) {
          const kinds = sentence.cite.map((id) => kind.get(id));
          expect(
            kinds.some((k) => k !== 'aggregator'),
            where,
          ).toBe(true);
        }
        expect(
          e.sources.some((s) => s.kind !== 'aggregator'),
          e.id,
        ).toBe(true);
      }
    });

    it('labels every copy of a primary record with the original it copies', () => {
      for (const e of events) {
        for (const s of e.sources.filter((x) => x.kind === 'mirror')) {
          expect(s.original?.publisher, `${e.id} › ${s.id}`).toBeTruthy();
          expect(s.original?.title, `${e.id} › ${s.id}`).toBeTruthy();
        }
      }
    });

    it('rests every event on a primary record or the press (ranks 1–2)', () => {
      for (const e of events) {
        expect(
          e.sources.some((s) => STRONG_KINDS.has(s.kind)),
          e.id,
        ).toBe(true);
      }
    });

    it('has a primary record, or a labelled copy of one, for at least 60 % of events', () => {
      const primary = events.filter((e) => e.sources.some((s) => PRIMARY_KINDS.has(s.kind)));
      expect(primary.length / events.length).toBeGreaterThanOrEqual(0.6);
    });

    it('cites only registered pages, URL for URL', () => {
      const registered = new Set(register.map((p) => p.url));
      const cited = [
        ...events.flatMap((e) => e.sources.map((s) => [`${e.id} › ${s.id}`, s.url] as const)),
        ...bodySources().map((s) => [`bodies › ${s.id}`, s.url] as const),
      ];
      for (const [where, url] of cited) expect(registered.has(url), `${where}: ${url}`).toBe(true);
    });

    it('keeps the register of pages tidy: unique, described, and all of it cited', () => {
      const urls = register.map((p) => p.url);
      expect(new Set(urls).size).toBe(urls.length);
      const cited = new Set([
        ...events.flatMap((e) => e.sources.map((s) => s.url)),
        ...bodySources().map((s) => s.url),
      ]);
      for (const p of register) {
        expect(p.what.trim().length, p.url).toBeGreaterThan(10);
        expect(['reference', 'read'], p.url).toContain(p.basis);
        expect(cited.has(p.url), `not cited: ${p.url}`).toBe(true);
      }
    });
  });

  describe('reader-facing text', () => {
    // Words about how the record was put together, which a reader has no use for.
    const BACKSTAGE =
      /dossier|github|stored (text|excerpt|page)|from memory|(could|can) ?not (be )?verif|unverified|fact[- ]check|our research|the researchers?/i;

    it('speaks of the record only, never of how it was researched', () => {
      const texts: Array<[string, string]> = [
        ['dataset › description', meta.description],
        ['dataset › methodology', meta.methodology],
        ['dataset › timeZone', meta.timeZone],
      ];
      for (const e of events) {
        texts.push([`${e.id} › title`, e.title]);
        if (e.dateNote) texts.push([`${e.id} › dateNote`, e.dateNote]);
        for (const { where, sentence } of sentencesOf(e)) texts.push([where, sentence.text]);
        for (const s of e.shifts) texts.push([`${e.id} › ${s.dimension}`, s.rationale]);
        for (const r of e.relations) if (r.note) texts.push([`${e.id} › ${r.target}`, r.note]);
        for (const s of e.sources) if (s.note) texts.push([`${e.id} › ${s.id}`, s.note]);
      }
      for (const [where, text] of texts) expect(text, where).not.toMatch(BACKSTAGE);
    });

    it('marks a shift that rests on a reading of the record as the dataset’s judgement', () => {
      // These levels are inferred from what the U.S. did, not stated by it; the rationale must
      // say so rather than present the inference as a fact.
      for (const [id, dimension] of [
        ['white-house-no-major-rafah-operation', 'rafah-operation'],
        ['thirty-day-deadline-passes', 'arms-conditions'],
        ['us-vetoes-e10-ceasefire-draft', 'un-ceasefire'],
      ] as const) {
        const shift = event(id).shifts.find((s) => s.dimension === dimension);
        expect(shift?.rationale, id).toMatch(/judgement/);
      }
    });
  });

  describe('corrected record', () => {
    function quotes(id: string): string[] {
      return event(id).quotes.map((q) => q.text);
    }

    it('quotes Biden on Schumer’s speech verbatim, on Mar 15', () => {
      const e = event('biden-praises-schumer-speech');
      expect(e.date).toBe('2024-03-15');
      expect(quotes(e.id)).toContain(
        'He made a good speech and I think he expressed serious concern shared not only by him but by many Americans',
      );
    });

    it('quotes the State of the Union on the pier verbatim', () => {
      expect(quotes('state-of-the-union-gaza-pier')).toContain(
        'No U.S. boots will be on the ground.',
      );
    });

    it('quotes Kirby’s whole sentence on the abstention of Mar 25', () => {
      expect(quotes('un-resolution-2728')).toContain(
        'Our vote does not, I repeat, does not represent a shift in our policy.',
      );
    });

    it('dates the first public warning on Rafah to Feb 12, not to the Mar 9 interview', () => {
      const first = events.find((e) => e.shifts.some((s) => s.dimension === 'rafah-operation'));
      expect(first?.id).toBe('biden-abdullah-rafah-warning');
      expect(first?.date).toBe('2024-02-12');
      const redLine = event('biden-msnbc-red-line-interview');
      expect(redLine.shifts.some((s) => s.dimension === 'rafah-operation')).toBe(false);
    });

    it('records the U.S. veto of Russia’s amendment to Resolution 2720', () => {
      const e = event('us-vetoes-russian-amendment-2720');
      expect(e.date).toBe('2023-12-22');
      expect(e.vote?.outcome).toBe('vetoed');
      expect(e.vote?.tally).toEqual({ for: 10, against: 1, abstain: 4 });
      expect(e.actors).toContainEqual({ actor: 'united-states', role: 'vetoed' });
      // The sources name only the one negative vote, so the record is partial, veto marked.
      expect(e.vote?.partial).toBe(true);
      expect(e.vote?.members).toEqual([{ actor: 'united-states', vote: 'against', veto: true }]);
    });

    it('tells the Rafah warning of Feb 12 with the calls before and after it', () => {
      const e = event('biden-abdullah-rafah-warning');
      const text = e.summary.map((s) => s.text).join(' ');
      expect(text).toMatch(/Feb 11/);
      expect(text).toMatch(/Feb 15/);
      expect(quotes(e.id)).toContain('should not proceed without a credible plan');
      expect(quotes(e.id)).toContain('a credible and executable plan');
    });

    it('names the U.S. amendment that failed at the General Assembly on Dec 12', () => {
      const e = event('unga-ceasefire-demand-dec-12');
      const text = e.summary.map((s) => s.text).join(' ');
      expect(text).toMatch(/proposed by the United States/);
      // The tally rests on a copy of Wikipedia only, so it stays in a caveat that says so.
      expect(text).not.toMatch(/84/);
      expect(e.caveats.map((c) => c.text).join(' ')).toMatch(/Only WikiMili.*84 in favour/);
    });

    it('gives the White House walk-back of "red line" and its May 28 finding', () => {
      expect(quotes('biden-msnbc-red-line-interview')).toContain(
        'is not stated as a declaration of our policy',
      );
      expect(quotes('white-house-no-major-rafah-operation')).toContain(
        'As a result of this strike on Sunday, I have no policy changes to speak to',
      );
    });

    it('gives the hostage demands of Resolution 2728 and of the draft of Nov 20, 2024', () => {
      const text = (id: string) =>
        event(id)
          .summary.map((s) => s.text)
          .join(' ');
      expect(text('un-resolution-2728')).toMatch(
        /release of all hostages, without linking that demand to the ceasefire/,
      );
      expect(text('us-vetoes-e10-ceasefire-draft')).toMatch(
        /reiterated the demand for the immediate and unconditional release of all hostages/,
      );
      expect(quotes('us-vetoes-e10-ceasefire-draft')).toContain(
        'These two urgent goals are inextricably linked. This resolution abandoned that necessity, and for that reason, the United States could not support it.',
      );
    });

    it('names Executive Order 14115 on West Bank violence', () => {
      const text = event('settler-sanctions-executive-order')
        .summary.map((s) => s.text)
        .join(' ');
      expect(text).toContain('14115');
    });

    it('shows Canada abstaining on the Oct 27 truce resolution, not sponsoring it', () => {
      const roles = event('unga-humanitarian-truce-resolution')
        .actors.filter((a) => a.actor === 'canada')
        .map((a) => a.role);
      expect(roles).toEqual(['abstained']);
    });
  });

  describe('votes', () => {
    it('records the Russian and Chinese veto of the U.S. draft on 2024-03-22', () => {
      const e = event('us-ceasefire-draft-vetoed-by-russia-china');
      expect(e.date).toBe('2024-03-22');
      expect(e.vote?.tally).toEqual({ for: 11, against: 3, abstain: 1 });
      expect(memberVote(e, 'russia')).toMatchObject({ vote: 'against', veto: true });
      expect(memberVote(e, 'china')).toMatchObject({ vote: 'against', veto: true });
      expect(memberVote(e, 'algeria')?.vote).toBe('against');
      expect(memberVote(e, 'algeria')?.veto).toBeFalsy();
      expect(memberVote(e, 'guyana')?.vote).toBe('abstain');
      expect(e.vote?.document).toBeUndefined();
    });

    it('keeps the three events of 2024-03-22 separate', () => {
      for (const id of [
        'us-ceasefire-draft-vetoed-by-russia-china',
        'blinken-tel-aviv-rafah-remarks',
        'senators-nsm20-statement',
      ]) {
        expect(event(id).date, id).toBe('2024-03-22');
      }
    });

    it('records Resolution 2728 with the U.S. abstaining', () => {
      const e = event('un-resolution-2728');
      expect(e.date).toBe('2024-03-25');
      expect(e.vote?.tally).toEqual({ for: 14, against: 0, abstain: 1 });
      expect(memberVote(e, 'united-states')?.vote).toBe('abstain');
    });

    it('marks a veto only on a permanent member’s vote against', () => {
      for (const e of events) {
        for (const m of e.vote?.members ?? []) {
          if (!m.veto) continue;
          expect(PERMANENT_MEMBERS, `${e.id} › ${m.actor}`).toContain(m.actor);
          expect(m.vote, `${e.id} › ${m.actor}`).toBe('against');
        }
      }
    });

    it('lists the fifteen Council members of 2023 and of 2024', () => {
      const council = meta.bodies.find((b) => b.actor === 'un-security-council');
      const years = council?.terms.map((t) => [t.from, t.to]) ?? [];
      expect(years).toEqual([
        ['2023-01-01', '2023-12-31'],
        ['2024-01-01', '2024-12-31'],
      ]);
      for (const term of council?.terms ?? []) {
        expect(new Set(term.members).size, term.from).toBe(15);
        expect(term.sources?.length ?? 0, term.from).toBeGreaterThanOrEqual(1);
        for (const p5 of PERMANENT_MEMBERS) expect(term.members, term.from).toContain(p5);
        for (const m of term.members) expect(actorIds.has(m), m).toBe(true);
      }
    });

    it('accounts for every Council member on every Council vote that names members', () => {
      const council = meta.bodies.find((b) => b.actor === 'un-security-council');
      for (const e of events) {
        const vote = e.vote;
        if (vote?.body !== 'un-security-council' || vote.members.length === 0) continue;
        // Only the amendment of Dec 22, 2023 is a partial record (see 'corrected record').
        if (vote.partial) {
          expect(e.id).toBe('us-vetoes-russian-amendment-2720');
          continue;
        }
        const term = council?.terms.find((t) => t.from <= e.date && e.date <= t.to);
        expect(term, e.id).toBeDefined();
        const listed = new Map(vote.members.map((m) => [m.actor, m.vote]));
        const counts = { for: 0, against: 0, abstain: 0 };
        for (const member of term?.members ?? []) {
          const choice = listed.get(member) ?? vote.remainder;
          expect(choice, `${e.id} › ${member}`).toBeDefined();
          if (choice) counts[choice] += 1;
        }
        expect(counts, e.id).toEqual(vote.tally);
      }
    });
  });

  describe('stance tracks that tell the whole story', () => {
    const steps = (dimensionId: string) => {
      const dimension = meta.dimensions.find((d) => d.id === dimensionId);
      if (!dimension) throw new Error(`no dimension ${dimensionId}`);
      return stanceSeries(dimension, events).steps;
    };

    it('marks arms transfers on the arms track beside the holds, at the level in force', () => {
      const arms = steps('arms-conditions');
      for (const id of [
        'second-emergency-arms-sale',
        'supplemental-israel-aid-signed',
        'one-billion-arms-package',
        'twenty-billion-arms-sales',
      ]) {
        const step = arms.find((s) => s.eventId === id);
        expect(step?.direction, id).toBe('same');
        expect(step?.rationale, id).toMatch(/does not change/);
      }
      // The holds and the ultimatum are still there.
      for (const id of [
        'bomb-shipment-paused',
        'partial-release-500lb-bombs',
        'blinken-austin-30-day-letter',
      ])
        expect(
          arms.some((s) => s.eventId === id && s.direction !== 'same'),
          id,
        ).toBe(true);
    });

    it('follows the Rafah condition of May 8 with what the White House said on May 28', () => {
      const rafah = steps('rafah-operation');
      const condition = rafah.findIndex((s) => s.eventId === 'biden-cnn-rafah-weapons-interview');
      expect(condition).toBeGreaterThanOrEqual(0);
      const after = rafah.slice(condition + 1);
      expect(after.map((s) => [s.eventId, s.direction])).toEqual([
        ['white-house-no-major-rafah-operation', 'down'],
      ]);
    });
  });

  it('gives every dimension at least two shifts onto levels it defines', () => {
    for (const dim of meta.dimensions) {
      const levels = new Set(dim.levels.map((l) => l.value));
      const shifts = events.flatMap((e) => e.shifts.filter((s) => s.dimension === dim.id));
      expect(shifts.length, dim.id).toBeGreaterThanOrEqual(2);
      for (const s of shifts) expect(levels.has(s.level), `${dim.id}: ${s.level}`).toBe(true);
    }
  });

  it('uses kebab-case ids everywhere', () => {
    const ids = [
      ...events.map((e) => e.id),
      ...events.flatMap((e) => e.sources.map((s) => s.id)),
      ...actors.map((a) => a.id),
      ...meta.dimensions.flatMap((d) => [d.id, ...d.levels.map((l) => l.value)]),
      ...meta.eras.map((r) => r.id),
      ...meta.tags.map((t) => t.id),
    ];
    for (const id of ids) expect(id).toMatch(ID);
  });

  it('points every relation at another existing event', () => {
    const eventIds = new Set(events.map((e) => e.id));
    for (const e of events) {
      for (const r of e.relations) {
        expect(eventIds.has(r.target), `${e.id} → ${r.target}`).toBe(true);
        expect(r.target).not.toBe(e.id);
      }
    }
  });
});
