/**
 * Loading for the reference pages: the same generated files the app reads, fetched from the same
 * server, reduced to what a bare timeline draws. Lanes are the group of each event's first actor,
 * as in Stanceline.
 */
export interface RefEvent {
  id: string;
  title: string;
  type: string;
  start: number;
  /** Exclusive end in ms: the day after the last day. */
  end: number;
  lane: number;
}

interface RawEvent {
  id: string;
  title: string;
  type: string;
  date: string;
  end?: string;
  actors: Array<{ actor: string }>;
}

const DAY_MS = 86_400_000;

export const PAINTED = 'stanceline:marks-painted';

export function datasetId(): string {
  return new URLSearchParams(window.location.search).get('dataset') ?? 'stress-10k';
}

export async function loadEvents(): Promise<{ events: RefEvent[]; lanes: string[] }> {
  const id = datasetId();
  const [eventsFile, actorsFile] = await Promise.all([
    fetch(`../data/${id}/events.json`).then((r) => r.json() as Promise<{ events: RawEvent[] }>),
    fetch(`../data/${id}/actors.json`).then(
      (r) =>
        r.json() as Promise<{ groups: { id: string }[]; actors: { id: string; group: string }[] }>,
    ),
  ]);
  const lanes = actorsFile.groups.map((g) => g.id);
  const laneOf = new Map(actorsFile.actors.map((a) => [a.id, lanes.indexOf(a.group)]));
  const events = eventsFile.events.map((e) => {
    const start = Date.parse(`${e.date}T00:00:00Z`);
    return {
      id: e.id,
      title: e.title,
      type: e.type,
      start,
      end: Date.parse(`${e.end ?? e.date}T00:00:00Z`) + DAY_MS,
      lane: Math.max(0, laneOf.get(e.actors[0]?.actor ?? '') ?? 0),
    };
  });
  return { events, lanes };
}

/** Marks the first paint after `draw` ran: the signal the benchmark waits for. */
export function markPaintedAfterNextFrame(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(PAINTED).length === 0) performance.mark(PAINTED);
    }),
  );
}

/** The filter both reference pages offer: a checkbox that hides statements. */
export function statementToggle(onChange: (hide: boolean) => void): void {
  const box = document.querySelector<HTMLInputElement>('#hide-statements');
  box?.addEventListener('change', () => onChange(box.checked));
}

export function showCount(n: number, total: number): void {
  const status = document.querySelector('#count');
  if (status) status.textContent = n === total ? `${total} events` : `${n} of ${total} events`;
}
