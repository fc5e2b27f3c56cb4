import { DatasetError } from '../data/dataset-queries';
import { ErrorPanel } from '../ui/error-panel';

interface Props {
  error: Error;
  onRetry: () => void;
  title?: string;
  /** Other datasets the reader can open instead. */
  others?: ReadonlyArray<{ id: string; title: string }>;
}

/** A failed load says what failed and how to fix it, instead of a blank page. */
export function DatasetErrorView({
  error,
  onRetry,
  title = 'This dataset could not be loaded',
  others = [],
}: Props) {
  const problems = error instanceof DatasetError ? error.problems : [];
  return (
    <ErrorPanel title={title} message={error.message} problems={problems} onRetry={onRetry}>
      {others.length > 0 && (
        <nav aria-label="Other datasets">
          <p>Or open another dataset:</p>
          <ul>
            {others.map((d) => (
              <li key={d.id}>
                <a href={`?dataset=${encodeURIComponent(d.id)}`}>{d.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ErrorPanel>
  );
}
