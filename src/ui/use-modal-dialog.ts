import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` opened as a modal while `open` is true: the browser then traps focus, makes the
 * page behind it inert and closes it on Escape (the dialog's `onClose` tells the owner). Returns
 * the ref to put on the `<dialog>`.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
