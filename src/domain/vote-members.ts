/**
 * A vote, told whole: when the dataset says who sat on the voting body on the day, every member
 * is listed with its vote, even where the record names only the exceptions ("Russia and China
 * vetoed, Algeria voted against, Guyana abstained, the rest in favour").
 */
import type { Body, Term, Vote, VoteChoice } from './schema';

export type ExpandedChoice = VoteChoice | 'not-recorded';

export interface MemberVote {
  actor: string;
  vote: ExpandedChoice;
  veto: boolean;
  /** True when the vote names this member; false when its vote comes from `remainder`. */
  listed: boolean;
}

/** The body's term that covers `date` (ISO day, both ends inclusive), if the dataset has one. */
export function coveringTerm(
  bodies: readonly Body[],
  bodyId: string,
  date: string,
): Term | undefined {
  const body = bodies.find((b) => b.actor === bodyId);
  // ISO days compare correctly as strings.
  return body?.terms.find((t) => t.from <= date && date <= t.to);
}

/**
 * Every member of the covering term, in the term's order: its vote from `vote.members` when
 * listed, else `vote.remainder`, else "not recorded"; vetoes kept. Members the vote lists but the
 * term lacks (the validator reports them) follow at the end, so nothing recorded is hidden.
 * Undefined when no term covers the date: then only what the vote records can be shown.
 */
export function expandVote(
  vote: Pick<Vote, 'body' | 'members' | 'remainder'>,
  date: string,
  bodies: readonly Body[],
): MemberVote[] | undefined {
  const term = coveringTerm(bodies, vote.body, date);
  if (!term) return undefined;
  const listed = new Map(vote.members.map((m) => [m.actor, m]));
  const inTerm = new Set(term.members);
  const fromTerm = term.members.map((actor): MemberVote => {
    const m = listed.get(actor);
    if (m) return { actor, vote: m.vote, veto: m.veto === true, listed: true };
    return { actor, vote: vote.remainder ?? 'not-recorded', veto: false, listed: false };
  });
  const outsiders = vote.members
    .filter((m) => !inTerm.has(m.actor))
    .map((m): MemberVote => ({
      actor: m.actor,
      vote: m.vote,
      veto: m.veto === true,
      listed: true,
    }));
  return [...fromTerm, ...outsiders];
}

export type ChoiceCounts = Record<ExpandedChoice, number>;

export function countChoices(members: readonly MemberVote[]): ChoiceCounts {
  const counts: ChoiceCounts = { for: 0, against: 0, abstain: 0, 'not-recorded': 0 };
  for (const m of members) counts[m.vote] += 1;
  return counts;
}

/** Display order: in favour, against, abstained, then members whose vote is not recorded. */
export const CHOICE_ORDER: readonly ExpandedChoice[] = [
  'for',
  'against',
  'abstain',
  'not-recorded',
];

export interface ChoiceGroup {
  choice: ExpandedChoice;
  members: MemberVote[];
}

/**
 * Members grouped by how they voted, groups in `CHOICE_ORDER` and empty ones left out. Within
 * a group the term's order is kept, except that vetoes lead the "against" group.
 */
export function groupByChoice(members: readonly MemberVote[]): ChoiceGroup[] {
  return CHOICE_ORDER.map((choice) => ({
    choice,
    // Array.prototype.sort is stable, so the term's order holds within vetoes and non-vetoes.
    members: members
      .filter((m) => m.vote === choice)
      .sort((a, b) => Number(b.veto) - Number(a.veto)),
  })).filter((g) => g.members.length > 0);
}

/** True when the vote says anything about individual members; otherwise expansion adds nothing. */
export function recordsMemberVotes(vote: Pick<Vote, 'members' | 'remainder'>): boolean {
  return vote.members.length > 0 || vote.remainder !== undefined;
}
