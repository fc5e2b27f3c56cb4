import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore } from 'zustand/vanilla';
import { checkSourceUrl, recordRefOf, viewForRecord, type RecordRef } from '../state/record-source';
import { getViewState, useViewStore, viewStore } from '../state/view-store';

/** The lists load when the menu first opens: the first view shows only its button. */
const DataMenuLists = lazy(() =>
  import('./data-menu-lists').then((m) => ({ default: m.DataMenuLists })),
);

/**
 * Set when a record is picked here. Picking one that is not loaded yet draws the header anew
 * (the loading state has its own), and the button that had focus goes with it; the new
 * header's button takes focus back, unless focus has gone somewhere else meanwhile.
 */
let returnFocus = false;

/**
 * Whether the menu is open, kept outside the component: the page shows one header while a dataset
 * loads and another once it has loaded, so a menu opened during the load must outlive the first.
 */
const openStore = createStore<{ open: boolean }>(() => ({ open: false }));
const setOpen = (next: boolean | ((open: boolean) => boolean)) =>
  openStore.setState(({ open }) => ({ open: typeof next === 'function' ? next(open) : next }));

/**
 * The dataset picker: a disclosure that lists the built-in datasets, the files opened in this
 * browser and the linked file, and switches between them. Escape or a click outside closes it;
 * focus goes back to its button.
 */
export function DataMenu() {
  const open = useStore(openStore, (s) => s.open);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const ids = useViewStore(useShallow((s) => ({ dataset: s.dataset, src: s.src, file: s.file })));
  const current = recordRefOf(ids);
  const hosted =
    current.kind === 'hosted' ? checkSourceUrl(current.src, window.location.href) : null;

  useEffect(() => {
    if (!returnFocus) return;
    const active = document.activeElement;
    if (active === null || active === document.body) button.current?.focus();
    else if (active !== button.current) returnFocus = false;
  });

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const openRecord = (ref: RecordRef) => {
    setOpen(false);
    returnFocus = true;
    viewStore.getState().replaceAll(viewForRecord(getViewState(viewStore), ref));
    button.current?.focus();
  };

  return (
    <div className="data-menu">
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Datasets
        <svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10">
          <path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <div id={panelId} ref={panel} className="data-menu-panel" hidden={!open} data-roving-skip="">
        {open && (
          <Suspense fallback={<p className="data-menu-loading">Loading…</p>}>
            <DataMenuLists
              current={current}
              hostedUrl={hosted?.ok ? hosted.url : null}
              onOpen={openRecord}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
