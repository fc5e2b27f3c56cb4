import type { StanceEvent } from '../domain/schema';
import { formatEventDate } from '../domain/dates';
import { eventOnDay } from './compare-events';

interface Props {
  /** The events that moved the stance, chronological. */
  events: readonly StanceEvent[];
  /** The compared days, earlier first. */
  days: [string, string];
  onPick: (which: 0 | 1, day: string) => void;
}

/**
 * Two pickers of the events that moved the stance: choosing one compares on its day. Each shows
 * the event its day stands for, so a link that compares two such days reads back as events.
 */
export function CompareEventPickers({ events, days, onPick }: Props) {
  if (events.length === 0) return null;
  return (
    <div className="compare-days compare-events">
      {([0, 1] as const).map((which) => {
        const current = eventOnDay(events, days[which]);
        return (
          <label key={which}>
            {which === 0 ? 'Event A' : 'Event B'}
            <select
              className="input"
              value={current?.id ?? ''}
              onChange={(e) => {
                const event = events.find((x) => x.id === e.target.value);
                if (event) onPick(which, event.date);
              }}
            >
              <option value="">{current ? 'Pick an event' : 'No stance change on this day'}</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {formatEventDate(e)}: {e.title}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
