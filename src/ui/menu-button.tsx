import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { afterChartPainted } from './paint-signal';
import { loadPart } from './load-part';
import { ErrorBoundary } from './error-boundary';

/**
 * The open menu's code comes when a menu first opens, or once the chart has drawn (so the first
 * opening is instant): the first view shows only the buttons. A menu asked for meanwhile opens
 * when it arrives, on the item it was asked for.
 */
let requested: () => void = () => undefined;
const asked = new Promise<void>((resolve) => (requested = resolve));
const MenuList = lazy(() =>
  Promise.race([asked, afterChartPainted()])
    .then(() => loadPart(() => import('./menu-list'), 'menus'))
    .then((m) => ({ default: m.MenuList })),
);

export interface MenuItem {
  /** Stable key. */
  id: string;
  /** The item's name: what a screen reader reads and typeahead matches. */
  label: string;
  /** A second, quieter line (e.g. "57 rows"); part of the accessible name. */
  detail?: string;
  onSelect: () => void;
}

interface Props {
  /** The button's text and accessible name. */
  label: ReactNode;
  items: readonly MenuItem[];
  /** Which side of the button the menu lines up with. */
  align?: 'start' | 'end';
  className?: string;
}

/**
 * The WAI-ARIA menu button pattern: a button that opens a `menu` of `menuitem`s.
 * Enter, Space or ↓ opens it on the first item, ↑ on the last; in the menu ↑/↓ move (wrapping),
 * Home/End jump, a letter jumps to the next item starting with it, Enter or Space chooses,
 * Escape closes and returns to the button, Tab closes and moves on. A click outside closes it.
 * Callers add items as data, so a new kind of item is one more object in the list.
 */
export function MenuButton({ label, items, align = 'end', className }: Props) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonId = useId();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const openAt = (index: number) => {
    requested();
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        // A menu whose code could not be fetched says so in its place; the page goes on.
        <div ref={menuRef} className="menu-slot">
          <ErrorBoundary area="this menu">
            <Suspense fallback={null}>
              <MenuList
                id={menuId}
                labelledBy={buttonId}
                items={items}
                align={align}
                focusIndex={focusIndex}
                setFocusIndex={setFocusIndex}
                close={close}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
