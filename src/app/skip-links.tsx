import type { ViewMode } from '../state/view-state';

interface Props {
  setView: (view: ViewMode) => void;
}

/**
 * The first two Tab stops: straight to the list, or to the timeline's one tab stop (the focused,
 * selected or first event). Each switches the view first, then focuses once it has rendered.
 */
export function SkipLinks({ setView }: Props) {
  const skip = (view: ViewMode, target: () => HTMLElement | null) => (e: React.MouseEvent) => {
    e.preventDefault();
    setView(view);
    requestAnimationFrame(() => target()?.focus());
  };
  return (
    <>
      <a
        href="#event-list"
        className="skip-link"
        onClick={skip('list', () => document.getElementById('event-list'))}
      >
        Skip to list view
      </a>
      <a
        href="#main"
        className="skip-link"
        onClick={skip('timeline', () =>
          document.querySelector<HTMLElement>('.marks [tabindex="0"]'))}
      >
        Skip to the timeline
      </a>
    </>
  );
}
