import type { ReactNode } from 'react';
import { formatCount } from '../domain/labels';
import type { EventType } from '../domain/schema';
import { markPath } from '../timeline/render/shapes';
import { groupColourVar } from '../timeline/render/palette';
import { groupSummary, type TreeNode, type VisibleNode } from './filter-tree';

interface Props {
  item: VisibleNode;
  /** Holds the tree's one Tab stop. */
  isStop: boolean;
  /** The rendered children of an open parent. */
  children?: ReactNode;
  onRowClick: (node: TreeNode) => void;
  onBoxClick: (node: TreeNode) => void;
  onOnly: (node: TreeNode) => void;
}

function TypeIcon({ type }: { type: EventType }) {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14" className="tree-icon" aria-hidden="true">
      <path d={markPath(type, 60)} fill="currentColor" />
    </svg>
  );
}

/** A check box drawn in the text colour, so checked, mixed and clear survive forced colours. */
function CheckBox({ state, onClick }: { state: boolean | 'mixed'; onClick?: () => void }) {
  return (
    <span
      className="tree-box"
      aria-hidden="true"
      onClick={(e) => {
        if (!onClick) return;
        e.stopPropagation();
        onClick();
      }}
    >
      <svg width={12} height={12} viewBox="0 0 12 12">
        {state === true && <path d="M2 6.5 5 9.5 10 3" />}
        {state === 'mixed' && <path d="M2.5 6h7" />}
      </svg>
    </span>
  );
}

/** How assistive tech names a node: a leaf by its label alone; parents with what is selected. */
function nameOf(node: TreeNode): string {
  if (node.kind === 'leaf') return node.label;
  if (node.kind === 'group') return `${node.label}, ${groupSummary(node)}`;
  return node.selected > 0 ? `${node.label}, ${node.selected} selected` : node.label;
}

/**
 * One node of the filter tree: a `treeitem` whose row shows a disclosure arrow (parents), a
 * check box (actors, groups, types, topics), the group colour or the type's mark shape, the
 * label and a count; the actors of an open group follow in a nested `group`. "only" appears on
 * the row under the pointer and on the focused one; the keyboard's O does the same.
 */
export function FilterTreeRow({ item, isStop, children, onRowClick, onBoxClick, onOnly }: Props) {
  const { node } = item;
  const parent = node.kind !== 'leaf';
  const countId = `filter-${node.id}-count`;
  return (
    <li
      role="treeitem"
      className={`tree-item ${node.kind}`}
      data-node-id={node.id}
      tabIndex={isStop ? 0 : -1}
      aria-label={nameOf(node)}
      aria-level={item.level}
      aria-posinset={item.posinset}
      aria-setsize={item.setsize}
      aria-expanded={parent ? node.expanded : undefined}
      aria-checked={node.kind === 'section' ? undefined : node.checked}
      aria-describedby={node.kind === 'leaf' ? countId : undefined}
    >
      <div
        className={
          node.kind === 'leaf' && node.count === 0 && !node.checked ? 'tree-row empty' : 'tree-row'
        }
        onClick={() => onRowClick(node)}
      >
        {parent && <span className="tree-arrow" aria-hidden="true" />}
        {node.kind !== 'section' && (
          <CheckBox
            state={node.checked}
            {...(node.kind === 'group' ? { onClick: () => onBoxClick(node) } : {})}
          />
        )}
        {node.kind === 'group' && (
          <span className="swatch" style={{ background: groupColourVar(node.groupIndex) }} />
        )}
        {node.kind === 'leaf' && node.facet === 'types' && (
          <TypeIcon type={node.value as EventType} />
        )}
        <span className="tree-label">{node.label}</span>
        {node.kind === 'section' && node.selected > 0 && (
          <span className="tree-selected">{node.selected} selected</span>
        )}
        {node.kind === 'group' && node.selected > 0 && (
          <span className="tree-selected" aria-hidden="true">
            {node.selected}/{node.values.length}
          </span>
        )}
        {node.kind !== 'section' && (
          <span
            className="only"
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation();
              onOnly(node);
            }}
          >
            only<kbd className="only-key">O</kbd>
          </span>
        )}
        {node.kind === 'leaf' && (
          <span id={countId} className="count">
            {formatCount(node.count)}
            <span className="visually-hidden"> events</span>
          </span>
        )}
      </div>
      {parent && node.expanded && (
        <ul role="group" aria-label={node.label}>
          {children}
        </ul>
      )}
    </li>
  );
}
