import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { openLocalFileLater } from './open-file-later';

/**
 * The file picker: a real `<input type="file">` named "Open a data file", transparent and laid
 * over a label that looks like a button (so it is as large a target as the button), so the
 * keyboard, screen readers and a click all reach the browser's own picker. The same file can be picked twice in a row (the input is cleared).
 *
 * The change listener is the element's own, attached once and never removed: the browser's
 * file dialog can outlive the header it was opened from (the header is drawn anew when a record
 * finishes loading), and React's delegated handler would not hear a detached input.
 */
export function OpenFileButton() {
  const queryClient = useQueryClient();
  const attach = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input || input.dataset.listening) return;
      input.dataset.listening = 'true';
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.value = '';
        if (file) void openLocalFileLater(file, queryClient);
      });
    },
    [queryClient],
  );
  return (
    <label className="btn file-button">
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
        <path
          d="M2 13.5V2.5h4.5l1.5 2H14v9z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      Open a data file
      <input
        ref={attach}
        type="file"
        data-open-file=""
        className="file-input"
        aria-label="Open a data file"
        accept=".json,.csv,.txt,application/json,text/csv"
      />
    </label>
  );
}
