/**
 * Invariants of the flagship dataset (data/us-stance-gaza). The validator checks that the files
 * are well formed; these tests pin down what the dataset must keep saying, so an edit that drops
 * a key event, breaks a tally or orphans a quote fails CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorsFile, DatasetMeta, StanceEvent } from '../domain/schema';

function readJson<T>(file: string): T {
  const url = new URL(`../../data/us-stance-gaza/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

const meta = readJson<DatasetMeta>('dataset.json');
const { actors } = readJson<ActorsFile>('actors.json');
const { events } = readJson<{ events: StanceEvent[] }>('events.json');

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const actorIds = new Set(actors.map((a) => a.id));

function event(id: string): StanceEvent {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`event "${id}" is missing`);
  return found;
}

function memberVote(e: StanceEvent, actor: string) {
  return e.vote?.members?.find((m) => m.actor === actor);
}

describe('flagship dataset: us-stance-gaza', () => {
  it('has enough events, actors and dimensions', () => {
    expect(events.length).toBeGreaterThanOrEqual(45);
    expect(actors.length).toBeGreaterThanOrEqual(25);
    expect(meta.dimensions.length).toBeGreaterThanOrEqual(4);
    for (const dim of meta.dimensions) {
      expect(dim.levels.length, dim.id).toBeGreaterThanOrEqual(3);
      expect(dim.levels.length, dim.id).toBeLessThanOrEqual(6);
    }
  });

  it('tracks an actor that exists', () => {
    expect(meta.subject && actorIds.has(meta.subject.actor)).toBe(true);
  });

  it('keeps events in date order', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives every event at least one http(s) source, and only http(s) URLs', () => {
    for (const e of events) {
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
      for (const s of e.sources) expect(s.url, `${e.id} › ${s.id}`).toMatch(/^https?:\/\//);
    }
  });

  it('names an existing speaker and an event source for every quote', () => {
    for (const e of events) {
      const sourceIds = new Set(e.sources.map((s) => s.id));
      for (const q of e.quotes ?? []) {
        expect(actorIds.has(q.speaker), `${e.id}: speaker ${q.speaker}`).toBe(true);
        expect(sourceIds.has(q.source), `${e.id}: source ${q.source}`).toBe(true);
      }
    }
  });

  it('records the Russian and Chinese veto of the U.S. draft on 2024-03-22', () => {
    const e = event('us-ceasefire-draft-vetoed-by-russia-china');
    expect(e.date).toBe('2024-03-22');
    expect(e.vote?.tally).toEqual({ for: 11, against: 3, abstain: 1 });
    expect(memberVote(e, 'russia')).toMatchObject({ vote: 'against', veto: true });
    expect(memberVote(e, 'china')).toMatchObject({ vote: 'against', veto: true });
    expect(memberVote(e, 'algeria')?.vote).toBe('against');
    expect(memberVote(e, 'algeria')?.veto).toBeFalsy();
    expect(memberVote(e, 'guyana')?.vote).toBe('abstain');
    expect(e.vote?.document).toBeUndefined();
  });

  it('keeps the three events of 2024-03-22 separate', () => {
    for (const id of [
      'us-ceasefire-draft-vetoed-by-russia-china',
      'blinken-tel-aviv-rafah-remarks',
      'senators-nsm20-statement',
    ]) {
      expect(event(id).date, id).toBe('2024-03-22');
    }
  });

  it('records Resolution 2728 with the U.S. abstaining', () => {
    const e = event('un-resolution-2728');
    expect(e.date).toBe('2024-03-25');
    expect(e.vote?.tally).toEqual({ for: 14, against: 0, abstain: 1 });
    expect(memberVote(e, 'united-states')?.vote).toBe('abstain');
  });

  it('gives every dimension at least two shifts onto levels it defines', () => {
    for (const dim of meta.dimensions) {
      const levels = new Set(dim.levels.map((l) => l.value));
      const shifts = events.flatMap((e) => (e.shifts ?? []).filter((s) => s.dimension === dim.id));
      expect(shifts.length, dim.id).toBeGreaterThanOrEqual(2);
      for (const s of shifts) expect(levels.has(s.level), `${dim.id}: ${s.level}`).toBe(true);
    }
  });

  it('uses kebab-case ids everywhere', () => {
    const ids = [
      ...events.map((e) => e.id),
      ...events.flatMap((e) => e.sources.map((s) => s.id)),
      ...actors.map((a) => a.id),
      ...meta.dimensions.flatMap((d) => [d.id, ...d.levels.map((l) => l.value)]),
      ...meta.eras.map((r) => r.id),
      ...meta.tags.map((t) => t.id),
    ];
    for (const id of ids) expect(id).toMatch(ID);
  });

  it('points every relation at another existing event', () => {
    const eventIds = new Set(events.map((e) => e.id));
    for (const e of events) {
      for (const r of e.relations ?? []) {
        expect(eventIds.has(r.target), `${e.id} → ${r.target}`).toBe(true);
        expect(r.target).not.toBe(e.id);
      }
    }
  });
});
