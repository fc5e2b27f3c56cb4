import { useEffect, useEffectEvent } from 'react';

interface Handlers {
  onSearch: () => void;
  onHelp: () => void;
  onEscape: () => void;
}

/** True when a key press is text for a field, which shortcuts must never steal. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `/` focuses search and `?` lists the shortcuts, anywhere but while typing. */
export function useGlobalShortcuts(handlers: Handlers): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') handlers.onEscape();
    if (isTyping(e.target)) return;
    if (e.key === '/') {
      e.preventDefault();
      handlers.onSearch();
    } else if (e.key === '?') {
      e.preventDefault();
      handlers.onHelp();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
