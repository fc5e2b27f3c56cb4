import { ErrorPanel } from '../ui/error-panel';
import { importStore, useImportStore } from '../state/import-store';
import { cancelOpeningLater } from './open-file-later';

const fileInput = () =>
  document.querySelector<HTMLInputElement>('input[type="file"][data-open-file]');

/** "Try again" opens the picker again. */
const pickAgain = () => fileInput()?.click();

/** The panel goes away with its button; focus goes back to where files are opened. */
function dismiss() {
  importStore.getState().dismiss();
  fileInput()?.focus();
}

function cancel() {
  cancelOpeningLater();
  fileInput()?.focus();
}

/**
 * While a file is read: what is being opened. When it fails: the problems, above the record
 * that stays open.
 */
export function ImportStatusPanel() {
  const status = useImportStore((s) => s.status);
  const kept = useImportStore((s) => s.kept);
  if (status.phase === 'reading') {
    return (
      <div className="notice import-reading">
        <p role="status">
          Opening {status.name}…{' '}
          {status.step && <span className="import-step">{status.step}…</span>}
        </p>
        <button type="button" className="btn" onClick={cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (status.phase === 'failed') {
    return (
      <div className="import-error">
        <ErrorPanel
          title={`${status.name} was not opened`}
          message={status.message}
          problems={status.problems}
          onRetry={pickAgain}
          actions={
            <button type="button" className="btn" onClick={dismiss}>
              Dismiss
            </button>
          }
        />
      </div>
    );
  }
  if (!kept) {
    return (
      <p className="notice" role="status">
        This browser does not let Stanceline keep files, so this one will be gone after a reload.
      </p>
    );
  }
  return null;
}

/** Says once, politely, what the last import did: "18 events imported from TimelineJS; …". */
export function ImportAnnouncer() {
  const announcement = useImportStore((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite">
      {announcement}
    </div>
  );
}
