/**
 * Checks on voting bodies (dataset.json `bodies`) and on votes against them: members are known
 * actors, terms are real spans that never overlap, and a vote whose body has a covering term
 * names only members and adds up to its tally once every member is listed.
 */
import { isRealCalendarDate } from './dates.ts';
import type { Problem } from './problems.ts';
import { unknownRef } from './problem-hints.ts';
import type { Body, StanceEvent } from './schema';
import { VOTE_CHOICES_TEXT } from './record-labels.ts';
import { countChoices, coveringTerm, expandVote, recordsMemberVotes } from './vote-members.ts';

export function checkBodies(bodies: readonly Body[], actorIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seenBodies = new Set<string>();
  bodies.forEach((body, i) => {
    const base = { file: 'dataset.json', itemId: body.actor };
    if (!actorIds.has(body.actor)) {
      problems.push({
        ...base,
        path: `bodies[${i}].actor`,
        ...unknownRef('actor', body.actor, actorIds),
      });
    }
    if (seenBodies.has(body.actor)) {
      problems.push({
        ...base,
        path: `bodies[${i}].actor`,
        message: `body "${body.actor}" is described twice`,
        hint: 'give one body all its terms',
      });
    }
    seenBodies.add(body.actor);

    body.terms.forEach((term, j) => {
      const at = (p: string) => `bodies[${i}].terms[${j}].${p}`;
      for (const key of ['from', 'to'] as const) {
        if (!isRealCalendarDate(term[key])) {
          problems.push({
            ...base,
            path: at(key),
            message: `"${term[key]}" is not a real calendar date`,
          });
        }
      }
      if (term.to < term.from) {
        problems.push({
          ...base,
          path: at('to'),
          message: `term ends ${term.to}, before it starts ${term.from}`,
          hint: 'swap from and to',
        });
      }
      const seen = new Set<string>();
      term.members.forEach((member, k) => {
        if (!actorIds.has(member)) {
          problems.push({
            ...base,
            path: at(`members[${k}]`),
            ...unknownRef('actor', member, actorIds),
          });
        }
        if (seen.has(member)) {
          problems.push({
            ...base,
            path: at(`members[${k}]`),
            message: `"${member}" is listed twice in the term from ${term.from}`,
          });
        }
        seen.add(member);
      });
    });

    // Terms in date order; each must start after the previous one ends (ends are inclusive).
    const ordered = body.terms
      .map((term, j) => ({ term, j }))
      .sort((a, b) => (a.term.from < b.term.from ? -1 : a.term.from > b.term.from ? 1 : 0));
    for (let k = 1; k < ordered.length; k += 1) {
      const prev = ordered[k - 1]!;
      const next = ordered[k]!;
      if (next.term.from <= prev.term.to) {
        problems.push({
          ...base,
          path: `bodies[${i}].terms[${next.j}].from`,
          message: `term from ${next.term.from} overlaps the term ${prev.term.from} to ${prev.term.to}`,
          hint: 'terms of one body must not share a day; end one before the next starts',
        });
      }
    }
  });
  return problems;
}

export function checkVoteMembership(
  event: StanceEvent,
  index: number,
  bodies: readonly Body[],
): Problem[] {
  const vote = event.vote;
  if (!vote || !recordsMemberVotes(vote)) return [];
  const term = coveringTerm(bodies, vote.body, event.date);
  if (!term) return [];
  const problems: Problem[] = [];
  const base = { file: 'events.json', itemId: event.id };
  const span = `${term.from} to ${term.to}`;
  const members = new Set(term.members);
  vote.members.forEach((m, j) => {
    if (!members.has(m.actor)) {
      problems.push({
        ...base,
        path: `events[${index}].vote.members[${j}].actor`,
        message: `"${m.actor}" votes but is not a member of "${vote.body}" in the term ${span}`,
        hint: 'check the member, or the term’s members in dataset.json',
      });
    }
  });
  // A partial record leaves some members not recorded, so the roll call cannot add up yet.
  if (problems.length || vote.partial) return problems;

  const counts = countChoices(expandVote(vote, event.date, bodies) ?? []);
  for (const choice of ['for', 'against', 'abstain'] as const) {
    if (counts[choice] !== vote.tally[choice]) {
      problems.push({
        ...base,
        path: `events[${index}].vote.tally.${choice}`,
        message: `tally says ${vote.tally[choice]} ${VOTE_CHOICES_TEXT[choice]} but the ${term.members.length} members of the term ${span} give ${counts[choice]}`,
        hint: vote.remainder
          ? `check the listed votes, "remainder" and the term’s members in dataset.json`
          : `list every member's vote, or set "remainder" for the members not listed`,
      });
    }
  }
  return problems;
}
