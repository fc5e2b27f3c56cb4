import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RELATION_TYPES, type RelationType } from './schema';
import { relatedEvents, relationPhrase } from './relations';
import { makeEvent } from './test-events';

const PHRASES = [
  ['responds-to', 'Responds to', 'Responded to by'],
  ['follows-from', 'Follows from', 'Led to'],
  ['reverses', 'Reverses', 'Reversed by'],
  ['reaffirms', 'Reaffirms', 'Reaffirmed by'],
  ['implements', 'Implements', 'Implemented by'],
  ['escalates', 'Escalates', 'Escalated by'],
  ['vetoed-draft-of', 'Vetoed draft of', 'Had a draft vetoed'],
  ['alternative-to', 'Alternative to', 'Alternative proposed'],
  ['part-of', 'Part of', 'Includes'],
] as const;

describe('relationPhrase', () => {
  it.each(PHRASES)('%s reads "%s" from its holder and "%s" from its target', (type, out, into) => {
    expect(relationPhrase(type, 'out')).toBe(out);
    expect(relationPhrase(type, 'in')).toBe(into);
  });

  it('is pinned above for every relation type of the schema', () => {
    expect(PHRASES.map(([type]) => type).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it('says the two directions of every type differently', () => {
    for (const type of RELATION_TYPES) {
      expect(relationPhrase(type, 'out')).not.toBe(relationPhrase(type, 'in'));
    }
    const all = RELATION_TYPES.flatMap((t) => [relationPhrase(t, 'out'), relationPhrase(t, 'in')]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('relatedEvents', () => {
  const answer = makeEvent({
    id: 'answer',
    relations: [{ type: 'responds-to', target: 'question', note: 'The same day.' }],
  });
  const question = makeEvent({ id: 'question' });
  const later = makeEvent({
    id: 'later',
    relations: [{ type: 'reaffirms', target: 'question' }],
  });

  it('lists what an event states, with the type, direction and note', () => {
    expect(relatedEvents(answer, { events: [answer, question, later] })).toEqual([
      {
        id: 'question',
        type: 'responds-to',
        direction: 'out',
        label: 'Responds to',
        note: 'The same day.',
      },
    ]);
  });

  it('lists what other events state about it, read from its side', () => {
    expect(relatedEvents(question, { events: [answer, question, later] })).toEqual([
      {
        id: 'answer',
        type: 'responds-to',
        direction: 'in',
        label: 'Responded to by',
        note: 'The same day.',
      },
      { id: 'later', type: 'reaffirms', direction: 'in', label: 'Reaffirmed by' },
    ]);
  });

  it('lists its own relations before incoming ones', () => {
    const both = makeEvent({
      id: 'both',
      relations: [{ type: 'follows-from', target: 'question' }],
    });
    const reply = makeEvent({ id: 'reply', relations: [{ type: 'responds-to', target: 'both' }] });
    const labels = relatedEvents(both, { events: [reply, both, question] }).map((r) => r.label);
    expect(labels).toEqual(['Follows from', 'Responded to by']);
  });

  it('lists a relation stated twice once, and never the event itself', () => {
    const twice = makeEvent({
      id: 'twice',
      relations: [
        { type: 'reverses', target: 'question' },
        { type: 'reverses', target: 'question' },
        { type: 'part-of', target: 'twice' },
      ],
    });
    expect(relatedEvents(twice, { events: [twice, question] }).map((r) => r.id)).toEqual([
      'question',
    ]);
  });

  it('finds both ends of any relation, whatever its type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATION_TYPES), (type: RelationType) => {
        const a = makeEvent({ id: 'a', relations: [{ type, target: 'b' }] });
        const b = makeEvent({ id: 'b' });
        const events = [a, b];
        const fromA = relatedEvents(a, { events });
        const fromB = relatedEvents(b, { events });
        expect(fromA).toEqual([
          { id: 'b', type, direction: 'out', label: relationPhrase(type, 'out') },
        ]);
        expect(fromB).toEqual([
          { id: 'a', type, direction: 'in', label: relationPhrase(type, 'in') },
        ]);
      }),
    );
  });

  it('indexes incoming relations per list of events: a new list is read afresh', () => {
    const events = [answer, question];
    expect(relatedEvents(question, { events })).toHaveLength(1);
    expect(relatedEvents(question, { events: [...events, later] })).toHaveLength(2);
  });
});
