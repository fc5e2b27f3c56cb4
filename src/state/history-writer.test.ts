import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HistoryWriter, type HistoryPort } from './history-writer';

/** A history as a list of entries and a cursor, and a scheduler run by hand. */
function fakes() {
  const entries = [''];
  let at = 0;
  const log: string[] = [];
  const port: HistoryPort = {
    current: () => entries[at]!,
    push: (s) => {
      entries.splice(at + 1, Infinity, s);
      at += 1;
      log.push(`push ${s}`);
    },
    replace: (s) => {
      entries[at] = s;
      log.push(`replace ${s}`);
    },
  };
  const tasks = new Set<() => void>();
  const later = (fn: () => void) => {
    tasks.add(fn);
    return () => tasks.delete(fn);
  };
  const idle = () => {
    for (const fn of [...tasks]) {
      tasks.delete(fn);
      fn();
    }
  };
  return { port, entries, log, later, idle, tasks, cursor: () => at };
}

describe('HistoryWriter', () => {
  it('writes a new entry only once the page is idle', () => {
    const f = fakes();
    const w = new HistoryWriter(f.port, f.later);
    w.push(() => 'types=letter');
    expect(f.log).toEqual([]);
    expect(w.pending).toBe(true);
    f.idle();
    expect(f.log).toEqual(['push types=letter']);
    expect(w.pending).toBe(false);
  });

  it('reads the query when it writes it, not when it is pushed', () => {
    const f = fakes();
    const w = new HistoryWriter(f.port, f.later);
    let reads = 0;
    w.push(() => {
      reads += 1;
      return 'a=1';
    });
    expect(reads).toBe(0);
    f.idle();
    expect(reads).toBe(1);
  });

  it('keeps one entry per push, in order, however quickly they come', () => {
    const f = fakes();
    const w = new HistoryWriter(f.port, f.later);
    w.push(() => 'a');
    w.push(() => 'b');
    w.push(() => 'c');
    f.idle();
    expect(f.entries).toEqual(['', 'a', 'b', 'c']);
    expect(f.tasks.size).toBe(0);
  });

  it('never lets a replacement overtake a waiting entry', () => {
    const f = fakes();
    const w = new HistoryWriter(f.port, f.later);
    w.push(() => 'types=letter');
    w.replace('types=letter&from=2024-01-01');
    expect(f.log).toEqual(['push types=letter', 'replace types=letter&from=2024-01-01']);
    expect(f.entries).toEqual(['', 'types=letter&from=2024-01-01']);
  });

  it('leaves an entry that already reads the same alone', () => {
    const f = fakes();
    const w = new HistoryWriter(f.port, f.later);
    w.replace('');
    expect(f.log).toEqual([]);
  });

  it('drops a waiting entry when the reader moved through history first', () => {
    const f = fakes();
    const w = new HistoryWriter(f.port, f.later);
    w.push(() => 'a');
    w.drop();
    f.idle();
    expect(f.log).toEqual([]);
    expect(w.pending).toBe(false);
  });

  it('writes what it was told, in order, whatever the interleaving with idle time', () => {
    type Op = { kind: 'push' | 'replace'; s: string } | { kind: 'idle' } | { kind: 'flush' };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), s: fc.stringMatching(/^[a-c]{1,2}$/) }),
      fc.record({ kind: fc.constant('replace' as const), s: fc.stringMatching(/^[a-c]{1,2}$/) }),
      fc.record({ kind: fc.constant('idle' as const) }),
      fc.record({ kind: fc.constant('flush' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops: Op[]) => {
        // What writing every change at once gives.
        const direct = [''];
        let at = 0;
        const f = fakes();
        const w = new HistoryWriter(f.port, f.later);
        for (const o of ops) {
          if (o.kind === 'push') {
            direct.splice(at + 1, Infinity, o.s);
            at += 1;
            w.push(() => o.s);
          } else if (o.kind === 'replace') {
            direct[at] = o.s;
            w.replace(o.s);
          } else if (o.kind === 'idle') f.idle();
          else w.flush();
        }
        w.flush();
        expect(f.entries).toEqual(direct);
        expect(f.cursor()).toBe(at);
      }),
    );
  });
});
