/**
 * The data model's fixed lists that only the schema reads (the page's own are in
 * `schema-constants.ts`): apart, so that the code the first view runs does not carry them.
 * `schema.ts` builds its enums from these and re-exports them.
 */

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
