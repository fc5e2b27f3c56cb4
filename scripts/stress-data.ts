/**
 * Generated records for testing Stanceline at scale: a pure, seeded generator that produces the
 * three files of a dataset folder. The same options always give byte-equal files, so a test or a
 * benchmark that generates its data is reproducible.
 *
 * The record imitates a real one in the ways that matter to the engine: a mix of event types
 * with a long tail (many statements, few vetoes), bursts of activity around a few dates over a
 * steady background, multi-day spans, a few month-precision dates, votes with member lists and
 * tallies that add up, quotes, relations to earlier events, several stance dimensions whose
 * levels move by steps, and actor groups of different sizes. Every file passes the validator.
 *
 * Source URLs point at example.org, the domain reserved for examples (RFC 2606): a generated
 * record claims nothing, so its sources must not look like pages a reader could check.
 */
import { randomExponential, randomInt, randomLcg, randomNormal } from 'd3-random';
import type {
  ActorsFile,
  DatasetMeta,
  EventType,
  StanceEvent,
  Vote,
  VoteChoice,
} from '../src/domain/schema';
import { DAY_MS, isoDayToMs } from '../src/domain/dates';

export interface StressOptions {
  /** Number of events. */
  events: number;
  /** Seed of the random sequence; equal seeds give equal records. */
  seed: number;
  /** Dataset id, also the folder name under data/. */
  id: string;
}

export interface StressDataset {
  meta: DatasetMeta;
  actors: ActorsFile;
  events: StanceEvent[];
}

/** First and last day of generated records: ten years, long enough for every zoom level. */
const PERIOD_START = '2015-01-01';
const PERIOD_DAYS = 3653;

/** Type weights, roughly the flagship's mix with the long tail a larger record has. */
const TYPE_WEIGHTS: ReadonlyArray<readonly [EventType, number]> = [
  ['statement', 30],
  ['speech', 10],
  ['interview', 7],
  ['meeting', 10],
  ['diplomacy', 9],
  ['letter', 6],
  ['report', 7],
  ['policy', 7],
  ['vote', 6],
  ['resolution', 3],
  ['veto', 1.5],
  ['attack', 3.5],
  // Records converted from TimelineJS come without types.
  ['other', 1],
];

const GROUPS = [
  { id: 'executive', name: 'Executive', size: 14, kind: 'person' },
  { id: 'legislature', name: 'Legislature', size: 18, kind: 'legislator-group' },
  { id: 'council', name: 'Security Council', size: 15, kind: 'member-state' },
  { id: 'agencies', name: 'Agencies', size: 8, kind: 'agency' },
  { id: 'armed-groups', name: 'Armed groups', size: 5, kind: 'armed-group' },
  { id: 'organisations', name: 'Organisations', size: 10, kind: 'organisation' },
] as const;

/** How often each group acts first in an event, in the order of `GROUPS`. */
const GROUP_WEIGHTS = [34, 20, 18, 12, 6, 10];

const TAGS = [
  ['ceasefire', 'Ceasefire'],
  ['humanitarian-aid', 'Humanitarian aid'],
  ['arms', 'Arms transfers'],
  ['hostages', 'Hostages'],
  ['sanctions', 'Sanctions'],
  ['borders', 'Borders'],
  ['civilians', 'Civilians'],
  ['negotiations', 'Negotiations'],
  ['oversight', 'Oversight'],
  ['trade', 'Trade'],
  ['refugees', 'Refugees'],
  ['energy', 'Energy'],
] as const;

const DIMENSIONS = [
  { id: 'un-position', name: 'Position at the UN', levels: 5 },
  { id: 'arms-conditions', name: 'Conditions on arms', levels: 4 },
  { id: 'public-criticism', name: 'Public criticism', levels: 5 },
  { id: 'aid-pressure', name: 'Pressure on aid access', levels: 3 },
] as const;

const LEVEL_WORDS = ['none', 'low', 'guarded', 'firm', 'strong', 'maximal'];

const COUNCIL_BODY = 'the-council';

/** Council seats that can veto; the first five council actors. */
const PERMANENT_SEATS = 5;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** Picks an index by weight with one uniform draw and a binary search over the running sums. */
function weighted(sums: readonly number[], u: number): number {
  const target = u * (sums[sums.length - 1] ?? 0);
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sums[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function makeActors(): ActorsFile {
  const actors: ActorsFile['actors'] = [];
  for (const group of GROUPS) {
    for (let i = 1; i <= group.size; i += 1) {
      actors.push({
        id: `${group.id}-${pad(i, 2)}`,
        name: `${group.name} ${i}`,
        kind: group.kind,
        group: group.id,
      });
    }
  }
  // The voting body itself, beside its members: votes name it as `body`.
  actors.push({
    id: COUNCIL_BODY,
    name: 'The Council',
    kind: 'intergovernmental-body',
    group: 'council',
  });
  return {
    $schema: '../schema/actors.schema.json',
    groups: GROUPS.map((g) => ({ id: g.id, name: g.name })),
    actors,
  };
}

function makeMeta(opts: StressOptions, events: number): DatasetMeta {
  const count = events.toLocaleString('en-GB');
  const end = isoDay(isoDayToMs(PERIOD_START) + (PERIOD_DAYS - 1) * DAY_MS);
  return {
    $schema: '../schema/dataset.schema.json',
    schemaVersion: 2,
    id: opts.id,
    title: `Generated record: ${count} events (seed ${opts.seed})`,
    subject: { actor: 'executive-01', label: 'Executive 1' },
    description:
      `A generated record of ${count} events between ${PERIOD_START} and ${end}, for testing ` +
      'Stanceline at scale. Nothing in it happened; its sources point at example.org.',
    updated: end,
    timeZone: 'Dates are generated calendar days.',
    licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    methodology:
      'Stance levels follow a random walk of one level at a time, generated with the events.',
    dimensions: DIMENSIONS.map((d) => ({
      id: d.id,
      name: d.name,
      question: `How far does the subject go on ${d.name.toLowerCase()}?`,
      levels: Array.from({ length: d.levels }, (_, i) => ({
        value: `level-${i + 1}`,
        label: `${LEVEL_WORDS[i] ?? `level ${i + 1}`}`,
        description: `Level ${i + 1} of ${d.levels} on ${d.name.toLowerCase()}.`,
      })),
    })),
    eras: Array.from({ length: 5 }, (_, i) => {
      const from = isoDayToMs(PERIOD_START) + Math.floor((i * PERIOD_DAYS) / 5) * DAY_MS;
      const to = isoDayToMs(PERIOD_START) + (Math.floor(((i + 1) * PERIOD_DAYS) / 5) - 1) * DAY_MS;
      return { id: `era-${i + 1}`, label: `Phase ${i + 1}`, start: isoDay(from), end: isoDay(to) };
    }),
    tags: TAGS.map(([id, label]) => ({ id, label })),
    bodies: [],
  };
}

/**
 * The whole record. Events are generated in time order (so stance levels walk forward and
 * relations point back) and listed in that order.
 */
export function generateStressDataset(opts: StressOptions): StressDataset {
  const n = Math.max(0, Math.floor(opts.events));
  // An integer seed is used as the generator's state as it is (d3-random's randomLcg).
  const rand = randomLcg(opts.seed);
  const uniform = () => rand();
  const normal = randomNormal.source(rand);
  const exponential = randomExponential.source(rand);
  const int = randomInt.source(rand);

  const actorsFile = makeActors();
  const byGroup = GROUPS.map((g) =>
    actorsFile.actors.filter((a) => a.group === g.id && a.id !== COUNCIL_BODY),
  );
  const council = byGroup[2] ?? [];
  const typeSums = cumulative(TYPE_WEIGHTS.map(([, w]) => w));
  const groupSums = cumulative(GROUP_WEIGHTS);

  // Bursts: a few dozen dates around which 40 % of the events crowd, a few days wide each.
  const start = isoDayToMs(PERIOD_START);
  const bursts = Array.from({ length: 36 }, () => ({
    centre: uniform() * PERIOD_DAYS,
    width: 0.5 + exponential(1 / 4)(),
  }));
  const burstSums = cumulative(bursts.map(() => 1 + uniform() * 3));
  const days: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let day: number;
    if (uniform() < 0.4) {
      const b = bursts[weighted(burstSums, uniform())] ?? { centre: 0, width: 1 };
      day = Math.round(normal(b.centre, b.width)());
    } else {
      day = Math.floor(uniform() * PERIOD_DAYS);
    }
    days.push(Math.min(PERIOD_DAYS - 1, Math.max(0, day)));
  }
  days.sort((a, b) => a - b);

  const width = String(Math.max(1, n)).length;
  const level = DIMENSIONS.map(() => 0);
  const events: StanceEvent[] = [];
  const spanLength = exponential(1 / 12);

  for (let i = 0; i < n; i += 1) {
    const id = `ev-${pad(i + 1, width)}`;
    const type = TYPE_WEIGHTS[weighted(typeSums, uniform())]?.[0] ?? 'statement';
    const isVote = type === 'vote' || type === 'resolution' || type === 'veto';
    const group = isVote ? 2 : weighted(groupSums, uniform());
    const pool = byGroup[group] ?? council;
    const first = pool[int(pool.length)()] ?? council[0];
    if (!first) throw new Error('no actors to generate events with');
    const day = days[i] ?? 0;
    const monthOnly = !isVote && uniform() < 0.02;
    let date = isoDay(start + day * DAY_MS);
    if (monthOnly) date = `${date.slice(0, 8)}01`;
    const r = uniform();
    const significance = r < 0.07 ? 3 : r < 0.3 ? 2 : 1;
    const tagCount = int(3)();
    const tags = [...new Set(Array.from({ length: tagCount }, () => TAGS[int(TAGS.length)()]![0]))];
    const topic = TAGS.find(([t]) => t === tags[0])?.[1].toLowerCase() ?? 'the situation';

    const actors: StanceEvent['actors'] = [
      { actor: first.id, role: isVote ? 'sponsor' : type === 'attack' ? 'perpetrator' : 'speaker' },
    ];
    const others = int(3)();
    for (let k = 0; k < others; k += 1) {
      const g = byGroup[weighted(groupSums, uniform())] ?? council;
      const other = g[int(g.length)()];
      if (other && !actors.some((a) => a.actor === other.id)) {
        actors.push({ actor: other.id, role: type === 'attack' ? 'affected' : 'participant' });
      }
    }

    const event: StanceEvent = {
      id,
      date,
      precision: monthOnly ? 'month' : 'day',
      type,
      title: `${first.name}: ${type} on ${topic}`,
      summary: [
        {
          text: `${first.name} issued a ${type} on ${topic}, event ${i + 1} of the generated record.`,
          cite: ['gen'],
        },
      ],
      significance,
      actors,
      tags,
      quotes: [],
      shifts: [],
      relations: [],
      sources: [
        {
          id: 'gen',
          publisher: 'Generated source',
          title: `Record of ${id}`,
          url: `https://example.org/stanceline/${opts.id}/${id}`,
          kind: 'dataset',
        },
      ],
      caveats: [],
    };

    if (!monthOnly && !isVote && uniform() < 0.08) {
      const length = 1 + Math.min(120, Math.floor(spanLength()));
      const end = Math.min(PERIOD_DAYS - 1, day + length);
      if (end > day) event.end = isoDay(start + end * DAY_MS);
    }
    if (isVote) event.vote = makeVote(type, first.id, council, uniform, int);
    if (uniform() < 0.1) {
      event.quotes.push({
        text: `Generated words of ${first.name} about ${topic}.`,
        speaker: first.id,
        source: 'gen',
      });
    }
    if (i > 0 && uniform() < 0.04) {
      const back = Math.min(i, 1 + int(50)());
      event.relations.push({ type: 'responds-to', target: `ev-${pad(i + 1 - back, width)}` });
    }
    if (significance >= 2 && uniform() < 0.04) {
      const d = int(DIMENSIONS.length)();
      const dim = DIMENSIONS[d]!;
      const current = level[d] ?? 0;
      const step = current === 0 ? 1 : current === dim.levels - 1 ? -1 : uniform() < 0.5 ? -1 : 1;
      level[d] = current + step;
      event.shifts.push({
        dimension: dim.id,
        level: `level-${current + step + 1}`,
        rationale: `Generated: moves ${dim.name.toLowerCase()} one level ${step > 0 ? 'up' : 'down'}.`,
      });
    }
    events.push(event);
  }

  return { meta: makeMeta(opts, n), actors: actorsFile, events };
}

type Rand = () => number;
type Int = (max: number) => () => number;

/**
 * A Security Council vote whose tally agrees with its members: the members that did not vote for
 * are listed, and the rest vote for (`remainder`). A veto has a permanent seat voting against.
 */
function makeVote(
  type: EventType,
  sponsor: string,
  council: readonly { id: string }[],
  uniform: Rand,
  int: Int,
): Vote {
  const members: Vote['members'] = [];
  for (const seat of council) {
    if (seat.id === sponsor) continue;
    const u = uniform();
    const vote: VoteChoice | null = u < 0.12 ? 'abstain' : u < 0.18 ? 'against' : null;
    if (vote) members.push({ actor: seat.id, vote });
  }
  let outcome: Vote['outcome'] = 'adopted';
  if (type === 'veto') {
    const seat = council[int(PERMANENT_SEATS)()];
    const at = members.findIndex((m) => m.actor === seat?.id);
    if (seat && seat.id !== sponsor) {
      const veto = { actor: seat.id, vote: 'against' as const, veto: true };
      if (at >= 0) members[at] = veto;
      else members.push(veto);
      outcome = 'vetoed';
    }
  }
  const tally = { for: 0, against: 0, abstain: 0 };
  for (const m of members) tally[m.vote] += 1;
  tally.for = council.length - tally.against - tally.abstain;
  if (outcome !== 'vetoed' && tally.for < 9) outcome = 'failed';
  return {
    body: COUNCIL_BODY,
    question: `Draft ${type === 'resolution' ? 'resolution' : 'text'} put to the vote`,
    outcome,
    tally,
    members,
    remainder: 'for',
  };
}
