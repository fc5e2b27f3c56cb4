import type { CopyFallback } from './use-share';

interface Props {
  message: string | null;
  fallback: CopyFallback | null;
  onDone: () => void;
}

/**
 * What copying said: a short confirmation (a status, so it is announced), or, when the clipboard
 * refused, the text in a selected field to copy by hand.
 */
export function CopyFeedback({ message, fallback, onDone }: Props) {
  return (
    <>
      {message && (
        <div className="toast" role="status">
          {message}
        </div>
      )}
      {fallback && (
        <div className="toast" role="dialog" aria-label={`Copy this ${fallback.what}`}>
          <label>
            Copy this {fallback.what}:{' '}
            {fallback.text.includes('\n') ? (
              <textarea
                className="input"
                readOnly
                rows={6}
                value={fallback.text}
                autoFocus
                onFocus={(e) => e.currentTarget.select()}
              />
            ) : (
              <input
                className="input"
                readOnly
                value={fallback.text}
                autoFocus
                onFocus={(e) => e.currentTarget.select()}
              />
            )}
          </label>
          <button type="button" className="btn" onClick={onDone}>
            Done
          </button>
        </div>
      )}
    </>
  );
}
