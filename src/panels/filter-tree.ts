/**
 * The filters as one tree (the WAI-ARIA Authoring Practices "Tree View" pattern, with checkable
 * items): sections for actors, event types and topics; actors grouped as the lanes are, each group
 * collapsible, with a three-state check that selects all or none of its actors. The whole tree is
 * one Tab stop: arrow keys move, Right and Left open and close, Space checks, Enter opens a
 * group or checks an item, O shows only the focused item. That keeps the filters quick to pass
 * with the keyboard however many actors a record has.
 *
 * Pure: nodes, the visible order and what a key does are computed here and unit-tested; the
 * component only renders them and applies the result.
 */
import type { EventType } from '../domain/schema';
import { normalizeText } from '../selectors/search';

export type Facet = 'actors' | 'types' | 'tags';
export type CheckState = boolean | 'mixed';

interface NodeBase {
  /** Unique in the tree: `s:` section, `g:` group, `a:` actor, `t:` type, `k:` topic. */
  id: string;
  label: string;
  parent: string | null;
}

export interface SectionNode extends NodeBase {
  kind: 'section';
  facet: Facet;
  /** Selected values in the facet, all of them (also those the finder hides). */
  selected: number;
  expanded: boolean;
  children: TreeNode[];
}

export interface GroupNode extends NodeBase {
  kind: 'group';
  facet: 'actors';
  /** Position of the group in the dataset: its colour. */
  groupIndex: number;
  /** Every actor of the group (also those the finder hides): what the group check acts on. */
  values: string[];
  selected: number;
  checked: CheckState;
  expanded: boolean;
  children: LeafNode[];
}

export interface LeafNode extends NodeBase {
  kind: 'leaf';
  facet: Facet;
  /** The actor id, event type or tag id. */
  value: string;
  checked: boolean;
  /** Events this value would show given every other active filter. */
  count: number;
}

export type TreeNode = SectionNode | GroupNode | LeafNode;
export type ParentNode = SectionNode | GroupNode;

export interface FilterTreeInput {
  groups: readonly { id: string; name: string }[];
  actors: readonly { id: string; name: string; shortName?: string | undefined; group: string }[];
  types: readonly { id: EventType; label: string }[];
  tags: readonly { id: string; label: string }[];
  selected: { actors: readonly string[]; types: readonly string[]; tags: readonly string[] };
  counts: {
    actors: ReadonlyMap<string, number>;
    types: ReadonlyMap<string, number>;
    tags: ReadonlyMap<string, number>;
  };
  /** What the reader typed in the finder; blank shows everything. */
  needle: string;
  /** Open or closed, where the reader chose; other parents take their default. */
  expanded: ReadonlyMap<string, boolean>;
}

export const SECTION_LABEL: Record<Facet, string> = {
  actors: 'Actors',
  types: 'Event types',
  tags: 'Topics',
};

function checkState(selected: number, total: number): CheckState {
  if (selected === 0) return false;
  return selected === total ? true : 'mixed';
}

/**
 * The tree for a view. Defaults: sections open; a group closed unless it holds a selected actor
 * or the finder is in use, so the actors of a large record take one line per group until asked
 * for. A section or group the finder leaves empty is left out.
 */
export function buildFilterTree(input: FilterTreeInput): SectionNode[] {
  const needle = normalizeText(input.needle.trim());
  const matches = (...texts: (string | undefined)[]) =>
    !needle || texts.some((t) => t !== undefined && normalizeText(t).includes(needle));
  const open = (id: string, byDefault: boolean) => input.expanded.get(id) ?? byDefault;
  const chosen = {
    actors: new Set(input.selected.actors),
    types: new Set(input.selected.types),
    tags: new Set(input.selected.tags),
  };
  const leaf = (facet: Facet, prefix: string, parent: string, value: string, label: string) => ({
    kind: 'leaf' as const,
    id: `${prefix}:${value}`,
    label,
    parent,
    facet,
    value,
    checked: chosen[facet].has(value),
    count: input.counts[facet].get(value) ?? 0,
  });

  const groups: GroupNode[] = [];
  input.groups.forEach((group, groupIndex) => {
    const members = input.actors.filter((a) => a.group === group.id);
    const id = `g:${group.id}`;
    const groupMatches = matches(group.name);
    const shown = members.filter((a) => groupMatches || matches(a.name, a.shortName));
    if (shown.length === 0) return;
    const selected = members.filter((a) => chosen.actors.has(a.id)).length;
    groups.push({
      kind: 'group',
      id,
      label: group.name,
      parent: 's:actors',
      facet: 'actors',
      groupIndex,
      values: members.map((a) => a.id),
      selected,
      checked: checkState(selected, members.length),
      expanded: open(id, selected > 0 || needle !== ''),
      children: shown.map((a) => leaf('actors', 'a', id, a.id, a.name)),
    });
  });

  const section = (facet: Facet, children: TreeNode[]): SectionNode => ({
    kind: 'section',
    id: `s:${facet}`,
    label: SECTION_LABEL[facet],
    parent: null,
    facet,
    selected: input.selected[facet].length,
    expanded: open(`s:${facet}`, true),
    children,
  });
  return [
    section('actors', groups),
    section(
      'types',
      input.types
        .filter((t) => matches(t.label))
        .map((t) => leaf('types', 't', 's:types', t.id, t.label)),
    ),
    section(
      'tags',
      input.tags
        .filter((t) => matches(t.label))
        .map((t) => leaf('tags', 'k', 's:tags', t.id, t.label)),
    ),
  ].filter((s) => s.children.length > 0);
}

/** A node as the reader meets it: in the visible order, with its place among its siblings. */
export interface VisibleNode {
  node: TreeNode;
  level: number;
  /** 1-based position among its siblings, and how many they are (aria-posinset/-setsize). */
  posinset: number;
  setsize: number;
}

/** The nodes a reader can reach, top to bottom: children of closed parents are left out. */
export function visibleNodes(tree: readonly TreeNode[]): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (nodes: readonly TreeNode[], level: number) => {
    nodes.forEach((node, i) => {
      out.push({ node, level, posinset: i + 1, setsize: nodes.length });
      if (node.kind !== 'leaf' && node.expanded) walk(node.children, level + 1);
    });
  };
  walk(tree, 1);
  return out;
}

/** Every node of the tree by id, open or not. */
export function nodesById(tree: readonly TreeNode[]): Map<string, TreeNode> {
  const map = new Map<string, TreeNode>();
  const walk = (nodes: readonly TreeNode[]) => {
    for (const node of nodes) {
      map.set(node.id, node);
      if (node.kind !== 'leaf') walk(node.children);
    }
  };
  walk(tree);
  return map;
}

/**
 * The node that holds the tree's one Tab stop: `wanted` if it is visible, else its nearest
 * visible ancestor (a group just closed, a section the finder narrowed), else the first node.
 * Focus therefore never lands on something that has gone.
 */
export function tabStop(
  visible: readonly VisibleNode[],
  byId: ReadonlyMap<string, TreeNode>,
  wanted: string | null,
): string | null {
  const shown = new Set(visible.map((v) => v.node.id));
  for (let id = wanted; id !== null; id = byId.get(id)?.parent ?? null) {
    if (shown.has(id)) return id;
  }
  return visible[0]?.node.id ?? null;
}

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; ids: string[]; expanded: boolean }
  | { type: 'toggle'; node: LeafNode | GroupNode }
  | { type: 'only'; node: LeafNode | GroupNode };

/**
 * What a key does on the focused node (APG Tree View keys): ↓ ↑ next and previous visible node;
 * → opens a closed parent, or enters an open one; ← closes an open parent, or goes up to the
 * parent; Home and End first and last; * opens every sibling; Space checks an item or a group
 * (all or none of it); Enter opens or closes a parent, checks an item; O shows only the item or
 * the group. Anything else is left to the page (null).
 */
export function treeKeyAction(
  key: string,
  visible: readonly VisibleNode[],
  focused: string,
): TreeAction | null {
  const at = visible.findIndex((v) => v.node.id === focused);
  const current = visible[at]?.node;
  if (!current) return null;
  const focus = (i: number) => {
    const target = visible[Math.max(0, Math.min(visible.length - 1, i))]!.node.id;
    return target === focused ? null : ({ type: 'focus', id: target } as const);
  };
  const parentOf = (node: TreeNode) => visible.find((v) => v.node.id === node.parent)?.node;
  switch (key) {
    case 'ArrowDown':
      return focus(at + 1);
    case 'ArrowUp':
      return focus(at - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(visible.length - 1);
    case 'ArrowRight':
      if (current.kind === 'leaf' || current.children.length === 0) return null;
      return current.expanded
        ? { type: 'focus', id: current.children[0]!.id }
        : { type: 'expand', ids: [current.id], expanded: true };
    case 'ArrowLeft': {
      if (current.kind !== 'leaf' && current.expanded) {
        return { type: 'expand', ids: [current.id], expanded: false };
      }
      const parent = parentOf(current);
      return parent ? { type: 'focus', id: parent.id } : null;
    }
    case '*': {
      const siblings = visible
        .filter((v) => v.node.parent === current.parent && v.node.kind !== 'leaf')
        .filter((v) => !(v.node as ParentNode).expanded)
        .map((v) => v.node.id);
      return siblings.length > 0 ? { type: 'expand', ids: siblings, expanded: true } : null;
    }
    case ' ':
      if (current.kind === 'section') {
        return { type: 'expand', ids: [current.id], expanded: !current.expanded };
      }
      return { type: 'toggle', node: current };
    case 'Enter':
      if (current.kind === 'leaf') return { type: 'toggle', node: current };
      return { type: 'expand', ids: [current.id], expanded: !current.expanded };
    case 'o':
    case 'O':
      return current.kind === 'section' ? null : { type: 'only', node: current };
    default:
      return null;
  }
}

/** "2 of 13 selected": what a group says of its actors, in words and for assistive tech. */
export function groupSummary(node: Pick<GroupNode, 'selected' | 'values'>): string {
  return `${node.selected} of ${node.values.length} selected`;
}
