import { useState } from 'react';
import { useModalDialog } from '../ui/use-modal-dialog';
import { iframeSnippet } from '../state/links';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The embed link of the current view (`embed=1` and every other parameter). */
  url: string;
  /** The dataset's title, for the frame's accessible name. */
  title: string;
  onCopy: (text: string, what: string) => void;
}

/** True when the link opens a file kept in this browser (`file=`), which no other page can. */
function opensLocalFile(url: string): boolean {
  const params = new URL(url).searchParams;
  return params.has('file') && !params.has('src');
}

const SIZES = [
  { id: 'wide', label: 'Timeline, 720 × 520', width: 720, height: 520 },
  { id: 'tall', label: 'Timeline and stance tracks, 720 × 900', width: 720, height: 900 },
  { id: 'small', label: 'Small, 320 × 240', width: 320, height: 240 },
] as const;

/**
 * The `<iframe>` code for the view on screen, in a modal dialog: a size to choose, the code to
 * read and copy. The frame shows the same view as this page (filters, window, open event).
 */
export function EmbedDialog({ open, onClose, url, title, onCopy }: Props) {
  const ref = useModalDialog(open);
  const [size, setSize] = useState<(typeof SIZES)[number]['id']>('wide');
  const chosen = SIZES.find((s) => s.id === size) ?? SIZES[0];
  const snippet = iframeSnippet(url, `${title} — Stanceline`, chosen.width, chosen.height);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="embed-title" onClose={onClose}>
      <h2 id="embed-title">Embed this view</h2>
      <p className="small muted">
        Paste this code into a web page. The frame shows the timeline as you see it now, with a link
        back to the full view; stance tracks appear when the frame is tall enough.
      </p>
      {opensLocalFile(url) && (
        <p className="notice">
          This record is a file kept in this browser, so the frame shows it only here. To embed it,
          put the file on an https site (Download as bundle gives one file) and embed the view of
          its <code>?src=</code> link.
        </p>
      )}
      <fieldset className="facet embed-sizes">
        <legend>Size</legend>
        {SIZES.map((s) => (
          <label key={s.id}>
            <input
              type="radio"
              name="embed-size"
              value={s.id}
              checked={size === s.id}
              onChange={() => setSize(s.id)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <label className="embed-code">
        Embed code
        <textarea className="input" readOnly rows={5} value={snippet} />
      </label>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={() => onCopy(snippet, 'Embed code')}>
          Copy embed code
        </button>
        <form method="dialog">
          <button type="submit" className="btn">
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
}
