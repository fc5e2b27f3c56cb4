import { forwardRef, useEffect, useId, useState } from 'react';

interface Props {
  value: string;
  onCommit: (q: string) => void;
}

/** Commits after a pause in typing, so a word is one history entry rather than one per key. */
const COMMIT_DELAY_MS = 350;

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { value, onCommit },
  ref,
) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // Follow the store when it changes from elsewhere (a chip removed, Back pressed).
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
    // `value` is left out on purpose: a store change must not re-arm a commit of the old draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, onCommit]);
  return (
    <div className="search-box" role="search">
      <label htmlFor={id}>Search events</label>
      <input
        ref={ref}
        id={id}
        className="input"
        type="search"
        placeholder="Titles, summaries, quotes, sources"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(draft);
        }}
      />
    </div>
  );
});
