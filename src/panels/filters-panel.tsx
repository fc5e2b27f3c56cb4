import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { EVENT_TYPES, type EventType } from '../domain/schema';
import { TYPE_LABEL } from '../domain/labels';
import type { FacetCounts } from '../selectors/facet-counts';
import { useViewStore } from '../state/view-store';
import { markPath } from '../timeline/render/shapes';
import { ActorFilter } from './actor-filter';
import { DateFilter } from './date-filter';
import { FacetFilter, type FacetOption } from './facet-filter';

interface Props {
  dataset: Dataset;
  counts: FacetCounts;
  /** The data's first and last day, bounds for the date inputs. */
  extent: [string, string];
}

function TypeIcon({ type }: { type: EventType }) {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14">
      <path d={markPath(type, 60)} fill="currentColor" />
    </svg>
  );
}

/** Every filter, grouped: actors, event types, topics, dates, and how to show the rest. */
export function FiltersPanel({ dataset, counts, extent }: Props) {
  const state = useViewStore(
    useShallow((s) => ({
      actors: s.actors,
      types: s.types,
      tags: s.tags,
      since: s.since,
      until: s.until,
      filtered: s.filtered,
    })),
  );
  const actions = useViewStore(
    useShallow((s) => ({
      toggleActor: s.toggleActor,
      soloActor: s.soloActor,
      setGroupActors: s.setGroupActors,
      toggleType: s.toggleType,
      setTypes: s.setTypes,
      toggleTag: s.toggleTag,
      setTags: s.setTags,
      setDateFilter: s.setDateFilter,
      setFiltered: s.setFiltered,
    })),
  );
  const present = useMemo(() => new Set(dataset.events.map((e) => e.type)), [dataset.events]);
  const typeOptions: FacetOption[] = EVENT_TYPES.filter((t) => present.has(t)).map((t) => ({
    id: t,
    label: TYPE_LABEL[t],
    icon: <TypeIcon type={t} />,
  }));
  const tagOptions: FacetOption[] = dataset.meta.tags.map((t) => ({ id: t.id, label: t.label }));

  return (
    <>
      <ActorFilter
        dataset={dataset}
        selected={state.actors}
        counts={counts.actors}
        onToggle={actions.toggleActor}
        onSolo={actions.soloActor}
        onGroup={actions.setGroupActors}
      />
      <FacetFilter
        legend="Event types"
        options={typeOptions}
        selected={state.types}
        counts={counts.types as ReadonlyMap<string, number>}
        onToggle={(id) => actions.toggleType(id as EventType)}
        onClear={() => actions.setTypes([])}
      />
      {tagOptions.length > 0 && (
        <FacetFilter
          legend="Topics"
          help="Shows events with any selected topic."
          options={tagOptions}
          selected={state.tags}
          counts={counts.tags}
          onToggle={actions.toggleTag}
          onClear={() => actions.setTags([])}
        />
      )}
      <DateFilter
        since={state.since}
        until={state.until}
        extent={extent}
        onChange={actions.setDateFilter}
      />
      <fieldset className="facet">
        <legend>Events that do not match</legend>
        <div className="segmented">
          {(['hide', 'dim'] as const).map((mode) => (
            <label key={mode} className="radio">
              <input
                type="radio"
                name="filtered-mode"
                value={mode}
                checked={state.filtered === mode}
                onChange={() => actions.setFiltered(mode)}
              />
              {mode === 'hide' ? 'Hide them' : 'Show them dimmed'}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
