import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatProblemShort,
  moreProblems,
  PROBLEM_LIMIT,
  reportProblems,
  shortenMessage,
  shortenQuoted,
  shortenValue,
} from './problem-report';
import type { Problem } from './validate';

const problem = (i: number, overrides: Partial<Problem> = {}): Problem => ({
  file: 'events.json',
  itemId: `event-${i}`,
  path: `events[${i}].date`,
  message: `"2024-02-30" is not a real calendar date`,
  ...overrides,
});

describe('shortenValue', () => {
  it('keeps a value at or under the limit as it is', () => {
    expect(shortenValue('a'.repeat(120))).toBe('a'.repeat(120));
  });

  it('cuts a longer value to 120 characters, an ellipsis and its full length', () => {
    expect(shortenValue('a'.repeat(10_486_041))).toBe(
      `${'a'.repeat(120)}… (10,486,041 characters)`,
    );
  });

  it('never splits a surrogate pair', () => {
    const value = `${'a'.repeat(119)}😀${'b'.repeat(10)}`;
    const cut = shortenValue(value);
    expect(cut.startsWith(`${'a'.repeat(119)}…`)).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('is never longer than the limit plus its suffix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const out = shortenValue(s, max);
        if (s.length <= max) return out === s;
        return out.length <= max + 30 && out.includes(`(${s.length.toLocaleString('en-GB')} `);
      }),
    );
  });
});

describe('shortenQuoted', () => {
  it('shortens a long quoted value and keeps the rest of the message', () => {
    const url = `javascript:${'x'.repeat(5000)}`;
    const out = shortenQuoted(`"${url}" is not an http(s) URL`);
    expect(out).toBe(`"${url.slice(0, 120)}…" (5,011 characters) is not an http(s) URL`);
  });

  it('leaves short quoted values and unquoted text alone', () => {
    const text = `unknown actor "us-gov" — did you mean "us-govt"? ${'plain '.repeat(40)}`;
    expect(shortenQuoted(text)).toBe(text);
  });

  it('shortens every long quoted value in one message', () => {
    const a = 'a'.repeat(500);
    const b = 'b'.repeat(500);
    const out = shortenQuoted(`end "${a}" is before date "${b}"`);
    expect(out).toBe(
      `end "${'a'.repeat(120)}…" (500 characters) is before date "${'b'.repeat(120)}…" (500 characters)`,
    );
  });

  it('shortens a quote that never closes', () => {
    const out = shortenQuoted(`bad "${'c'.repeat(1000)}`);
    expect(out).toBe(`bad "${'c'.repeat(120)}…" (1,000 characters)`);
  });
});

describe('shortenMessage', () => {
  it('caps a long unquoted message as a whole', () => {
    expect(shortenMessage('word '.repeat(10_000)).length).toBeLessThan(700);
  });
});

describe('formatProblemShort', () => {
  it('shortens the item id, the path and the quoted values of one problem', () => {
    const huge = 'h'.repeat(1_000_000);
    const line = formatProblemShort(
      problem(0, { itemId: huge, path: `events[0].${huge}`, message: `"${huge}" is bad` }),
    );
    expect(line.length).toBeLessThan(700);
    expect(line).toContain('(1,000,000 characters)');
  });

  it('formats a short problem exactly as the validator does', () => {
    expect(formatProblemShort(problem(3))).toBe(
      'events.json › event-3 › events[3].date: "2024-02-30" is not a real calendar date',
    );
  });
});

describe('reportProblems', () => {
  it(`lists the first ${PROBLEM_LIMIT} problems and counts the rest`, () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => problem(i));
    const report = reportProblems(problems);
    expect(report.lines).toHaveLength(PROBLEM_LIMIT);
    expect(report.lines[0]).toContain('event-0');
    expect(report.more).toBe(100_000 - PROBLEM_LIMIT);
    expect(report.total).toBe(100_000);
  });

  it('lists everything when there are few problems, or when the limit is Infinity', () => {
    expect(reportProblems([problem(1), problem(2)])).toMatchObject({ more: 0, total: 2 });
    expect(
      reportProblems(
        Array.from({ length: 50 }, (_, i) => problem(i)),
        Infinity,
      ),
    ).toMatchObject({ more: 0, total: 50 });
  });
});

describe('moreProblems', () => {
  it('says how many more, in the singular for one', () => {
    expect(moreProblems(1)).toBe('and 1 more problem');
    expect(moreProblems(99_980)).toBe('and 99,980 more problems');
  });
});
