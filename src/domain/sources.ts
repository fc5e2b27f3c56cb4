/**
 * How strong a source is, in numbers for the lint and in words for readers. Ranks follow the
 * source rules of the record: 1 is a primary record (or a labelled copy of one), 2 the press,
 * 3 analysis and datasets, 4 aggregators, which never support a fact on their own.
 */
import { formatEventDate } from './dates';
import type { Source, SourceKind } from './schema';

export const SOURCE_RANK: Record<SourceKind, 1 | 2 | 3 | 4> = {
  primary: 1,
  mirror: 1,
  press: 2,
  analysis: 3,
  dataset: 3,
  aggregator: 4,
  // A link from a converted file says nothing about itself: never enough on its own.
  unclassified: 4,
};

/** What each kind is, for a reader, in a word or two. */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  primary: 'Primary record',
  mirror: 'Copy of a primary record',
  press: 'Press',
  analysis: 'Analysis',
  dataset: 'Dataset',
  aggregator: 'Aggregator',
  unclassified: 'Kind not stated',
};

export function sourceRank(source: Pick<Source, 'kind'>): 1 | 2 | 3 | 4 {
  return SOURCE_RANK[source.kind];
}

/** The primary record a mirror copies, in words: publisher, “title”, date. */
export function originalText(original: NonNullable<Source['original']>): string {
  const parts = [original.publisher, `“${original.title}”`];
  if (original.date) parts.push(formatEventDate({ date: original.date }));
  return parts.join(', ');
}

/**
 * The kind in words, with what a mirror copies: "Copy of a primary record: U.S. Department of
 * State, “Remarks to the Press”, 22 March 2024". Plain text, so exports can use it as is.
 */
export function sourceKindText(source: Pick<Source, 'kind' | 'original'>): string {
  const label = SOURCE_KIND_LABEL[source.kind];
  return source.kind === 'mirror' && source.original
    ? `${label}: ${originalText(source.original)}`
    : label;
}
