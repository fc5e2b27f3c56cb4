import { useLoadProgress } from '../data/load-progress';

/**
 * A bar under "Loading the timeline…" for what loading a dataset involves: downloading its
 * files, reading them, checking the events. Not a live region: the status above it is, and a
 * screen reader should not hear every step of a large load.
 */
export function LoadProgressBar({ id }: { id: string | undefined }) {
  const progress = useLoadProgress(id);
  if (!progress) return null;
  return (
    <div className="load-progress">
      <progress max={progress.total} value={progress.done} aria-label="Loading the dataset" />
      <p className="muted small">{progress.label}</p>
    </div>
  );
}
