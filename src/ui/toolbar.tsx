import { useRef, type ReactNode } from 'react';
import { useRovingFocus } from './use-roving-focus';
import type { Orientation } from './roving';

interface Props {
  /** The group's accessible name ("Zoom", "Share and settings"). */
  label: string;
  className?: string;
  orientation?: Orientation;
  children: ReactNode;
}

/**
 * A row of related controls that is one Tab stop (WAI-ARIA APG "Toolbar"): ← and → (or ↑ and ↓
 * in a column), Home and End move between them. Keeps the page's Tab order short without taking
 * any control out of reach.
 */
export function Toolbar({ label, className, orientation = 'horizontal', children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(ref, orientation);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      aria-orientation={orientation}
      className={className}
      {...roving}
    >
      {children}
    </div>
  );
}
