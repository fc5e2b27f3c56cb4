import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MenuItem } from './menu-button';

interface Props {
  id: string;
  labelledBy: string;
  items: readonly MenuItem[];
  align: 'start' | 'end';
  focusIndex: number;
  setFocusIndex: (index: number) => void;
  /** Closes the menu; `refocus` puts focus back on its button. */
  close: (refocus: boolean) => void;
}

/**
 * The open menu of a menu button (menu-button.tsx), with its keys: ↑/↓ move (wrapping),
 * Home/End jump, a letter jumps to the next item starting with it, Enter or Space chooses,
 * Escape closes and returns to the button, Tab closes and moves on. Loaded when a menu first
 * opens, or once the first view is drawn: the first view shows only the buttons.
 */
export function MenuList({
  id,
  labelledBy,
  items,
  align,
  focusIndex,
  setFocusIndex,
  close,
}: Props) {
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // Also when the menu first mounts: a button pressed before this code arrived still opens on
  // the item it asked for.
  useEffect(() => {
    itemRefs.current[focusIndex]?.focus();
  }, [focusIndex]);

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = items.length;
    const move = (to: number) => {
      e.preventDefault();
      setFocusIndex(((to % n) + n) % n);
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(focusIndex + 1);
      case 'ArrowUp':
        return move(focusIndex - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(n - 1);
      case 'Escape':
        e.preventDefault();
        // The menu is above any panel that also closes on Escape: it goes first, alone.
        e.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
      default:
        if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const key = e.key.toLowerCase();
          for (let step = 1; step <= n; step += 1) {
            const i = (focusIndex + step) % n;
            if (items[i]?.label.toLowerCase().startsWith(key)) return move(i);
          }
        }
    }
  };

  return (
    <div
      id={id}
      role="menu"
      aria-labelledby={labelledBy}
      className={`menu menu-${align}`}
      onKeyDown={onMenuKey}
    >
      {items.map((item, i) => (
        <button
          key={item.id}
          ref={(el) => {
            itemRefs.current[i] = el;
          }}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu-item"
          onClick={() => {
            close(true);
            item.onSelect();
          }}
        >
          <span className="menu-label">{item.label}</span>
          {item.detail && (
            <span className="menu-detail">
              <span className="visually-hidden">, </span>
              {item.detail}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
