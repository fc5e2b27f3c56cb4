import type { Dataset } from '../domain/validate';
import type { EventType } from '../domain/schema';
import { formatCount, pluralize, TYPE_LABEL } from '../domain/labels';
import { datesText } from './describe-filters';
import type { EmptyCause } from '../selectors/empty-cause';
import type { FilterKey } from '../selectors/filter-events';
import type { ViewState } from '../state/view-state';
import type { ViewActions } from '../state/view-store';

interface Props {
  dataset: Dataset;
  state: ViewState;
  actions: Pick<
    ViewActions,
    | 'toggleActor'
    | 'toggleType'
    | 'toggleTag'
    | 'setQuery'
    | 'setDateFilter'
    | 'clearFilters'
    | 'setActors'
    | 'setTypes'
    | 'setTags'
  >;
  shown: number;
  total: number;
  emptyCauses: EmptyCause[];
  /** A filter is set whose results are still to come (app/shown-results.ts). */
  pending?: boolean;
}

const FILTER_NAME: Record<FilterKey, string> = {
  actors: 'the actor filter',
  types: 'the event-type filter',
  tags: 'the topic filter',
  q: 'the search',
  dates: 'the date filter',
};

/** "N of M events" (announced politely), the active filters as removable chips, and clear-all. */
export function SummaryBar({ dataset, state, actions, shown, total, emptyCauses, pending }: Props) {
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...state.actors.map((id) => ({
      key: `a-${id}`,
      label: `Actor: ${dataset.actorById.get(id)?.name ?? id}`,
      remove: () => actions.toggleActor(id),
    })),
    ...state.types.map((t: EventType) => ({
      key: `t-${t}`,
      label: `Type: ${TYPE_LABEL[t]}`,
      remove: () => actions.toggleType(t),
    })),
    ...state.tags.map((id) => ({
      key: `g-${id}`,
      label: `Topic: ${dataset.meta.tags.find((t) => t.id === id)?.label ?? id}`,
      remove: () => actions.toggleTag(id),
    })),
    ...(state.q
      ? [{ key: 'q', label: `Search: “${state.q}”`, remove: () => actions.setQuery('') }]
      : []),
    ...(state.since || state.until
      ? [
          {
            key: 'd',
            label: `Dates: ${datesText(state.since, state.until)}`,
            remove: () => actions.setDateFilter(null, null),
          },
        ]
      : []),
  ];
  const relax = (key: FilterKey) => {
    if (key === 'actors') actions.setActors([]);
    else if (key === 'types') actions.setTypes([]);
    else if (key === 'tags') actions.setTags([]);
    else if (key === 'q') actions.setQuery('');
    else actions.setDateFilter(null, null);
  };

  return (
    <>
      <div className="summary-bar">
        <p className="result-count" role="status">
          {pending
            ? 'Filtering…'
            : chips.length
              ? `${formatCount(shown)} of ${pluralize(total, 'event')}`
              : pluralize(total, 'event')}
        </p>
        {chips.length > 0 && (
          <>
            <ul className="chips" aria-label="Active filters">
              {chips.map((c) => (
                <li key={c.key} className="chip">
                  {c.label}
                  <button type="button" aria-label={`Remove ${c.label}`} onClick={c.remove}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="btn link" onClick={actions.clearFilters}>
              Clear all filters
            </button>
          </>
        )}
      </div>
      {shown === 0 && chips.length > 0 && !pending && (
        <div className="empty-state">
          <p>
            <strong>No events match.</strong>{' '}
            {emptyCauses.length > 0
              ? `${capitalise(FILTER_NAME[emptyCauses[0]!.filter])} emptied the result.`
              : 'No single filter is to blame; remove a few of them.'}
          </p>
          {emptyCauses.map((c) => (
            <button key={c.filter} type="button" className="btn" onClick={() => relax(c.filter)}>
              Remove {FILTER_NAME[c.filter]} (shows {c.restores})
            </button>
          ))}
        </div>
      )}
    </>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
