/**
 * The data model's fixed lists and version, without the schema: the page reads them (type names
 * in the legend and the filters, the link codec) without loading zod, which checks data in the
 * validation worker, or on the page only when a dataset the build did not check is opened.
 * `schema.ts` builds its enums from these and re-exports them.
 */

/**
 * Bumped when a data file changes shape in a way old readers cannot follow. Older files keep
 * loading: `migrate.ts` lifts them to this version before the schema sees them.
 */
export const SCHEMA_VERSION = 2;

export const EVENT_TYPES = [
  'attack',
  'statement',
  'speech',
  'interview',
  'letter',
  'meeting',
  'diplomacy',
  'vote',
  'veto',
  'resolution',
  'policy',
  'report',
  // For records converted from formats that do not classify events (TimelineJS).
  'other',
] as const;

export const ACTOR_KINDS = [
  'person',
  'government',
  'agency',
  'military',
  'legislature',
  'legislator-group',
  'intergovernmental-body',
  'member-state',
  'armed-group',
  'organisation',
  // Converted records: a TimelineJS group becomes an actor whose kind the file does not say.
  'other',
] as const;

export const ACTOR_ROLES = [
  'subject',
  'speaker',
  'author',
  'lead',
  'signatory',
  'sponsor',
  'voted-for',
  'voted-against',
  'abstained',
  'vetoed',
  'target',
  'participant',
  'mediator',
  'perpetrator',
  'affected',
] as const;

export const RELATION_TYPES = [
  'responds-to',
  'follows-from',
  'reverses',
  'reaffirms',
  'implements',
  'escalates',
  'vetoed-draft-of',
  'alternative-to',
  'part-of',
] as const;

/**
 * How strong a source is, strongest first (§7 of the source rules): a primary record, or a
 * labelled copy of one; the press; analysis and datasets; aggregators, which never support a fact
 * alone. `SOURCE_RANK` in `sources.ts` gives each its rank. `unclassified`: a link found in a
 * converted file, which says nothing about what it is (ranked with aggregators).
 */
export const SOURCE_KINDS = [
  'primary',
  'mirror',
  'press',
  'analysis',
  'dataset',
  'aggregator',
  'unclassified',
] as const;

export const CONVERTED_FORMATS = ['timelinejs-json', 'timelinejs-csv', 'stanceline-csv'] as const;
