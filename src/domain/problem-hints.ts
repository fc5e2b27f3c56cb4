/**
 * The validator's "did you mean" hints for ids the data names but does not define. Apart from
 * problems.ts, which the page's error panels read from the start: only the checks need these.
 */
import type { Problem } from './problems.ts';

/** Closest known id by edit distance, for "did you mean" hints. */
export function suggest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = editDistance(id, candidate);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(id.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

export function unknownRef(
  kind: string,
  id: string,
  known: Iterable<string>,
): Pick<Problem, 'message' | 'hint'> {
  const close = suggest(id, known);
  return {
    message: `unknown ${kind} "${id}"`,
    hint: close
      ? `did you mean "${close}"?`
      : `add it to the ${kind === 'event' ? 'events' : kind + 's'} first`,
  };
}
