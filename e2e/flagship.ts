/**
 * The flagship dataset as the e2e tests see it: read from data/ with node:fs, so expected counts
 * and names follow the data instead of being copied into the tests by hand.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface RawEvent {
  id: string;
  date: string;
  significance: number;
  title: string;
  /** A string in schema version 1; cited sentences from version 2 on. */
  summary: string | Array<{ text: string; cite: string[] }>;
  type: string;
  end?: string;
  precision?: 'day' | 'month' | 'year';
  actors: Array<{ actor: string }>;
  vote?: {
    body: string;
    question?: string;
    document?: string;
    members?: Array<{ actor: string }>;
  };
  quotes?: Array<{ speaker: string; text: string; context?: string }>;
  sources: Array<{
    id: string;
    title: string;
    url: string;
    publisher: string;
    note?: string;
    original?: { publisher: string; title: string };
  }>;
  shifts?: Array<{ dimension: string; level: string; rationale: string }>;
  relations?: Array<{ type: string; target: string; note?: string }>;
  dateNote?: string;
  /** Strings in schema version 1; cited sentences from version 2 on. */
  caveats?: Array<string | { text: string }>;
}

interface RawDimension {
  id: string;
  name: string;
  levels: Array<{ value: string; label: string }>;
}

interface RawActor {
  id: string;
  name: string;
  shortName?: string;
  title?: string;
}

const dir = resolve(import.meta.dirname, '..', 'data', 'us-stance-gaza');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as T;

export const EVENTS: readonly RawEvent[] = read<{ events: RawEvent[] }>('events.json').events;
export const ACTORS: readonly RawActor[] = read<{ actors: RawActor[] }>('actors.json').actors;
export const DIMENSIONS: readonly RawDimension[] = read<{ dimensions: RawDimension[] }>(
  'dataset.json',
).dimensions;
export const TOTAL = EVENTS.length;

export function eventById(id: string): RawEvent {
  const event = EVENTS.find((e) => e.id === id);
  if (!event) throw new Error(`events.json has no event "${id}"`);
  return event;
}

export function actorByName(name: string): RawActor {
  const actor = ACTORS.find((a) => a.name === name);
  if (!actor) throw new Error(`actors.json has no actor named "${name}"`);
  return actor;
}

/** The actors an event involves, as the actor filter reads them: listed, voting, quoted. */
function involved(event: RawEvent): Set<string> {
  const ids = new Set(event.actors.map((a) => a.actor));
  if (event.vote) {
    ids.add(event.vote.body);
    for (const m of event.vote.members ?? []) ids.add(m.actor);
  }
  for (const q of event.quotes ?? []) ids.add(q.speaker);
  return ids;
}

export function eventsInvolving(actorId: string): RawEvent[] {
  return EVENTS.filter((e) => involved(e).has(actorId));
}

/** Events that overlap the inclusive days [since, until], as the date filter reads them. */
export function eventsBetween(since: string, until: string): RawEvent[] {
  return EVENTS.filter((e) => e.date <= until && (e.end ?? e.date) >= since);
}

/** Case, accents and typographic dashes and quotes folded, as the app's search folds them. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

/** The summary as plain text, sentences joined by one space (as the app's summaryText). */
export function summaryText(event: RawEvent): string {
  return typeof event.summary === 'string'
    ? event.summary
    : event.summary.map((s) => s.text).join(' ');
}

/** An actor's name, short name and title, as search reads them; the id when unknown. */
function actorTexts(id: string): string[] {
  const actor = ACTORS.find((a) => a.id === id);
  return actor ? [actor.name, actor.shortName ?? '', actor.title ?? ''] : [id];
}

/** Everything search reads of an event: what the details panel shows (search-text.ts). */
function searchFields(e: RawEvent): string[] {
  const caveat = (c: string | { text: string }) => (typeof c === 'string' ? c : c.text);
  return [
    e.title,
    summaryText(e),
    ...e.actors.flatMap((a) => actorTexts(a.actor)),
    ...(e.quotes ?? []).flatMap((q) => [q.text, ...actorTexts(q.speaker), q.context ?? '']),
    ...(e.vote
      ? [
          ...actorTexts(e.vote.body),
          e.vote.question ?? '',
          e.vote.document ?? '',
          ...(e.vote.members ?? []).flatMap((m) => actorTexts(m.actor)),
        ]
      : []),
    ...(e.shifts ?? []).map((x) => x.rationale),
    ...(e.relations ?? []).map((r) => r.note ?? ''),
    e.dateNote ?? '',
    (e.caveats ?? []).map(caveat).join(' '),
    ...e.sources.flatMap((x) => [
      x.publisher,
      x.title,
      x.note ?? '',
      ...(x.original ? [x.original.publisher, x.original.title] : []),
    ]),
  ].filter((t) => t !== '');
}

/** Events with every term of `q` somewhere in what the screen shows of them. */
export function eventsMatching(q: string): RawEvent[] {
  const terms = fold(q).split(/\s+/).filter(Boolean);
  return EVENTS.filter((e) => {
    const text = fold(searchFields(e).join('\n'));
    return terms.every((t) => text.includes(t));
  });
}

/** Chronological order as the details panel walks it: day, then significance, then id. */
export const CHRONOLOGICAL: readonly RawEvent[] = [...EVENTS].sort((a, b) =>
  a.date !== b.date
    ? a.date < b.date
      ? -1
      : 1
    : b.significance - a.significance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

/** "22 March 2024": how the app writes a day (en-GB). */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * An event's date as the app writes it: at the data's precision, spans as a short range; a month
 * or a year whose day is not known as "in March 2024".
 */
export function eventDate(event: RawEvent): string {
  const precision = event.precision ?? 'day';
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const style: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: event.end ? 'short' : 'long', year: 'numeric' }
      : precision === 'month'
        ? { month: event.end ? 'short' : 'long', year: 'numeric' }
        : { year: 'numeric' };
  const f = new Intl.DateTimeFormat('en-GB', { ...style, timeZone: 'UTC' });
  const text =
    event.end && event.end !== event.date
      ? f.formatRange(day(event.date), day(event.end))
      : f.format(day(event.date));
  const plain = text.replace(/[\u2009\u202f]/g, ' ');
  return precision === 'day' ? plain : `in ${plain}`;
}

/** A string as a RegExp source, for names that contain quotes, dots or parentheses. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
