/**
 * "Stance on date A vs date B": for each stance dimension, the level in force at the end of each
 * day and the shifts that moved it in between. Pure: the comparison panel, its text form and the
 * tests all read from here.
 *
 * A shift counts from its own day, as on the stance tracks: the level "at" 25 March 2024
 * includes the shifts made on that day. So the events that moved a dimension between A and B
 * are those dated after A, up to and including B.
 */
import { formatEventDate, isoDayToMs } from './dates';
import { levelAt, stanceSeries, type StanceSeries, type Step } from './stance';
import type { Dimension, StanceEvent } from './schema';

type Events = readonly Pick<StanceEvent, 'id' | 'date' | 'significance' | 'shifts'>[];

/** The step in force at the end of `day` (`YYYY-MM-DD`), or null before the first shift. */
export function levelOnDay(series: StanceSeries, day: string): Step | null {
  return levelAt(series, isoDayToMs(day));
}

/** Steps dated after day `a` and on or before day `b` (`a` ≤ `b`), in the series' order. */
export function stepsBetween(series: StanceSeries, a: string, b: string): Step[] {
  const after = isoDayToMs(a);
  const upTo = isoDayToMs(b);
  return series.steps.filter((s) => s.date.getTime() > after && s.date.getTime() <= upTo);
}

export interface DimensionComparison {
  dimension: Dimension;
  /** The level in force on A, or null if the dimension had no level yet. */
  atA: Step | null;
  atB: Step | null;
  /** The shifts after A up to B, each with its event and rationale. */
  between: Step[];
  /** How B compares with A on the dimension's ordered scale. */
  change: 'up' | 'down' | 'same' | 'back-to-same' | 'first-assessed' | 'none';
}

/**
 * Compares two days on every dimension. The days are put in order first, so `compare(B, A)`
 * equals `compare(A, B)`.
 */
export function compareStance(
  dimensions: readonly Dimension[],
  events: Events,
  dayA: string,
  dayB: string,
): { a: string; b: string; rows: DimensionComparison[] } {
  const [a, b] = dayA <= dayB ? [dayA, dayB] : [dayB, dayA];
  const rows = dimensions.map((dimension): DimensionComparison => {
    const series = stanceSeries(dimension, events);
    const atA = levelOnDay(series, a);
    const atB = levelOnDay(series, b);
    const between = stepsBetween(series, a, b);
    return { dimension, atA, atB, between, change: changeOf(atA, atB, between.length) };
  });
  return { a, b, rows };
}

function changeOf(
  atA: Step | null,
  atB: Step | null,
  moves: number,
): DimensionComparison['change'] {
  if (!atB) return 'none';
  if (!atA) return 'first-assessed';
  if (atB.levelIndex > atA.levelIndex) return 'up';
  if (atB.levelIndex < atA.levelIndex) return 'down';
  return moves > 0 ? 'back-to-same' : 'same';
}

/**
 * The comparison as plain text, for pasting into a document or a chat: one block per dimension,
 * with the events between and their rationales, under a line that says the levels are an
 * editorial assessment.
 */
export function comparisonText(
  result: { a: string; b: string; rows: readonly DimensionComparison[] },
  subject: string,
  titleOf: (eventId: string) => string,
): string {
  const day = (iso: string) => formatEventDate({ date: iso });
  const level = (s: Step | null) => s?.label ?? 'not yet assessed';
  const lines = [
    `Stance of ${subject}: ${day(result.a)} compared with ${day(result.b)}`,
    'Levels are an editorial assessment by the dataset’s authors, not a claim made by a source.',
  ];
  for (const row of result.rows) {
    lines.push('', `${row.dimension.name}`, `  ${day(result.a)}: ${level(row.atA)}`);
    lines.push(`  ${day(result.b)}: ${level(row.atB)}`);
    if (row.between.length === 0) lines.push('  No change in between.');
    for (const s of row.between) {
      lines.push(
        `  · ${day(s.date.toISOString().slice(0, 10))}, ${titleOf(s.eventId)} → ${s.label}: ${s.rationale}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
