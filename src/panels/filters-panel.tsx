import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { EVENT_TYPES } from '../domain/schema-constants';
import type { EventType } from '../domain/schema';
import { TYPE_LABEL } from '../domain/labels';
import type { FacetCounts } from '../selectors/facet-counts';
import { useViewStore } from '../state/view-store';
import { DateFilter } from './date-filter';
import { buildFilterTree, type TreeNode } from './filter-tree';
import { FilterTreeView } from './filter-tree-view';
import { UnmatchedMode } from './unmatched-mode';

interface Props {
  dataset: Dataset;
  counts: FacetCounts;
  /** The data's first and last day, bounds for the date inputs. */
  extent: [string, string];
}

const NO_CHOICES: ReadonlyMap<string, boolean> = new Map();

/**
 * Every filter: a finder, the tree of actors, event types and topics (one Tab stop), the dates
 * (folded until used) and what happens to events that do not match.
 */
export function FiltersPanel({ dataset, counts, extent }: Props) {
  const id = useId();
  const state = useViewStore(
    useShallow((s) => ({
      actors: s.actors,
      types: s.types,
      tags: s.tags,
      q: s.q,
      since: s.since,
      until: s.until,
      filtered: s.filtered,
    })),
  );
  const actions = useViewStore(
    useShallow((s) => ({
      toggleActor: s.toggleActor,
      setActors: s.setActors,
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
  const [needle, setNeedle] = useState('');
  // Open and closed parents as the reader left them, for the finder text they were set under: a
  // new search starts from the defaults, which open every group with a match.
  const [choices, setChoices] = useState({ needle: '', map: NO_CHOICES });
  const expanded = choices.needle === needle ? choices.map : NO_CHOICES;

  const present = useMemo(() => new Set(dataset.events.map((e) => e.type)), [dataset.events]);
  const tree = buildFilterTree({
    groups: dataset.groups,
    actors: dataset.actors,
    types: EVENT_TYPES.filter((t) => present.has(t)).map((t) => ({ id: t, label: TYPE_LABEL[t] })),
    tags: dataset.meta.tags,
    selected: state,
    counts,
    needle,
    expanded,
  });

  const onExpand = (ids: readonly string[], open: boolean) => {
    const map = new Map(expanded);
    for (const nodeId of ids) map.set(nodeId, open);
    setChoices({ needle, map });
  };
  // A group the reader works in stays open: its default (open while it holds a selection) would
  // otherwise close it under the pointer when its last actor is cleared.
  const keepOpen = (node: TreeNode) => {
    const group = node.kind === 'group' ? node.id : node.parent;
    if (group?.startsWith('g:') && expanded.get(group) === undefined) onExpand([group], true);
  };
  const onToggle = (node: TreeNode) => {
    keepOpen(node);
    if (node.kind === 'group') return actions.setGroupActors(node.values, node.checked !== true);
    if (node.kind !== 'leaf') return;
    if (node.facet === 'actors') actions.toggleActor(node.value);
    else if (node.facet === 'types') actions.toggleType(node.value as EventType);
    else actions.toggleTag(node.value);
  };
  const onOnly = (node: TreeNode) => {
    keepOpen(node);
    if (node.kind === 'group') return actions.setActors(node.values);
    if (node.kind !== 'leaf') return;
    if (node.facet === 'actors') actions.soloActor(node.value);
    else if (node.facet === 'types') actions.setTypes([node.value as EventType]);
    else actions.setTags([node.value]);
  };
  const anyFilter =
    state.actors.length + state.types.length + state.tags.length > 0 ||
    state.q.trim() !== '' ||
    state.since !== null ||
    state.until !== null;

  return (
    <>
      <label htmlFor={`${id}-find`} className="small">
        Find an actor, type or topic
      </label>
      <input
        id={`${id}-find`}
        type="search"
        className="input"
        value={needle}
        onChange={(e) => setNeedle(e.target.value)}
        autoComplete="off"
      />
      <p className="muted small filter-help">
        Shows events with any selected actor, of any selected type and on any selected topic.
      </p>
      <p id={`${id}-help`} className="visually-hidden">
        Arrow keys move and open groups, Space selects, O selects only the focused one.
      </p>
      {tree.length === 0 ? (
        <p className="muted small">No actor, type or topic matches “{needle}”.</p>
      ) : (
        <FilterTreeView
          tree={tree}
          onExpand={onExpand}
          onToggle={onToggle}
          onOnly={onOnly}
          describedBy={`${id}-help`}
        />
      )}
      <DateFilter
        since={state.since}
        until={state.until}
        extent={extent}
        onChange={actions.setDateFilter}
      />
      <UnmatchedMode mode={state.filtered} enabled={anyFilter} onChange={actions.setFiltered} />
    </>
  );
}
