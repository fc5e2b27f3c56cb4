import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Body, Vote } from './schema';
import { UNSC_2024 } from './test-fixtures';
import {
  countChoices,
  coveringTerm,
  expandVote,
  groupByChoice,
  recordsMemberVotes,
  type MemberVote,
} from './vote-members';

const bodies: Body[] = [
  {
    actor: 'unsc',
    terms: [
      { from: '2023-01-01', to: '2023-12-31', members: ['us', 'russia', 'china', 'brazil'] },
      { from: '2024-01-01', to: '2024-12-31', members: [...UNSC_2024] },
    ],
  },
];

/** 22 March 2024: Russia and China veto, Algeria against, Guyana abstains, the rest in favour. */
const veto: Vote = {
  body: 'unsc',
  question: 'U.S. draft',
  outcome: 'vetoed',
  tally: { for: 11, against: 3, abstain: 1 },
  members: [
    { actor: 'russia', vote: 'against', veto: true },
    { actor: 'china', vote: 'against', veto: true },
    { actor: 'algeria', vote: 'against' },
    { actor: 'guyana', vote: 'abstain' },
  ],
  remainder: 'for',
};

describe('coveringTerm', () => {
  it('finds the term whose days include the date, both ends inclusive', () => {
    expect(coveringTerm(bodies, 'unsc', '2023-12-31')?.from).toBe('2023-01-01');
    expect(coveringTerm(bodies, 'unsc', '2024-01-01')?.from).toBe('2024-01-01');
    expect(coveringTerm(bodies, 'unsc', '2024-03-22')?.members).toHaveLength(15);
  });

  it('finds nothing outside every term or for a body without terms', () => {
    expect(coveringTerm(bodies, 'unsc', '2025-01-01')).toBeUndefined();
    expect(coveringTerm(bodies, 'unga', '2024-03-22')).toBeUndefined();
    expect(coveringTerm([], 'unsc', '2024-03-22')).toBeUndefined();
  });
});

describe('expandVote', () => {
  it('lists all 15 members of the 2024 Council in the term’s order, vetoes kept', () => {
    const members = expandVote(veto, '2024-03-22', bodies) ?? [];
    expect(members.map((m) => m.actor)).toEqual([...UNSC_2024]);
    expect(members.find((m) => m.actor === 'russia')).toEqual({
      actor: 'russia',
      vote: 'against',
      veto: true,
      listed: true,
    });
    expect(members.find((m) => m.actor === 'algeria')).toMatchObject({ veto: false });
    expect(members.find((m) => m.actor === 'japan')).toEqual({
      actor: 'japan',
      vote: 'for',
      veto: false,
      listed: false,
    });
    expect(countChoices(members)).toEqual({
      for: 11,
      against: 3,
      abstain: 1,
      'not-recorded': 0,
    });
  });

  it('says "not recorded" for unlisted members when the vote has no remainder', () => {
    const members = expandVote({ ...veto, remainder: undefined }, '2024-03-22', bodies) ?? [];
    expect(members).toHaveLength(15);
    expect(countChoices(members)).toMatchObject({ for: 0, 'not-recorded': 11 });
  });

  it('keeps listed voters the term lacks, at the end, so nothing recorded is hidden', () => {
    const members =
      expandVote(
        { ...veto, members: [...veto.members, { actor: 'palestine', vote: 'for' }] },
        '2024-03-22',
        bodies,
      ) ?? [];
    expect(members).toHaveLength(16);
    expect(members.at(-1)).toMatchObject({ actor: 'palestine', vote: 'for', listed: true });
  });

  it('uses the term of the vote’s own date', () => {
    const members = expandVote(
      { ...veto, members: [{ actor: 'us', vote: 'against', veto: true }] },
      '2023-10-18',
      bodies,
    );
    expect(members?.map((m) => [m.actor, m.vote])).toEqual([
      ['us', 'against'],
      ['russia', 'for'],
      ['china', 'for'],
      ['brazil', 'for'],
    ]);
  });

  it('gives undefined without a covering term', () => {
    expect(expandVote(veto, '2025-06-01', bodies)).toBeUndefined();
    expect(expandVote({ ...veto, body: 'unga' }, '2024-03-22', bodies)).toBeUndefined();
  });

  it('lists every term member exactly once, whatever the vote lists (property)', () => {
    const votes = fc.constantFrom<'for' | 'against' | 'abstain'>('for', 'against', 'abstain');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ actor: fc.constantFrom(...UNSC_2024), vote: votes }), {
          selector: (m) => m.actor,
        }),
        fc.option(votes, { nil: undefined }),
        (listed, remainder) => {
          const members = expandVote({ ...veto, members: listed, remainder }, '2024-06-01', bodies);
          expect(members?.map((m) => m.actor)).toEqual([...UNSC_2024]);
          const counts = countChoices(members ?? []);
          expect(counts.for + counts.against + counts.abstain + counts['not-recorded']).toBe(15);
          for (const m of listed) {
            expect(members?.find((x) => x.actor === m.actor)?.vote).toBe(m.vote);
          }
        },
      ),
    );
  });
});

describe('groupByChoice', () => {
  it('groups for, against, abstained, not recorded; vetoes lead "against"', () => {
    const members: MemberVote[] = [
      { actor: 'us', vote: 'for', veto: false, listed: false },
      { actor: 'algeria', vote: 'against', veto: false, listed: true },
      { actor: 'x', vote: 'not-recorded', veto: false, listed: false },
      { actor: 'russia', vote: 'against', veto: true, listed: true },
      { actor: 'guyana', vote: 'abstain', veto: false, listed: true },
      { actor: 'china', vote: 'against', veto: true, listed: true },
      { actor: 'uk', vote: 'for', veto: false, listed: false },
    ];
    expect(groupByChoice(members).map((g) => [g.choice, g.members.map((m) => m.actor)])).toEqual([
      ['for', ['us', 'uk']],
      ['against', ['russia', 'china', 'algeria']],
      ['abstain', ['guyana']],
      ['not-recorded', ['x']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(
      groupByChoice([{ actor: 'a', vote: 'for', veto: false, listed: true }]).map((g) => g.choice),
    ).toEqual(['for']);
  });
});

describe('recordsMemberVotes', () => {
  it('is false only for a vote that names no member and has no remainder', () => {
    expect(recordsMemberVotes(veto)).toBe(true);
    expect(recordsMemberVotes({ members: [], remainder: 'for' })).toBe(true);
    expect(recordsMemberVotes({ members: [] })).toBe(false);
  });
});
