/** Human wording for the data model's codes, in one place so every view says the same. */
import type { EventType } from './schema';

export const TYPE_LABEL: Record<EventType, string> = {
  attack: 'Attack',
  statement: 'Statement',
  speech: 'Speech',
  interview: 'Interview',
  letter: 'Letter',
  meeting: 'Meeting or call',
  diplomacy: 'Diplomacy',
  vote: 'Vote',
  veto: 'Veto',
  resolution: 'Resolution',
  policy: 'Policy action',
  report: 'Report',
  other: 'Other',
};

const COUNT = new Intl.NumberFormat('en-GB');

/** "10,000": en-GB digit grouping, so counts read the same in every locale (the UI is en-GB). */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 event", "10,000 events". */
export function pluralize(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
