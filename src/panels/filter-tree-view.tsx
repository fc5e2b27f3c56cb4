import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  nodesById,
  tabStop,
  treeKeyAction,
  visibleNodes,
  type SectionNode,
  type TreeAction,
  type TreeNode,
  type VisibleNode,
} from './filter-tree';
import { FilterTreeRow } from './filter-tree-row';

interface Props {
  tree: readonly SectionNode[];
  /** Open or close parents (the reader's choice, kept by the caller). */
  onExpand: (ids: readonly string[], expanded: boolean) => void;
  /** Check or clear an item, or all or none of a group. */
  onToggle: (node: TreeNode) => void;
  /** Show only this item, or only this group. */
  onOnly: (node: TreeNode) => void;
  describedBy: string;
}

/**
 * The filter tree's keyboard and focus: one Tab stop (a roving tabindex) that stays on the node
 * last focused, or on its nearest visible ancestor when that node is hidden; keys as
 * `treeKeyAction` says.
 */
export function FilterTreeView({ tree, onExpand, onToggle, onOnly, describedBy }: Props) {
  const root = useRef<HTMLUListElement>(null);
  const [wanted, setWanted] = useState<string | null>(null);
  const visible = visibleNodes(tree);
  const stop = tabStop(visible, nodesById(tree), wanted);

  const focusNode = (id: string) => {
    setWanted(id);
    root.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus();
  };
  const apply = (action: TreeAction) => {
    switch (action.type) {
      case 'focus':
        return focusNode(action.id);
      case 'expand':
        return onExpand(action.ids, action.expanded);
      case 'toggle':
        return onToggle(action.node);
      case 'only':
        return onOnly(action.node);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-node-id]')?.dataset.nodeId;
    const action = id ? treeKeyAction(e.key, visible, id) : null;
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    apply(action);
  };

  // Children are rendered inside their parent's item, as the tree pattern's DOM requires.
  const byParent = new Map<string | null, VisibleNode[]>();
  for (const item of visible) {
    const list = byParent.get(item.node.parent) ?? [];
    list.push(item);
    byParent.set(item.node.parent, list);
  }
  const render = (parent: string | null): ReactNode =>
    (byParent.get(parent) ?? []).map((item) => (
      <FilterTreeRow
        key={item.node.id}
        item={item}
        isStop={item.node.id === stop}
        onRowClick={(node) =>
          node.kind === 'leaf' ? onToggle(node) : onExpand([node.id], !node.expanded)
        }
        onBoxClick={onToggle}
        onOnly={onOnly}
      >
        {item.node.kind !== 'leaf' && item.node.expanded ? render(item.node.id) : null}
      </FilterTreeRow>
    ));

  return (
    <ul
      ref={root}
      role="tree"
      className="filter-tree"
      aria-label="Filters"
      aria-multiselectable="true"
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const id = (e.target as HTMLElement).dataset.nodeId;
        if (id) setWanted(id);
      }}
    >
      {render(null)}
    </ul>
  );
}
