import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

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
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

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
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
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
      )}
    </div>
  );
}
