/** Human wording for the data model's codes, in one place so every view says the same. */
import type { ActorRole, EventType, RelationType, VoteChoice } from './schema';

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

export const ROLE_LABEL: Record<ActorRole, string> = {
  subject: 'subject',
  speaker: 'speaker',
  author: 'author',
  lead: 'led it',
  signatory: 'signatory',
  sponsor: 'sponsor',
  'voted-for': 'voted in favour',
  'voted-against': 'voted against',
  abstained: 'abstained',
  vetoed: 'vetoed',
  target: 'addressed to',
  participant: 'took part',
  mediator: 'mediator',
  perpetrator: 'carried it out',
  affected: 'affected',
};

/**
 * How a relation reads from the event that states it (`out`) and from its target (`in`), so
 * the details panel can say both the type and the direction: "Responds to: …" on the response,
 * "Responded to by: …" on what it answers.
 */
export const RELATION_LABEL: Record<RelationType, { out: string; in: string }> = {
  'responds-to': { out: 'Responds to', in: 'Responded to by' },
  'follows-from': { out: 'Follows from', in: 'Led to' },
  reverses: { out: 'Reverses', in: 'Reversed by' },
  reaffirms: { out: 'Reaffirms', in: 'Reaffirmed by' },
  implements: { out: 'Implements', in: 'Implemented by' },
  escalates: { out: 'Escalates', in: 'Escalated by' },
  'vetoed-draft-of': { out: 'Vetoed draft of', in: 'Had a draft vetoed' },
  'alternative-to': { out: 'Alternative to', in: 'Alternative proposed' },
  'part-of': { out: 'Part of', in: 'Includes' },
};

export const VOTE_LABEL: Record<VoteChoice, string> = {
  for: 'In favour',
  against: 'Against',
  abstain: 'Abstained',
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

/** A tally's choice inside a sentence: "11 in favour", "3 against", "1 abstaining". */
export const VOTE_CHOICES_TEXT: Record<VoteChoice, string> = {
  for: 'in favour',
  against: 'against',
  abstain: 'abstaining',
};
