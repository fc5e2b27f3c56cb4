import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildFilterTree,
  groupSummary,
  nodesById,
  tabStop,
  treeKeyAction,
  visibleNodes,
  type FilterTreeInput,
  type GroupNode,
  type LeafNode,
  type TreeNode,
} from './filter-tree';

function input(overrides: Partial<FilterTreeInput> = {}): FilterTreeInput {
  return {
    groups: [
      { id: 'exec', name: 'U.S. executive' },
      { id: 'unsc', name: 'UN Security Council' },
      { id: 'empty', name: 'Nobody' },
    ],
    actors: [
      { id: 'biden', name: 'Joe Biden', group: 'exec' },
      { id: 'blinken', name: 'Antony Blinken', shortName: 'Blinken', group: 'exec' },
      { id: 'russia', name: 'Russia', group: 'unsc' },
      { id: 'china', name: 'China', group: 'unsc' },
      { id: 'zurich', name: 'Zürich office', group: 'unsc' },
    ],
    types: [
      { id: 'veto', label: 'Veto' },
      { id: 'statement', label: 'Statement' },
    ],
    tags: [{ id: 'rafah', label: 'Rafah' }],
    selected: { actors: [], types: [], tags: [] },
    counts: {
      actors: new Map([
        ['biden', 12],
        ['russia', 4],
      ]),
      types: new Map([['veto', 7]]),
      tags: new Map(),
    },
    needle: '',
    expanded: new Map(),
    ...overrides,
  };
}

const ids = (nodes: readonly { node: TreeNode }[]) => nodes.map((v) => v.node.id);

describe('buildFilterTree', () => {
  it('has a section per facet, actors grouped as the lanes are, empty groups left out', () => {
    const tree = buildFilterTree(input());
    expect(tree.map((s) => s.label)).toEqual(['Actors', 'Event types', 'Topics']);
    expect(tree[0]!.children.map((g) => g.label)).toEqual([
      'U.S. executive',
      'UN Security Council',
    ]);
    const exec = tree[0]!.children[0] as GroupNode;
    expect(exec.children.map((a) => a.label)).toEqual(['Joe Biden', 'Antony Blinken']);
  });

  it('opens sections and closes groups by default, so each group is one line', () => {
    const visible = visibleNodes(buildFilterTree(input()));
    expect(ids(visible)).toEqual([
      's:actors',
      'g:exec',
      'g:unsc',
      's:types',
      't:veto',
      't:statement',
      's:tags',
      'k:rafah',
    ]);
  });

  it('opens a group that holds a selected actor, and shows how many are selected', () => {
    const tree = buildFilterTree(input({ selected: { actors: ['russia'], types: [], tags: [] } }));
    const unsc = nodesById(tree).get('g:unsc') as GroupNode;
    expect(unsc.expanded).toBe(true);
    expect(unsc.selected).toBe(1);
    expect(unsc.checked).toBe('mixed');
    expect(groupSummary(unsc)).toBe('1 of 3 selected');
    expect((nodesById(tree).get('g:exec') as GroupNode).expanded).toBe(false);
    expect(tree[0]!.selected).toBe(1);
  });

  it('checks a group when all its actors are selected, and not when none is', () => {
    const all = buildFilterTree(
      input({ selected: { actors: ['biden', 'blinken'], types: [], tags: [] } }),
    );
    expect((nodesById(all).get('g:exec') as GroupNode).checked).toBe(true);
    expect((nodesById(all).get('g:unsc') as GroupNode).checked).toBe(false);
  });

  it('follows the reader: a group opened or a section closed stays so', () => {
    const tree = buildFilterTree(
      input({
        expanded: new Map([
          ['g:exec', true],
          ['s:types', false],
        ]),
      }),
    );
    expect(ids(visibleNodes(tree))).toEqual([
      's:actors',
      'g:exec',
      'a:biden',
      'a:blinken',
      'g:unsc',
      's:types',
      's:tags',
      'k:rafah',
    ]);
  });

  it('gives each leaf its checked state and count (0 when absent)', () => {
    const tree = buildFilterTree(input({ selected: { actors: [], types: ['veto'], tags: [] } }));
    const veto = nodesById(tree).get('t:veto') as LeafNode;
    expect(veto).toMatchObject({ checked: true, count: 7, facet: 'types', value: 'veto' });
    expect((nodesById(tree).get('t:statement') as LeafNode).count).toBe(0);
  });

  it('narrows to what the finder matches, case, accents and short names aside, groups open', () => {
    const tree = buildFilterTree(input({ needle: 'zurich' }));
    expect(ids(visibleNodes(tree))).toEqual(['s:actors', 'g:unsc', 'a:zurich']);
    expect(ids(visibleNodes(buildFilterTree(input({ needle: ' BLINKEN ' }))))).toEqual([
      's:actors',
      'g:exec',
      'a:blinken',
    ]);
  });

  it('keeps the group check on all of its actors while the finder hides some', () => {
    const tree = buildFilterTree(input({ needle: 'russ' }));
    const unsc = nodesById(tree).get('g:unsc') as GroupNode;
    expect(unsc.children.map((c) => c.value)).toEqual(['russia']);
    expect(unsc.values).toEqual(['russia', 'china', 'zurich']);
  });

  it('shows every actor of a group whose own name matches', () => {
    const tree = buildFilterTree(input({ needle: 'security' }));
    expect((nodesById(tree).get('g:unsc') as GroupNode).children).toHaveLength(3);
  });

  it('finds event types and topics by their labels', () => {
    expect(ids(visibleNodes(buildFilterTree(input({ needle: 'raf' }))))).toEqual([
      's:tags',
      'k:rafah',
    ]);
    expect(buildFilterTree(input({ needle: 'nothing like it' }))).toEqual([]);
  });
});

describe('visibleNodes', () => {
  it('gives each node its level and place among its siblings', () => {
    const tree = buildFilterTree(input({ expanded: new Map([['g:unsc', true]]) }));
    const china = visibleNodes(tree).find((v) => v.node.id === 'a:china')!;
    expect(china).toMatchObject({ level: 3, posinset: 2, setsize: 3 });
    const types = visibleNodes(tree).find((v) => v.node.id === 's:types')!;
    expect(types).toMatchObject({ level: 1, posinset: 2, setsize: 3 });
  });
});

describe('tabStop', () => {
  const tree = buildFilterTree(input({ expanded: new Map([['g:unsc', true]]) }));
  const visible = visibleNodes(tree);
  const byId = nodesById(tree);

  it('keeps a visible node', () => {
    expect(tabStop(visible, byId, 'a:china')).toBe('a:china');
  });

  it('moves to the nearest visible ancestor of a hidden node', () => {
    const closed = buildFilterTree(input());
    expect(tabStop(visibleNodes(closed), nodesById(closed), 'a:china')).toBe('g:unsc');
  });

  it('falls back to the first node for an unknown or missing one', () => {
    expect(tabStop(visible, byId, null)).toBe('s:actors');
    expect(tabStop(visible, byId, 'a:gone')).toBe('s:actors');
    expect(tabStop([], new Map(), 'x')).toBeNull();
  });

  it('always names a visible node (property)', () => {
    const all = [...byId.keys(), 'nonsense'];
    fc.assert(
      fc.property(
        fc.subarray(['g:exec', 'g:unsc', 's:actors', 's:types']),
        fc.constantFrom(...all),
        (open, wanted) => {
          const t = buildFilterTree(input({ expanded: new Map(open.map((id) => [id, true])) }));
          const v = visibleNodes(t);
          expect(ids(v)).toContain(tabStop(v, nodesById(t), wanted));
        },
      ),
    );
  });
});

describe('treeKeyAction', () => {
  const tree = buildFilterTree(
    input({
      selected: { actors: ['russia'], types: [], tags: [] },
      expanded: new Map([['g:exec', false]]),
    }),
  );
  const visible = visibleNodes(tree);
  const at = (id: string) => nodesById(tree).get(id)!;

  it('moves down and up through visible nodes, stopping at the ends', () => {
    expect(treeKeyAction('ArrowDown', visible, 's:actors')).toEqual({
      type: 'focus',
      id: 'g:exec',
    });
    expect(treeKeyAction('ArrowDown', visible, 'g:exec')).toEqual({ type: 'focus', id: 'g:unsc' });
    expect(treeKeyAction('ArrowUp', visible, 's:actors')).toBeNull();
    expect(treeKeyAction('ArrowDown', visible, 'k:rafah')).toBeNull();
  });

  it('jumps to the first and last node with Home and End', () => {
    expect(treeKeyAction('Home', visible, 'a:china')).toEqual({ type: 'focus', id: 's:actors' });
    expect(treeKeyAction('End', visible, 'a:china')).toEqual({ type: 'focus', id: 'k:rafah' });
  });

  it('opens a closed group with →, and enters an open one', () => {
    expect(treeKeyAction('ArrowRight', visible, 'g:exec')).toEqual({
      type: 'expand',
      ids: ['g:exec'],
      expanded: true,
    });
    expect(treeKeyAction('ArrowRight', visible, 'g:unsc')).toEqual({
      type: 'focus',
      id: 'a:russia',
    });
    expect(treeKeyAction('ArrowRight', visible, 'a:russia')).toBeNull();
  });

  it('closes an open parent with ←, and goes up from a child or a closed one', () => {
    expect(treeKeyAction('ArrowLeft', visible, 'g:unsc')).toEqual({
      type: 'expand',
      ids: ['g:unsc'],
      expanded: false,
    });
    expect(treeKeyAction('ArrowLeft', visible, 'a:china')).toEqual({
      type: 'focus',
      id: 'g:unsc',
    });
    expect(treeKeyAction('ArrowLeft', visible, 'g:exec')).toEqual({
      type: 'focus',
      id: 's:actors',
    });
    expect(treeKeyAction('ArrowLeft', visible, 's:types')).toEqual({
      type: 'expand',
      ids: ['s:types'],
      expanded: false,
    });
  });

  it('opens every closed sibling with *', () => {
    expect(treeKeyAction('*', visible, 'g:unsc')).toEqual({
      type: 'expand',
      ids: ['g:exec'],
      expanded: true,
    });
  });

  it('checks an item or a whole group with Space; Space on a section opens or closes it', () => {
    expect(treeKeyAction(' ', visible, 'a:china')).toEqual({ type: 'toggle', node: at('a:china') });
    expect(treeKeyAction(' ', visible, 'g:unsc')).toEqual({ type: 'toggle', node: at('g:unsc') });
    expect(treeKeyAction(' ', visible, 's:types')).toEqual({
      type: 'expand',
      ids: ['s:types'],
      expanded: false,
    });
  });

  it('opens or closes a parent with Enter, and checks an item', () => {
    expect(treeKeyAction('Enter', visible, 'g:exec')).toEqual({
      type: 'expand',
      ids: ['g:exec'],
      expanded: true,
    });
    expect(treeKeyAction('Enter', visible, 't:veto')).toEqual({
      type: 'toggle',
      node: at('t:veto'),
    });
  });

  it('shows only an item or a group with O, never a section', () => {
    expect(treeKeyAction('o', visible, 't:veto')).toEqual({ type: 'only', node: at('t:veto') });
    expect(treeKeyAction('O', visible, 'g:exec')).toEqual({ type: 'only', node: at('g:exec') });
    expect(treeKeyAction('o', visible, 's:actors')).toBeNull();
  });

  it('leaves other keys, and unknown nodes, to the page', () => {
    expect(treeKeyAction('Tab', visible, 't:veto')).toBeNull();
    expect(treeKeyAction('x', visible, 't:veto')).toBeNull();
    expect(treeKeyAction('ArrowDown', visible, 'a:gone')).toBeNull();
  });

  it('only ever focuses visible nodes (property)', () => {
    const keys = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...ids(visible)), (key, from) => {
        const action = treeKeyAction(key, visible, from);
        if (action?.type === 'focus') expect(ids(visible)).toContain(action.id);
      }),
    );
  });
});
