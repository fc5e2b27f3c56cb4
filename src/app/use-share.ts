import { useCallback, useEffect, useRef, useState } from 'react';

/** Text that could not reach the clipboard, shown selected so it can be copied by hand. */
export interface CopyFallback {
  text: string;
  /** What it is, for the field's label: "link", "citation", "embed code". */
  what: string;
}

/**
 * Sharing a link: the native share sheet on touch devices that have one, else the clipboard,
 * else a text field with the link selected so it can be copied by hand. `copy` is the same
 * without the share sheet, for text that is not a link (a citation, an embed snippet). Returns a
 * short confirmation to show (and announce) for a few seconds.
 */
export function useShare(): {
  /** `localOnly`: the link opens a file kept in this browser, so it is copied with a warning. */
  share: (url: string, title: string, localOnly?: boolean) => Promise<void>;
  copy: (text: string, what: string) => Promise<void>;
  message: string | null;
  fallback: CopyFallback | null;
  clearFallback: () => void;
} {
  const [message, setMessage] = useState<string | null>(null);
  const [fallback, setFallback] = useState<CopyFallback | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const confirm = useCallback((text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), 4000);
  }, []);

  const copy = useCallback(
    async (text: string, what: string) => {
      try {
        await navigator.clipboard.writeText(text);
        confirm(`${what} copied to the clipboard`);
      } catch {
        setFallback({ text, what: what.toLowerCase() });
      }
    },
    [confirm],
  );

  const share = useCallback(
    async (url: string, title: string, localOnly = false) => {
      if (localOnly) {
        try {
          await navigator.clipboard.writeText(url);
          confirm(
            'Link copied, but it opens this file only in this browser. To share the file, download it as a bundle.',
          );
        } catch {
          setFallback({ text: url, what: 'link' });
        }
        return;
      }
      const touch = window.matchMedia('(pointer: coarse)').matches;
      if (touch && typeof navigator.share === 'function') {
        try {
          await navigator.share({ url, title });
          return;
        } catch (err) {
          if (err instanceof DOMException && err.name === 'AbortError') return;
        }
      }
      await copy(url, 'Link');
    },
    [copy, confirm],
  );
  return { share, copy, message, fallback, clearFallback: () => setFallback(null) };
}
