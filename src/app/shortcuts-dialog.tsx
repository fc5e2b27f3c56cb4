import { useModalDialog } from '../ui/use-modal-dialog';

export const SHORTCUTS: ReadonlyArray<[readonly string[], string]> = [
  [['Tab'], 'Move to the timeline’s events (one stop), then on to the panels'],
  [['←', '→'], 'Previous / next event in time'],
  [['↑', '↓'], 'Nearest event in the lane above / below'],
  [['Home', 'End'], 'First / last event'],
  [['Page Up', 'Page Down'], 'Jump back / forward by a screen of time'],
  [['Enter', 'Space'], 'Open the focused event’s details (or zoom into a cluster)'],
  [['Escape'], 'Close the details and return to the event'],
  [['+', '−'], 'Zoom in / out'],
  [['0'], 'Reset the zoom'],
  [['/'], 'Search'],
  [['?'], 'This list'],
];

/** Keys of the filter list (a tree: one Tab stop, arrow keys inside). */
export const FILTER_SHORTCUTS: ReadonlyArray<[readonly string[], string]> = [
  [['↑', '↓'], 'Previous / next actor, group, type or topic'],
  [['→', '←'], 'Open / close a group, or move into / out of it'],
  [['Space'], 'Select or clear it (a group: all or none of its actors)'],
  [['O'], 'Select only the focused actor, group, type or topic'],
];

function ShortcutTable({ rows }: { rows: ReadonlyArray<[readonly string[], string]> }) {
  return (
    <table className="shortcuts">
      <tbody>
        {rows.map(([keys, what]) => (
          <tr key={what}>
            <th scope="row">
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The list of every keyboard shortcut, as a modal dialog (Escape or the button closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="small muted">
        The timeline’s events are buttons: screen readers in browse mode keep their own keys; these
        work once focus is on an event.
      </p>
      <ShortcutTable rows={SHORTCUTS} />
      <h3>In the filters</h3>
      <ShortcutTable rows={FILTER_SHORTCUTS} />
      <form method="dialog">
        <button type="submit" className="btn primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
