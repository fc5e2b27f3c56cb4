import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Sharing a link: the native share sheet on touch devices that have one, else the clipboard,
 * else a text field with the link selected so it can be copied by hand. Returns a short
 * confirmation to show (and announce) for a few seconds.
 */
export function useShare(): {
  /** `localOnly`: the link opens a file kept in this browser, so it is copied with a warning. */
  share: (url: string, title: string, localOnly?: boolean) => Promise<void>;
  message: string | null;
  fallback: string | null;
  clearFallback: () => void;
} {
  const [message, setMessage] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const confirm = useCallback((text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), 4000);
  }, []);

  const share = useCallback(
    async (url: string, title: string, localOnly = false) => {
      const touch = window.matchMedia('(pointer: coarse)').matches;
      if (!localOnly && touch && typeof navigator.share === 'function') {
        try {
          await navigator.share({ url, title });
          return;
        } catch (err) {
          if (err instanceof DOMException && err.name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        confirm(
          localOnly
            ? 'Link copied, but it opens this file only in this browser. To share the file, download it as a bundle.'
            : 'Link copied to the clipboard',
        );
      } catch {
        setFallback(url);
      }
    },
    [confirm],
  );
  return { share, message, fallback, clearFallback: () => setFallback(null) };
}
