import { DatasetError } from '../data/dataset-queries';

/** A failed load says what failed and how to fix it, instead of a blank page. */
export function DatasetErrorView({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const lines = error instanceof DatasetError ? error.lines : [];
  return (
    <section role="alert" className="error-box" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">This dataset could not be loaded</h2>
      <p>{error.message}</p>
      {lines.length > 0 && (
        <>
          <p>
            The validator found {lines.length === 1 ? 'this problem' : `${lines.length} problems`}:
          </p>
          <ul className="problem-list">
            {lines.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
