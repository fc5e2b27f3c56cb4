/**
 * The filters as a reader meets them: one tree of actors (in collapsible groups), event types
 * and topics, with a finder above it. Groups start closed, so an actor is reached through the
 * finder, as a reader looking for one would.
 */
import type { Locator, Page } from '@playwright/test';

/** Where the filters are: the sidebar, or the drawer on a phone. */
type Scope = Page | Locator;

/** Types `name` in the finder and gives the actor's item, checkable with check() / uncheck(). */
export async function findActor(scope: Scope, name: string): Promise<Locator> {
  await scope.getByRole('searchbox', { name: 'Find an actor, type or topic' }).fill(name);
  return actorItem(scope, name);
}

/** An actor's item in the tree, once its group is open (or the finder shows it). */
export function actorItem(scope: Scope, name: string): Locator {
  return scope.getByRole('group', { name: 'Actors' }).getByRole('treeitem', { name, exact: true });
}

/** Types `label` in the finder and gives the event type's item. */
export async function findType(scope: Scope, label: string): Promise<Locator> {
  await scope.getByRole('searchbox', { name: 'Find an actor, type or topic' }).fill(label);
  return typeItem(scope, label);
}

/** An event type's item in the tree (the "Event types" section is open by default). */
export function typeItem(scope: Scope, label: string): Locator {
  return scope
    .getByRole('group', { name: 'Event types' })
    .getByRole('treeitem', { name: label, exact: true });
}
