/**
 * Citations must resolve: every id in a summary sentence's, caveat's or shift's `cite` names one
 * of the same event's sources. (Whether a sentence cites anything at all is the strict lint's
 * business, so that files migrated from version 1, which cite nothing yet, still open.)
 */
import type { Problem } from './problems';
import { suggest } from './problem-hints.ts';
import type { StanceEvent } from './schema';

export function checkCitations(
  event: StanceEvent,
  index: number,
  sourceIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const check = (cite: readonly string[] | undefined, path: string, what: string) => {
    const seen = new Set<string>();
    cite?.forEach((id, k) => {
      const at = `events[${index}].${path}.cite[${k}]`;
      if (seen.has(id)) {
        problems.push({
          file: 'events.json',
          itemId: event.id,
          path: at,
          message: `${what} cites "${id}" twice`,
          hint: 'list each source once',
        });
      }
      seen.add(id);
      if (!sourceIds.has(id)) {
        const close = suggest(id, sourceIds);
        problems.push({
          file: 'events.json',
          itemId: event.id,
          path: at,
          message: `${what} cites source "${id}", which this event does not list`,
          hint: close
            ? `did you mean "${close}"?`
            : `cite one of: ${[...sourceIds].join(', ')}, or add the source first`,
        });
      }
    });
  };
  event.summary.forEach((s, j) => check(s.cite, `summary[${j}]`, `summary sentence ${j + 1}`));
  event.caveats.forEach((c, j) => check(c.cite, `caveats[${j}]`, `caveat ${j + 1}`));
  event.shifts.forEach((s, j) => check(s.cite, `shifts[${j}]`, `the shift on "${s.dimension}"`));
  return problems;
}
