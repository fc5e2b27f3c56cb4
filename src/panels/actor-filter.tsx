import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../domain/validate';
import { normalizeText } from '../selectors/search';
import { groupColourVar } from '../timeline/render/palette';

interface Props {
  dataset: Dataset;
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
  onSolo: (id: string) => void;
  onGroup: (actorIds: string[], on: boolean) => void;
}

/**
 * The "Actors" group: a checkbox per actor, grouped as the lanes are, each with its group colour
 * and a live count of the events it would add given every other active filter.
 */
export function ActorFilter({ dataset, selected, counts, onToggle, onSolo, onGroup }: Props) {
  const [search, setSearch] = useState('');
  const searchId = useId();
  const chosen = useMemo(() => new Set(selected), [selected]);
  const needle = normalizeText(search.trim());
  const groups = dataset.groups
    .map((group, index) => ({
      group,
      index,
      actors: dataset.actors.filter(
        (a) =>
          a.group === group.id &&
          (!needle || normalizeText(`${a.name} ${a.shortName ?? ''}`).includes(needle)),
      ),
    }))
    .filter((g) => g.actors.length > 0);

  return (
    <fieldset className="facet actor-facet" aria-describedby={`${searchId}-how`}>
      <legend>Actors</legend>
      <p id={`${searchId}-how`} className="muted small">
        Shows events that involve <strong>any</strong> selected actor.
      </p>
      <label htmlFor={searchId} className="small">
        Find an actor
      </label>
      <input
        id={searchId}
        type="search"
        className="input"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        autoComplete="off"
      />
      {groups.length === 0 && <p className="muted small">No actor matches “{search}”.</p>}
      {groups.map(({ group, index, actors }) => {
        const ids = actors.map((a) => a.id);
        const allOn = ids.every((id) => chosen.has(id));
        return (
          <div
            key={group.id}
            className="facet-group"
            role="group"
            aria-labelledby={`${searchId}-${group.id}`}
          >
            <div className="facet-group-head">
              <span id={`${searchId}-${group.id}`} className="facet-group-name">
                <span
                  className="swatch"
                  style={{ background: groupColourVar(index) }}
                  aria-hidden="true"
                />
                {group.name}
              </span>
              <button
                type="button"
                className="btn link small"
                aria-label={`Select all of ${group.name}`}
                disabled={allOn}
                onClick={() => onGroup(ids, true)}
              >
                all
              </button>
              <button
                type="button"
                className="btn link small"
                aria-label={`Select none of ${group.name}`}
                disabled={!ids.some((id) => chosen.has(id))}
                onClick={() => onGroup(ids, false)}
              >
                none
              </button>
            </div>
            <ul className="facet-list">
              {actors.map((actor) => {
                const count = counts.get(actor.id) ?? 0;
                const inputId = `${searchId}-a-${actor.id}`;
                return (
                  <li
                    key={actor.id}
                    className={count === 0 && !chosen.has(actor.id) ? 'empty' : undefined}
                  >
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={chosen.has(actor.id)}
                      onChange={() => onToggle(actor.id)}
                      aria-describedby={`${inputId}-count`}
                    />
                    <label htmlFor={inputId}>{actor.name}</label>
                    <span id={`${inputId}-count`} className="count">
                      {count}
                    </span>
                    <button
                      type="button"
                      className="btn link small solo"
                      aria-label={`Only ${actor.name}`}
                      onClick={() => onSolo(actor.id)}
                    >
                      only
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
