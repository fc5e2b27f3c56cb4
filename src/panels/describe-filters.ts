/** The active filters of a view in words, for the printout and other text exports. */
import type { Dataset } from '../domain/validate';
import { TYPE_LABEL } from '../domain/labels';
import type { ViewState } from '../state/view-state';
import { formatDay } from '../domain/dates';

/** The date filter in words: "1 March 2024 to 15 April 2024"; an open end is "start" or "end". */
export function datesText(since: string | null, until: string | null): string {
  return `${since ? formatDay(since) : 'start'} to ${until ? formatDay(until) : 'end'}`;
}

export function describeFilters(
  dataset: Pick<Dataset, 'actorById' | 'meta'>,
  s: Pick<ViewState, 'actors' | 'types' | 'tags' | 'q' | 'since' | 'until'>,
): string {
  const parts: string[] = [];
  if (s.actors.length)
    parts.push(`Actors: ${s.actors.map((id) => dataset.actorById.get(id)?.name ?? id).join(', ')}`);
  if (s.types.length) parts.push(`Types: ${s.types.map((t) => TYPE_LABEL[t]).join(', ')}`);
  if (s.tags.length) {
    const label = (id: string) => dataset.meta.tags.find((t) => t.id === id)?.label ?? id;
    parts.push(`Topics: ${s.tags.map(label).join(', ')}`);
  }
  if (s.q) parts.push(`Search: “${s.q}”`);
  if (s.since || s.until) parts.push(`Dates: ${datesText(s.since, s.until)}`);
  return parts.join('; ');
}
