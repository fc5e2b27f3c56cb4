/**
 * Which item the pointer is over, outside React state: a pointer move must not re-render the
 * timeline. The tooltip subscribes to it; the canvas reads it when it paints.
 */
import type { SceneItem } from './layout/scene';

export interface HoverStore {
  get: () => SceneItem | null;
  set: (item: SceneItem | null) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createHoverStore(): HoverStore {
  let current: SceneItem | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (item) => {
      if (item?.id === current?.id) return;
      current = item;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
