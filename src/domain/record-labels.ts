/**
 * Human wording for the record's codes that only the details, the vote tables, the exports and
 * the checks say. Apart from labels.ts (what the first view says), so that the first view's
 * script does not carry them.
 */
import type { ActorRole, RelationType, VoteChoice } from './schema';

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

/** A tally's choice inside a sentence: "11 in favour", "3 against", "1 abstaining". */
export const VOTE_CHOICES_TEXT: Record<VoteChoice, string> = {
  for: 'in favour',
  against: 'against',
  abstain: 'abstaining',
};
