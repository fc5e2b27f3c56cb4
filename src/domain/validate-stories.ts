/**
 * Checks of a dataset's stories that the schema cannot express: every event, actor and tag a
 * step names exists, windows are real days in order, and story ids are unique (they are links).
 * A story that points at nothing would open an empty view with a caption about events the reader
 * cannot see, so each of these is an error, not a warning.
 */
import { isRealCalendarDate } from './dates.ts';
import type { Problem } from './validate.ts';
import type { Story } from './schema.ts';

export interface StoryRefs {
  events: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

export function storyProblems(stories: readonly Story[], refs: StoryRefs): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  stories.forEach((story, i) => {
    const add = (path: string, message: string, hint?: string) =>
      problems.push({
        file: 'dataset.json',
        itemId: story.id,
        path: `stories[${i}]${path}`,
        message,
        ...(hint ? { hint } : {}),
      });
    if (seen.has(story.id)) add('.id', `duplicate story id "${story.id}"`, 'ids must be unique');
    seen.add(story.id);

    story.steps.forEach((step, j) => {
      const at = `.steps[${j}]`;
      const unknown = (kind: string, id: string, path: string, known: ReadonlySet<string>) => {
        if (!known.has(id))
          add(`${at}${path}`, `unknown ${kind} "${id}"`, `step ${j + 1} names it`);
      };
      step.events.forEach((id, k) => unknown('event', id, `.events[${k}]`, refs.events));
      const { view } = step;
      if (view.event !== undefined) unknown('event', view.event, '.view.event', refs.events);
      view.actors?.forEach((id, k) => unknown('actor', id, `.view.actors[${k}]`, refs.actors));
      view.tags?.forEach((id, k) => unknown('tag', id, `.view.tags[${k}]`, refs.tags));
      for (const key of ['from', 'to'] as const) {
        const day = view[key];
        if (day !== undefined && !isRealCalendarDate(day)) {
          add(`${at}.view.${key}`, `"${day}" is not a real calendar day`);
        }
      }
      if (view.from && view.to && view.from > view.to) {
        add(`${at}.view.to`, `the window ends (${view.to}) before it starts (${view.from})`);
      }
      if (view.event !== undefined && !step.events.includes(view.event)) {
        add(
          `${at}.view.event`,
          `the open event "${view.event}" is not among the step's events`,
          'list it in `events` too, so the caption cites it',
        );
      }
    });
  });
  return problems;
}
