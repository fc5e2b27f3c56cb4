/**
 * Readable error reports at any size. A hand-written or hostile file can produce 100,000
 * problems, or quote a 10 MB value in one message; a person reads the first twenty and needs to
 * know how many more there are. Everything here is pure and linear in the input, so capping a
 * huge report costs one pass, not a re-render of every line.
 */
import { pluralize } from './labels';
import { formatProblem, type Problem } from './problems';

/** Problems listed before "and N more problems". */
export const PROBLEM_LIMIT = 20;
/** A quoted value longer than this (in UTF-16 code units) is cut, with an ellipsis. */
export const VALUE_LIMIT = 120;
/** Unquoted fields (file, item id, path) and a whole line are cut past this, as a last guard. */
const FIELD_LIMIT = 200;
const LINE_LIMIT = 600;

/** "12,345 characters" — en-GB digits so messages read the same in every locale. */
function characters(n: number): string {
  return pluralize(n, 'character');
}

/**
 * `value` if it is at most `max` long, else its first `max` characters, an ellipsis and its
 * full length: `javascript:aaaa…` + ` (10,486,041 characters)`. A surrogate pair is never split,
 * so the cut text stays valid UTF-16.
 */
export function shortenValue(value: string, max = VALUE_LIMIT): string {
  if (value.length <= max) return value;
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // high surrogate: keep the pair whole
  return `${value.slice(0, end)}… (${characters(value.length)})`;
}

/**
 * Shortens every double-quoted part of a message longer than `max`, keeping the quotes:
 * `"aaaa…" (10,486,041 characters) is not an http(s) URL`. One linear scan; a quote that never
 * closes runs to the end of the text and is shortened as well.
 */
export function shortenQuoted(text: string, max = VALUE_LIMIT): string {
  if (text.length <= max + 2) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('"', i);
    if (open === -1) {
      out += text.slice(i);
      break;
    }
    const close = text.indexOf('"', open + 1);
    const end = close === -1 ? text.length : close;
    const inner = text.slice(open + 1, end);
    out += text.slice(i, open + 1);
    if (inner.length > max) {
      // The length goes after the closing quote, so the quoted text is only the value's start.
      const cut = shortenValue(inner, max);
      const at = cut.lastIndexOf(' (');
      out += `${cut.slice(0, at)}"${cut.slice(at)}`;
    } else {
      out += inner + (close === -1 ? '' : '"');
    }
    i = close === -1 ? text.length : close + 1;
  }
  return out;
}

/** A message made safe to show: long quoted values cut, then the whole text capped. */
export function shortenMessage(text: string, max = VALUE_LIMIT): string {
  return shortenValue(shortenQuoted(text, max), LINE_LIMIT);
}

/** One problem with every field shortened, so its formatted line stays short. */
export function shortenProblem(p: Problem, max = VALUE_LIMIT): Problem {
  const short: Problem = {
    file: shortenValue(p.file, FIELD_LIMIT),
    path: shortenValue(p.path, FIELD_LIMIT),
    message: shortenQuoted(p.message, max),
  };
  if (p.itemId !== undefined) short.itemId = shortenValue(p.itemId, max);
  if (p.hint !== undefined) short.hint = shortenQuoted(p.hint, max);
  return short;
}

/** One short line per problem: `file › item › path: message (hint)`, capped. */
export function formatProblemShort(p: Problem, max = VALUE_LIMIT): string {
  return shortenValue(formatProblem(shortenProblem(p, max)), LINE_LIMIT);
}

export interface ProblemReport {
  /** The first `limit` problems, one short line each. */
  lines: string[];
  /** How many problems are not listed. */
  more: number;
  total: number;
}

/**
 * The first `limit` problems as short lines and the count of the rest. Only the listed problems
 * are formatted, so 100,000 problems cost 20 lines of work.
 */
export function reportProblems(
  problems: readonly Problem[],
  limit: number = PROBLEM_LIMIT,
): ProblemReport {
  const shown = Number.isFinite(limit) ? problems.slice(0, Math.max(0, limit)) : problems;
  return {
    lines: shown.map((p) => formatProblemShort(p)),
    more: problems.length - shown.length,
    total: problems.length,
  };
}

/** "and 99,980 more problems" / "and 1 more problem". */
export function moreProblems(n: number): string {
  return `and ${pluralize(n, 'more problem')}`;
}

/** "1 problem" / "100,000 problems". */
export function problemCount(n: number): string {
  return pluralize(n, 'problem');
}
