/**
 * "The vote": tally, outcome and how each member voted. Where the dataset knows who sat on the
 * body that day, every member is listed by name, grouped for / against / abstained, with vetoes
 * marked in words; otherwise the members the record names, and "All other members" (their vote, or
 * "Not recorded" where the sources name only some votes).
 */
import type { ReactNode } from 'react';
import type { StanceEvent, Vote } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { pluralize } from '../domain/labels';
import { VOTE_LABEL } from '../domain/record-labels';
import { Highlight } from './highlight';
import {
  expandVote,
  groupByChoice,
  recordsMemberVotes,
  type ExpandedChoice,
  type MemberVote,
} from '../domain/vote-members';

const GROUP_LABEL: Record<ExpandedChoice, string> = {
  for: 'In favour',
  against: 'Against',
  abstain: 'Abstained',
  'not-recorded': 'Not recorded',
};

export function VoteSection({
  event,
  dataset,
  query,
}: {
  event: StanceEvent;
  dataset: Dataset;
  query: string;
}) {
  const vote = event.vote;
  if (!vote) return null;
  const body = dataset.actorById.get(vote.body)?.name ?? vote.body;
  const { tally } = vote;
  const expanded = recordsMemberVotes(vote)
    ? expandVote(vote, event.date, dataset.meta.bodies)
    : undefined;
  const nameOf = (id: string) => (
    <Highlight text={dataset.actorById.get(id)?.name ?? id} query={query} />
  );
  return (
    <section aria-labelledby="details-vote">
      <h3 id="details-vote">The vote</h3>
      <p className="tally">
        <strong>
          {tally.for}–{tally.against}–{tally.abstain}
        </strong>{' '}
        <span className="muted">
          ({tally.for} in favour, {tally.against} against, {pluralize(tally.abstain, 'abstention')})
        </span>{' '}
        · <span className={`outcome outcome-${vote.outcome}`}>{vote.outcome}</span>
      </p>
      <p className="muted small">
        <Highlight text={body} query={query} />: <Highlight text={vote.question} query={query} />
        {vote.document && (
          <>
            {' '}
            · document <Highlight text={vote.document} query={query} />
          </>
        )}
      </p>
      {expanded ? (
        <WholeVoteTable members={expanded} nameOf={nameOf} />
      ) : (
        vote.members.length > 0 && <RecordedVoteTable vote={vote} nameOf={nameOf} />
      )}
    </section>
  );
}

function VoteCell({ member }: { member: Pick<MemberVote, 'vote' | 'veto'> }) {
  return (
    <td>
      {member.vote === 'not-recorded' ? 'Not recorded' : VOTE_LABEL[member.vote]}
      {member.veto && <strong className="veto-badge"> — veto</strong>}
    </td>
  );
}

/** Every member of the body's term, one row each, in groups headed by their count. */
function WholeVoteTable({
  members,
  nameOf,
}: {
  members: readonly MemberVote[];
  nameOf: (id: string) => ReactNode;
}) {
  return (
    <table className="vote-table whole">
      <caption>How members voted (all {members.length})</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Vote</th>
        </tr>
      </thead>
      {groupByChoice(members).map((group) => (
        <tbody key={group.choice}>
          <tr className="vote-group">
            <th scope="rowgroup" colSpan={2}>
              {GROUP_LABEL[group.choice]} <span className="count">{group.members.length}</span>
            </th>
          </tr>
          {group.members.map((m) => (
            <tr key={m.actor} className={m.veto ? 'veto' : undefined}>
              <th scope="row">{nameOf(m.actor)}</th>
              <VoteCell member={m} />
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** What the vote itself records: the named members, then how all the others voted. */
function RecordedVoteTable({ vote, nameOf }: { vote: Vote; nameOf: (id: string) => ReactNode }) {
  return (
    <table className="vote-table">
      <caption>How members voted</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Vote</th>
        </tr>
      </thead>
      <tbody>
        {vote.members.map((m) => (
          <tr key={m.actor} className={m.veto ? 'veto' : undefined}>
            <th scope="row">{nameOf(m.actor)}</th>
            <VoteCell member={{ vote: m.vote, veto: m.veto === true }} />
          </tr>
        ))}
        {vote.remainder && (
          <tr>
            <th scope="row">All other members</th>
            <td>{VOTE_LABEL[vote.remainder]}</td>
          </tr>
        )}
        {vote.partial && (
          <tr>
            <th scope="row">All other members</th>
            <td>Not recorded</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
