import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store';

/**
 * The view-store actions the dataset page hands to its parts. Selected with `useShallow`, so the
 * object stays the same between renders (the actions never change) and children can memoise.
 */
export function useViewActions() {
  return useViewStore(
    useShallow((s) => ({
      selectEvent: s.selectEvent,
      setWindow: s.setWindow,
      setDateFilter: s.setDateFilter,
      setView: s.setView,
      setLanes: s.setLanes,
      setOrient: s.setOrient,
      toggleExpanded: s.toggleExpanded,
      toggleActor: s.toggleActor,
      toggleType: s.toggleType,
      toggleTag: s.toggleTag,
      setQuery: s.setQuery,
      clearFilters: s.clearFilters,
      setActors: s.setActors,
      setTypes: s.setTypes,
      setTags: s.setTags,
    })),
  );
}

export type PageActions = ReturnType<typeof useViewActions>;
