/**
 * What the validator and the lint report, and the helpers that word it. One problem is one line
 * a person can act on: where (file, item, JSON path), what is wrong, and a hint.
 */

export interface Problem {
  file: string;
  /** The event (or actor, dimension…) the problem sits in, when there is one. */
  itemId?: string;
  /** JSON path inside the file, e.g. `events[3].sources[0].url`. */
  path: string;
  message: string;
  hint?: string;
}

/** One problem per line: `file › item › path: message (hint)`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.itemId, p.path || undefined].filter(Boolean).join(' › ');
  return `${where}: ${p.message}${p.hint ? ` — hint: ${p.hint}` : ''}`;
}
