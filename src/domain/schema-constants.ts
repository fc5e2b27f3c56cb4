/**
 * The data model's fixed lists and version, without the schema: the page reads them (type names
 * in the legend and the filters, the link codec) without loading zod, which checks data in the
 * validation worker, or on the page only when a dataset the build did not check is opened.
 * `schema.ts` builds its enums from these and re-exports them; the lists only the schema reads
 * are in `schema-lists.ts`, so that the page's first script does not carry them.
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
