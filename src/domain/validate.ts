/**
 * Validation of a dataset folder: first the zod schema (shape), then the checks a schema cannot
 * express (cross-file references, real dates, tallies). The CLI (`npm run validate`) and the app's
 * loader both call `validateDatasetTexts`, so authors and readers see the same messages.
 */
import type * as z from 'zod/mini';
import {
  SCHEMA_VERSION,
  actorsFileSchema,
  convertedEventsFileSchema,
  datasetFileSchema,
  eventsFileSchema,
  type Actor,
  type ActorGroup,
  type DatasetMeta,
  type StanceEvent,
} from './schema.ts';
import { isRealCalendarDate } from './dates.ts';
import { safeParseFast } from './schema-fast.ts';
import { storyProblems } from './validate-stories.ts';
import { formatProblem, type Problem } from './problems.ts';
import { unknownRef } from './problem-hints.ts';
import { checkCitations } from './check-citations.ts';
import { checkBodies, checkVoteMembership } from './check-bodies.ts';
import { migrateDataset, schemaVersionOf } from './migrate.ts';
import { isHttpUrl } from './validate-url.ts';
import type { DatasetFileName, DatasetTexts } from './validate-files.ts';
import { parseDatasetTexts } from './parse-dataset-texts.ts';

// Re-exported: the loader and the CLI have always found them here.
export { formatProblem, type Problem };
export {
  DATASET_FILES,
  parseJson,
  type DatasetFileName,
  type DatasetTexts,
} from './validate-files.ts';
export { parseDatasetTexts, type ParsedTexts } from './parse-dataset-texts.ts';

/** A dataset that passed validation, with lookups the app needs everywhere. */
export interface Dataset {
  meta: DatasetMeta;
  groups: ActorGroup[];
  actors: Actor[];
  events: StanceEvent[];
  actorById: ReadonlyMap<string, Actor>;
  eventById: ReadonlyMap<string, StanceEvent>;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The id of the array item a zod path points into, so messages name the event, not an index. */
function itemIdAt(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (typeof key === 'number' && node && typeof node === 'object' && 'id' in node) {
      const id = (node as { id: unknown }).id;
      if (typeof id === 'string' && found === undefined) found = id;
    }
  }
  return found;
}

function zodProblems(file: string, data: unknown, error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => {
    const problem: Problem = {
      file,
      path: pathToString(issue.path),
      message: issue.message,
    };
    const itemId = itemIdAt(data, issue.path);
    if (itemId) problem.itemId = itemId;
    if (issue.code === 'unrecognized_keys') {
      problem.hint = 'remove the key or check its spelling against data/schema';
    }
    return problem;
  });
}

/** True for a YYYY-MM-DD string that names a day that exists (2024-02-29 yes, 2023-02-29 no). */
export const isCalendarDate = isRealCalendarDate;

function isObjectWith(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

function duplicates<T extends { id: string }>(items: readonly T[]): Map<string, number[]> {
  // One map entry per id and a list only for repeated ones: 100,000 events, nearly all unique.
  const first = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  items.forEach((item, i) => {
    const at = first.get(item.id);
    if (at === undefined) first.set(item.id, i);
    else {
      const list = repeated.get(item.id);
      if (list) list.push(i);
      else repeated.set(item.id, [at, i]);
    }
  });
  // In the order the ids first appear, as the messages always came.
  return new Map([...repeated].sort((a, b) => a[1][0]! - b[1][0]!));
}

interface Files {
  meta: DatasetMeta;
  actorsFile: z.infer<typeof actorsFileSchema>;
  events: StanceEvent[];
}

/** Checks across files that the schema cannot express. Pure; returns every problem found. */
export function checkSemantics({ meta, actorsFile, events }: Files): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  const { groups, actors } = actorsFile;

  for (const [id, idx] of duplicates(groups)) {
    add({
      file: 'actors.json',
      itemId: id,
      path: `groups[${idx[1]}].id`,
      message: `duplicate group id "${id}"`,
      hint: 'ids must be unique',
    });
  }
  for (const [id, idx] of duplicates(actors)) {
    add({
      file: 'actors.json',
      itemId: id,
      path: `actors[${idx[1]}].id`,
      message: `duplicate actor id "${id}"`,
      hint: 'ids must be unique',
    });
  }
  for (const [id, idx] of duplicates(events)) {
    add({
      file: 'events.json',
      itemId: id,
      path: `events[${idx[1]}].id`,
      message: `duplicate event id "${id}"`,
      hint: 'ids must be unique; they are used in links',
    });
  }
  for (const [id, idx] of duplicates(meta.dimensions)) {
    add({
      file: 'dataset.json',
      itemId: id,
      path: `dimensions[${idx[1]}].id`,
      message: `duplicate dimension id "${id}"`,
    });
  }

  const groupIds = new Set(groups.map((g) => g.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const eventIds = new Set(events.map((e) => e.id));
  const tagIds = new Set(meta.tags.map((t) => t.id));
  const dimensions = new Map(meta.dimensions.map((d) => [d.id, d]));

  actors.forEach((actor, i) => {
    if (!groupIds.has(actor.group)) {
      add({
        file: 'actors.json',
        itemId: actor.id,
        path: `actors[${i}].group`,
        ...unknownRef('group', actor.group, groupIds),
      });
    }
    if (actor.parent !== undefined && !actorIds.has(actor.parent)) {
      add({
        file: 'actors.json',
        itemId: actor.id,
        path: `actors[${i}].parent`,
        ...unknownRef('actor', actor.parent, actorIds),
      });
    }
  });

  if (meta.subject && !actorIds.has(meta.subject.actor)) {
    add({
      file: 'dataset.json',
      path: 'subject.actor',
      ...unknownRef('actor', meta.subject.actor, actorIds),
    });
  }
  if (!meta.subject && meta.dimensions.length > 0) {
    add({
      file: 'dataset.json',
      path: 'subject',
      message: 'a dataset with stance dimensions must name its subject',
      hint: 'add "subject": { "actor": "<actor id>", "label": "…" }',
    });
  }
  if (!isCalendarDate(meta.updated)) {
    add({
      file: 'dataset.json',
      path: 'updated',
      message: `"${meta.updated}" is not a real calendar date`,
    });
  }
  if (meta.licence && !isHttpUrl(meta.licence.url)) {
    add({
      file: 'dataset.json',
      path: 'licence.url',
      message: `"${meta.licence.url}" is not an http(s) URL`,
    });
  }
  meta.dimensions.forEach((dim, i) => {
    for (const [value, idx] of duplicates(dim.levels.map((l) => ({ id: l.value })))) {
      add({
        file: 'dataset.json',
        itemId: dim.id,
        path: `dimensions[${i}].levels[${idx[1]}].value`,
        message: `duplicate level "${value}"`,
      });
    }
  });
  meta.eras.forEach((era, i) => {
    for (const key of ['start', 'end'] as const) {
      if (!isCalendarDate(era[key])) {
        add({
          file: 'dataset.json',
          itemId: era.id,
          path: `eras[${i}].${key}`,
          message: `"${era[key]}" is not a real calendar date`,
        });
      }
    }
    if (era.end < era.start) {
      add({
        file: 'dataset.json',
        itemId: era.id,
        path: `eras[${i}].end`,
        message: `end ${era.end} is before start ${era.start}`,
      });
    }
  });

  events.forEach((event, i) => {
    const at = (path: string) => `events[${i}].${path}`;
    const base = { file: 'events.json', itemId: event.id };

    if (!isCalendarDate(event.date)) {
      add({
        ...base,
        path: at('date'),
        message: `"${event.date}" is not a real calendar date`,
        hint: 'check the day exists in that month',
      });
    }
    if (event.end !== undefined) {
      if (!isCalendarDate(event.end)) {
        add({ ...base, path: at('end'), message: `"${event.end}" is not a real calendar date` });
      } else if (event.end < event.date) {
        add({
          ...base,
          path: at('end'),
          message: `end ${event.end} is before date ${event.date}`,
          hint: 'swap them, or remove end for a one-day event',
        });
      }
    }
    if (event.timeZone !== undefined && !isTimeZone(event.timeZone)) {
      add({
        ...base,
        path: at('timeZone'),
        message: `"${event.timeZone}" is not an IANA time zone`,
        hint: 'e.g. America/New_York',
      });
    }

    event.actors.forEach((ref, j) => {
      if (!actorIds.has(ref.actor))
        add({
          ...base,
          path: at(`actors[${j}].actor`),
          ...unknownRef('actor', ref.actor, actorIds),
        });
    });
    event.tags.forEach((tag, j) => {
      if (!tagIds.has(tag))
        add({ ...base, path: at(`tags[${j}]`), ...unknownRef('tag', tag, tagIds) });
    });

    const sourceIds = new Set<string>();
    event.sources.forEach((source, j) => {
      if (sourceIds.has(source.id)) {
        add({
          ...base,
          path: at(`sources[${j}].id`),
          message: `duplicate source id "${source.id}" in this event`,
        });
      }
      sourceIds.add(source.id);
      if (!isHttpUrl(source.url)) {
        add({
          ...base,
          path: at(`sources[${j}].url`),
          message: `"${source.url}" is not an http(s) URL`,
          hint: 'sources must link to a page a reader can open',
        });
      }
      if (source.date !== undefined && !isCalendarDate(source.date)) {
        add({
          ...base,
          path: at(`sources[${j}].date`),
          message: `"${source.date}" is not a real calendar date`,
        });
      }
    });

    event.quotes.forEach((quote, j) => {
      if (!actorIds.has(quote.speaker))
        add({
          ...base,
          path: at(`quotes[${j}].speaker`),
          ...unknownRef('actor', quote.speaker, actorIds),
        });
      if (!sourceIds.has(quote.source)) {
        add({
          ...base,
          path: at(`quotes[${j}].source`),
          message: `quote cites source "${quote.source}", which this event does not list`,
          hint: `use one of: ${[...sourceIds].join(', ')}`,
        });
      }
    });

    event.shifts.forEach((shift, j) => {
      const dim = dimensions.get(shift.dimension);
      if (!dim) {
        add({
          ...base,
          path: at(`shifts[${j}].dimension`),
          ...unknownRef('dimension', shift.dimension, dimensions.keys()),
        });
      } else if (!dim.levels.some((l) => l.value === shift.level)) {
        const levels = dim.levels.map((l) => l.value);
        add({
          ...base,
          path: at(`shifts[${j}].level`),
          message: `level "${shift.level}" does not exist on dimension "${dim.id}"`,
          hint: `levels are: ${levels.join(', ')}`,
        });
      }
    });

    event.relations.forEach((rel, j) => {
      if (rel.target === event.id) {
        add({
          ...base,
          path: at(`relations[${j}].target`),
          message: 'an event cannot relate to itself',
        });
      } else if (!eventIds.has(rel.target)) {
        add({
          ...base,
          path: at(`relations[${j}].target`),
          ...unknownRef('event', rel.target, eventIds),
        });
      }
    });

    problems.push(...checkCitations(event, i, sourceIds));
    if (event.vote) {
      const voteProblems = checkVote(event, i, actorIds);
      problems.push(...voteProblems);
      // Against the body's membership only once the vote adds up on its own terms.
      if (voteProblems.length === 0) problems.push(...checkVoteMembership(event, i, meta.bodies));
    }
  });

  problems.push(
    ...storyProblems(meta.stories ?? [], { events: eventIds, actors: actorIds, tags: tagIds }),
  );
  problems.push(...checkBodies(meta.bodies, actorIds));
  return problems;
}

function checkVote(event: StanceEvent, i: number, actorIds: ReadonlySet<string>): Problem[] {
  const vote = event.vote;
  if (!vote) return [];
  const problems: Problem[] = [];
  const base = { file: 'events.json', itemId: event.id };
  const at = (path: string) => `events[${i}].vote.${path}`;
  if (!actorIds.has(vote.body))
    problems.push({ ...base, path: at('body'), ...unknownRef('actor', vote.body, actorIds) });

  const counted = { for: 0, against: 0, abstain: 0 };
  const seen = new Set<string>();
  vote.members.forEach((m, j) => {
    counted[m.vote] += 1;
    if (!actorIds.has(m.actor))
      problems.push({
        ...base,
        path: at(`members[${j}].actor`),
        ...unknownRef('actor', m.actor, actorIds),
      });
    if (seen.has(m.actor))
      problems.push({
        ...base,
        path: at(`members[${j}].actor`),
        message: `"${m.actor}" votes twice`,
      });
    seen.add(m.actor);
    if (m.veto && m.vote !== 'against') {
      problems.push({
        ...base,
        path: at(`members[${j}].veto`),
        message: `a veto must be a vote against, not "${m.vote}"`,
      });
    }
  });
  if (vote.partial && vote.remainder) {
    problems.push({
      ...base,
      path: at('partial'),
      message: 'a vote cannot be both "partial" and have a "remainder"',
      hint: 'with a remainder every member is accounted for; drop one of the two',
    });
  }
  if (vote.members.length === 0) return problems;

  for (const choice of ['for', 'against', 'abstain'] as const) {
    const listed = counted[choice];
    const tally = vote.tally[choice];
    // With a remainder, the unlisted members fill that one choice; every other choice must be
    // fully listed. A partial record lists only the votes the sources name. Otherwise the list
    // must be the whole roll call.
    const mustEqual = !vote.partial && vote.remainder !== choice;
    if ((mustEqual && listed !== tally) || (!mustEqual && listed > tally)) {
      problems.push({
        ...base,
        path: at(`tally.${choice}`),
        message: `tally says ${tally} "${choice}" but the member votes list ${listed}`,
        hint: mustEqual
          ? `list every "${choice}" vote, or set "remainder": "${choice}" if the rest voted that way`
          : 'the listed members exceed the tally',
      });
    }
  }
  const vetoes = vote.members.filter((m) => m.veto).length;
  if (vote.outcome === 'vetoed' && vetoes === 0) {
    problems.push({
      ...base,
      path: at('outcome'),
      message: 'outcome is "vetoed" but no member vote has "veto": true',
    });
  }
  return problems;
}

/** Zones already checked: a record names a handful, each on thousands of events. */
const timeZones = new Map<string, boolean>();

function isTimeZone(tz: string): boolean {
  let known = timeZones.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      known = true;
    } catch {
      known = false;
    }
    timeZones.set(tz, known);
  }
  return known;
}

/**
 * Validate the three files of a dataset folder given as raw text. Every problem in every file is
 * collected, so an author fixes them in one pass instead of one per run.
 */
export function validateDatasetTexts(texts: DatasetTexts): ValidationResult {
  const parsed = parseDatasetTexts(texts);
  return parsed.ok ? validateDatasetValues(parsed.values) : parsed;
}

export function validateDatasetValues(
  raw: Partial<Record<DatasetFileName, unknown>>,
): ValidationResult {
  const version = schemaVersionOf(raw['dataset.json']);
  if (version !== undefined && version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          file: 'dataset.json',
          path: 'schemaVersion',
          message: `schema version ${version} is newer than this Stanceline reads (${SCHEMA_VERSION})`,
          hint: 'update Stanceline to open this dataset',
        },
      ],
    };
  }
  // Older files are lifted to the current version first, so they keep opening.
  const values = migrateDataset(raw);
  // The fast path gives zod's output for valid files, and zod's own result for the others.
  const meta = safeParseFast(datasetFileSchema, values['dataset.json']);
  const actorsFile = safeParseFast(actorsFileSchema, values['actors.json']);
  // A converted record may lack sources; the app says so rather than refusing the file.
  const converted = isObjectWith(values['dataset.json'], 'origin');
  const eventsFile = safeParseFast(
    converted ? convertedEventsFileSchema : eventsFileSchema,
    values['events.json'],
  );
  const problems: Problem[] = [];
  if (!meta.success)
    problems.push(...zodProblems('dataset.json', values['dataset.json'], meta.error));
  if (!actorsFile.success)
    problems.push(...zodProblems('actors.json', values['actors.json'], actorsFile.error));
  if (!eventsFile.success)
    problems.push(...zodProblems('events.json', values['events.json'], eventsFile.error));
  if (!meta.success || !actorsFile.success || !eventsFile.success) return { ok: false, problems };

  const semantic = checkSemantics({
    meta: meta.data,
    actorsFile: actorsFile.data,
    events: eventsFile.data.events,
  });
  if (semantic.length) return { ok: false, problems: semantic };

  const { groups, actors } = actorsFile.data;
  const events = eventsFile.data.events;
  return {
    ok: true,
    dataset: {
      meta: meta.data,
      groups,
      actors,
      events,
      actorById: new Map(actors.map((a) => [a.id, a])),
      eventById: new Map(events.map((e) => [e.id, e])),
    },
  };
}
