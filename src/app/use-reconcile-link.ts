import { useEffect, useEffectEvent } from 'react';
import type { Dataset } from '../domain/validate';
import { reconcileStory } from '../state/story-state';
import { reconcile } from '../state/url-codec';
import type { ViewState } from '../state/view-state';
import { getViewState, viewStore } from '../state/view-store';

/**
 * Drops ids (and story steps) the link names but this dataset lacks, once per dataset, and
 * reports them (the caller applies the result without a history entry).
 */
export function useReconcileLink(
  dataset: Dataset,
  onReconciled: (state: ViewState, warnings: string[]) => void,
): void {
  const report = useEffectEvent((state: ViewState, warnings: string[]) =>
    onReconciled(state, warnings),
  );
  useEffect(() => {
    const current = getViewState(viewStore);
    const result = reconcile(current, {
      events: new Set(dataset.eventById.keys()),
      actors: new Set(dataset.actorById.keys()),
      tags: new Set(dataset.meta.tags.map((t) => t.id)),
      groups: new Set(dataset.groups.map((g) => g.id)),
    });
    const story = reconcileStory(result.state, dataset.meta.stories ?? []);
    if (story.state !== current) report(story.state, [...result.warnings, ...story.warnings]);
  }, [dataset]);
}
