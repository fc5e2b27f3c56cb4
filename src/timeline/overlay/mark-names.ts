/**
 * Accessible names of the marks: "title, date, type" for an event and "N events between … and
 * …, grouped; activate to expand" for a cluster. Formatting dates is the costly part, so an
 * event's name is made once and kept for as long as the event object lives.
 */
import type { StanceEvent } from '../../domain/schema';
import { DAY_MS, formatEventDate } from '../../domain/dates';
import { TYPE_LABEL } from '../../domain/labels';

const names = new WeakMap<StanceEvent, Map<string, string>>();

/** Names of the other groups an event involves, in the order its actors are listed. */
export function otherGroupNames(
  others: readonly string[],
  groupName: ReadonlyMap<string, string>,
): string[] {
  return others.map((g) => groupName.get(g) ?? g);
}

export function eventName(event: StanceEvent, others: readonly string[] = []): string {
  const key = others.join('\u0000');
  let byOthers = names.get(event);
  if (!byOthers) names.set(event, (byOthers = new Map()));
  let name = byOthers.get(key);
  if (name === undefined) {
    const also = others.length ? `; also involves ${others.join(', ')}` : '';
    name = `${event.title}, ${formatEventDate(event)}, ${TYPE_LABEL[event.type]}${also}`;
    byOthers.set(key, name);
  }
  return name;
}

/** An event's date in words, made once per event object (the tooltip shows it on every focus). */
const dates = new WeakMap<StanceEvent, string>();

export function eventDateText(event: StanceEvent): string {
  let text = dates.get(event);
  if (text === undefined) {
    text = formatEventDate(event);
    dates.set(event, text);
  }
  return text;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Day (ms) → its date in words: every settle names its clusters again, over the same days. */
const dayNames = new Map<number, string>();

function dayName(ms: number): string {
  let name = dayNames.get(ms);
  if (name === undefined) {
    name = formatEventDate({ date: isoDay(ms) });
    dayNames.set(ms, name);
  }
  return name;
}

/** `t0` and `t1` are the first and the last member's start (UTC midnight), ms. */
export function clusterName(count: number, t0: number, t1: number): string {
  const from = dayName(t0);
  const to = dayName(Math.max(t0, t1 + DAY_MS - 1));
  return `${count} events between ${from} and ${to}, grouped; activate to expand`;
}
