import { useEffect, useRef, useState } from 'react';

/**
 * The filters drawer on narrow screens: it takes focus when it opens (its Done button) and gives
 * it back to the button that opened it when it closes.
 */
export function useFiltersDrawer() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) done.current?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, setOpen, button, done };
}
