import { shortenMessage } from '../domain/problem-report';

/** What a link asked for that could not be honoured, said plainly, dismissible. */
export function LinkNotice({ warnings, onDismiss }: { warnings: string[]; onDismiss: () => void }) {
  if (warnings.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <p>
          <strong>Part of this link could not be used.</strong> The rest of the view is as linked.
        </p>
        <ul>
          {warnings.map((w, i) => (
            <li key={i}>{shortenMessage(w)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="btn" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
