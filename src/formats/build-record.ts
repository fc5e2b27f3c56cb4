/**
 * A converted record in Stanceline's shape: the one place that decides how a file from another
 * format becomes a bundle (ids, lanes, actors, sources, the dataset's own description), so every
 * converter writes records the same way.
 *
 * What the other formats do not say is not made up: events are of type `other` unless the file
 * names a type, the actors that stand for a TimelineJS group are of kind `other`, links are
 * sources of kind `unclassified`, and the dataset carries `origin`, which lets an event have no
 * source (the app then says so). Nothing is invented to fill a required field: where the schema
 * needs prose the file lacks (a description, the date convention), the text says what the file
 * is, in the dataset's own words.
 */
import { BUNDLE_FORMAT } from '../domain/bundle-shape';
import { SCHEMA_VERSION } from '../domain/schema-constants';
import type { DraftEvent, RecordDraft } from './draft';
import { FORMAT_LABEL } from './import-summary';
import { IdPool, slugify } from './slug';
import { fileNameOfUrl } from './file-name';

export { fileNameOfUrl };

/** Lane of events whose file names no group, when other events have one. */
const NO_GROUP = 'No group';
/** The one lane of a file without groups. */
const ALL_EVENTS = 'All events';
/** Group of named actors that no row lists first, so no row gives them a lane. */
const OTHER_ACTORS = 'Other actors';

export interface BuildOptions {
  /** Dataset id; by default from the title. */
  id?: string;
  /** Today, YYYY-MM-DD: the day of the conversion. */
  today: string;
  /** When the file was last changed, YYYY-MM-DD; by default today. */
  updated?: string;
}

export interface BuiltRecord {
  bundle: Record<string, unknown>;
  /** `locations[i]` is where events[i] came from in the person's file. */
  locations: string[];
}

/** The file's name without its extension, the title of a file that has none. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/(\.stanceline)?\.(json|csv|txt)$/i, '').trim();
  return stem || base || 'Untitled record';
}

function publisherOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

interface Lanes {
  groups: Array<{ id: string; name: string }>;
  actors: Array<{ id: string; name: string; kind: string; group: string }>;
  /** Actor ids of each event, who acted first. */
  eventActors: string[][];
}

/**
 * Lanes are actor groups. A TimelineJS group is both the lane and the one actor of its events;
 * template actors are actors, each in the group of the first row that lists it first.
 */
function buildLanes(events: readonly DraftEvent[]): Lanes {
  const anyGroup = events.some((e) => e.group);
  const groupIds = new IdPool('group');
  const groupByName = new Map<string, string>();
  const groups: Lanes['groups'] = [];
  const groupOf = (name: string) => {
    let id = groupByName.get(name);
    if (id === undefined) {
      id = groupIds.take(name);
      groupByName.set(name, id);
      groups.push({ id, name });
    }
    return id;
  };

  const actorIds = new IdPool('actor');
  const actorByName = new Map<string, string>();
  const actors: Lanes['actors'] = [];
  /** `group` is called only for a new actor, so no group is made that no actor is in. */
  const actorOf = (name: string, group: () => string) => {
    let id = actorByName.get(name);
    if (id === undefined) {
      id = actorIds.take(name);
      actorByName.set(name, id);
      actors.push({ id, name, kind: 'other', group: group() });
    }
    return id;
  };

  // Groups of first-listed actors first, so an actor's lane is the one its own rows give it.
  const laneName = (e: DraftEvent) => e.group ?? (anyGroup ? NO_GROUP : ALL_EVENTS);
  for (const e of events) {
    const first = e.actors?.[0];
    const group = e.group;
    if (first !== undefined && group) actorOf(first, () => groupOf(group));
  }
  const eventActors = events.map((e) => {
    if (!e.actors?.length) {
      const name = laneName(e);
      return [actorOf(name, () => groupOf(name))];
    }
    // Who acts first without a group has the lane of events without one; others are listed
    // apart, since no row says which lane is theirs.
    const fallback = (i: number) =>
      groupOf(i === 0 ? (anyGroup ? NO_GROUP : ALL_EVENTS) : OTHER_ACTORS);
    return [...new Set(e.actors.map((name, i) => actorOf(name, () => fallback(i))))];
  });
  return { groups, actors, eventActors };
}

function buildEvent(
  e: DraftEvent,
  id: string,
  actors: string[],
  tagIdOf: (label: string) => string,
): Record<string, unknown> {
  const sourceIds = e.sources.map((_, i) => `s${i + 1}`);
  // One summary sentence per paragraph, citing the links in it; a slide without text is
  // summed up by its title, citing nothing.
  const summary = e.paragraphs.length
    ? e.paragraphs.map((p) => ({
        text: p.text,
        cite: [...new Set(p.cites)].flatMap((i) => sourceIds[i] ?? []),
      }))
    : [{ text: e.title, cite: [] }];
  const event: Record<string, unknown> = {
    id,
    date: e.date.date,
  };
  if (e.end && e.end.last !== e.date.last) event.end = e.end.last;
  if (e.date.precision !== 'day') event.precision = e.date.precision;
  if (e.date.time) event.time = e.date.time;
  if (e.dateNote) event.dateNote = e.dateNote;
  Object.assign(event, {
    type: e.type ?? 'other',
    title: e.title,
    summary,
    significance: e.significance ?? 2,
    actors: actors.map((actor) => ({
      actor,
      // A group standing in for the actor is what the event is about; named actors took part
      // (the file says no more about their roles).
      role: e.actors?.length ? 'participant' : 'subject',
    })),
  });
  if (e.tags?.length) event.tags = [...new Set(e.tags.map(tagIdOf))];
  event.sources = e.sources.map((s, i) => ({
    id: sourceIds[i],
    publisher: s.publisher?.trim() || publisherOf(s.url),
    title: s.title.trim() || s.url,
    url: s.url,
    kind: 'unclassified',
  }));
  return event;
}

export function buildRecord(draft: RecordDraft, options: BuildOptions): BuiltRecord {
  const title = draft.title?.trim() || titleFromFileName(draft.fileName);
  const lanes = buildLanes(draft.events);

  const tagIds = new IdPool('tag');
  const tags: Array<{ id: string; label: string }> = [];
  const tagByLabel = new Map<string, string>();
  const tagIdOf = (label: string) => {
    let id = tagByLabel.get(label);
    if (id === undefined) {
      id = tagIds.take(label);
      tagByLabel.set(label, id);
      tags.push({ id, label });
    }
    return id;
  };

  const eventIds = new IdPool('event');
  const events = draft.events.map((e, i) =>
    buildEvent(e, eventIds.take(e.preferredId, e.title), lanes.eventActors[i] ?? [], tagIdOf),
  );

  const eraIds = new IdPool('era');
  const eras = draft.eras.map((era) => ({
    id: eraIds.take(era.label),
    label: era.label,
    start: era.start.date,
    end: era.end.last,
    ...(era.description ? { description: era.description } : {}),
  }));

  const label = FORMAT_LABEL[draft.format];
  const dataset = {
    id: options.id ?? (slugify(title) || 'imported-record'),
    title,
    description: draft.description?.trim() || `Converted from ${draft.fileName}.`,
    updated: options.updated ?? options.today,
    timeZone: 'Dates are as the file gives them, without time zones.',
    methodology: `Converted from ${label}, which assigns no stance levels.`,
    eras,
    tags,
    origin: { format: draft.format, file: draft.fileName, converted: options.today },
  };

  return {
    bundle: {
      format: BUNDLE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      dataset,
      groups: lanes.groups,
      actors: lanes.actors,
      events,
    },
    locations: draft.events.map((e) => e.location),
  };
}
