/**
 * What search looks in: every text the details panel and the list view show of an event, so a
 * reader who sees a word on screen can find the event by it — title, summary, the names (and
 * titles) of its actors and of the people quoted, the quotes and their context, the vote's
 * question and document symbol and the members it names, the rationales of stance shifts, notes
 * on relations, the date note and caveats, and each source's publisher, title, note and the
 * record a copy reproduces.
 *
 * The text is normalized once per event and dataset (`indexSearchText`), the first time a search
 * runs over it, so a keystroke costs a substring test per event, not a rebuild.
 */
import type { Actor, StanceEvent } from '../domain/schema';
import { sentencesText } from '../domain/summary';
import { highlightRanges, normalizeText, setSearchText } from './search';

/** The names search needs from the dataset: actor id → name, short name and title. */
export type ActorNames = ReadonlyMap<string, Pick<Actor, 'name' | 'shortName' | 'title'>>;

/** Where on screen a text is: the part of the details panel that shows it. */
export type FieldKind =
  | 'title'
  | 'summary'
  | 'actor'
  | 'quote'
  | 'speaker'
  | 'vote'
  | 'shift'
  | 'relation'
  | 'date-note'
  | 'caveat'
  | 'source';

/** How the list view names a field when it shows why an event matched. */
export const FIELD_LABEL: Record<FieldKind, string> = {
  title: 'Title',
  summary: 'Summary',
  actor: 'Actor',
  quote: 'Quote',
  speaker: 'Quoted',
  vote: 'Vote',
  shift: 'Stance shift',
  relation: 'Related',
  'date-note': 'Date note',
  caveat: 'Caveat',
  source: 'Source',
};

export interface SearchField {
  kind: FieldKind;
  text: string;
}

/** The searchable texts of one event with where each is shown, in the details panel's order. */
export function eventSearchFields(event: StanceEvent, actors: ActorNames): SearchField[] {
  const names = (id: string): string[] => {
    const actor = actors.get(id);
    return actor ? [actor.name, actor.shortName ?? '', actor.title ?? ''] : [id];
  };
  const of = (kind: FieldKind, texts: readonly string[]): SearchField[] =>
    texts.filter((text) => text !== '').map((text) => ({ kind, text }));
  const vote = event.vote;
  return [
    ...of('title', [event.title]),
    ...of('summary', [sentencesText(event.summary)]),
    ...of(
      'actor',
      event.actors.flatMap((ref) => names(ref.actor)),
    ),
    ...event.quotes.flatMap((q) => [
      ...of('quote', [q.text]),
      ...of('speaker', [...names(q.speaker), q.context ?? '']),
    ]),
    ...(vote
      ? of('vote', [
          ...names(vote.body),
          vote.question,
          vote.document ?? '',
          ...vote.members.flatMap((m) => names(m.actor)),
        ])
      : []),
    ...of(
      'shift',
      event.shifts.map((shift) => shift.rationale),
    ),
    ...of(
      'relation',
      event.relations.map((relation) => relation.note ?? ''),
    ),
    ...of('date-note', [event.dateNote ?? '']),
    ...of(
      'caveat',
      event.caveats.map((caveat) => caveat.text),
    ),
    ...of(
      'source',
      event.sources.flatMap((s) => [
        s.publisher,
        s.title,
        s.note ?? '',
        ...(s.original ? [s.original.publisher, s.original.title] : []),
      ]),
    ),
  ];
}

/** The searchable texts of one event, in the order the details panel shows them. */
export function searchFields(event: StanceEvent, actors: ActorNames): string[] {
  return eventSearchFields(event, actors).map((field) => field.text);
}

/**
 * The event's search text, normalized. Fields are joined with newlines: query terms never hold
 * whitespace, so a match never spans two fields ("Blinken" + "Remarks" is not "kenre…").
 */
export function searchText(event: StanceEvent, actors: ActorNames): string {
  return normalizeText(searchFields(event, actors).join('\n'));
}

const indexed = new WeakSet<readonly StanceEvent[]>();

/**
 * Makes every event of the list searchable by all it shows; once per list of events (a dataset
 * loaded, a file opened), later calls with the same list return at once.
 */
export function indexSearchText(events: readonly StanceEvent[], actors: ActorNames): void {
  if (indexed.has(events)) return;
  for (const event of events) setSearchText(event, searchText(event, actors));
  indexed.add(events);
}

export interface MatchSnippet {
  kind: FieldKind;
  /** The field, or an excerpt of it around the first match ("… text …"). */
  text: string;
}

/**
 * Where a query matches an event outside what a view already shows (`shown`), as short
 * excerpts, so that a list row found by a publisher or a caveat says so: "Source: Associated
 * Press". At most `max` fields; a field longer than the excerpt is cut at word boundaries
 * `radius` characters around its first match.
 */
export function matchSnippets(
  event: StanceEvent,
  actors: ActorNames,
  q: string,
  {
    shown = [],
    max = 2,
    radius = 60,
  }: { shown?: readonly FieldKind[]; max?: number; radius?: number } = {},
): MatchSnippet[] {
  const snippets: MatchSnippet[] = [];
  const seen = new Set<string>();
  for (const field of eventSearchFields(event, actors)) {
    if (snippets.length >= max) break;
    if (shown.includes(field.kind) || seen.has(field.text)) continue;
    const first = highlightRanges(field.text, q)[0];
    if (!first) continue;
    seen.add(field.text);
    snippets.push({ kind: field.kind, text: excerpt(field.text, first, radius) });
  }
  return snippets;
}

/** `text` cut to about `radius` characters either side of `[start, end)`, at spaces, with "…". */
export function excerpt(text: string, [start, end]: [number, number], radius: number): string {
  if (text.length <= end - start + 2 * radius) return text;
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  // Start and stop at whole words: move inward to the next space unless already at one.
  if (from > 0 && text[from - 1] !== ' ') {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < start ? space + 1 : from;
  }
  if (to < text.length && text[to] !== ' ') {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : to;
  }
  return `${from > 0 ? '… ' : ''}${text.slice(from, to)}${to < text.length ? ' …' : ''}`;
}
