import { useId, useRef, type ReactNode } from 'react';
import { useRescueFocus } from './use-rescue-focus';
import { shortenMessage } from '../domain/problem-report';
import type { Problem } from '../domain/validate';
import { ProblemList } from './problem-list';

interface Props {
  title: string;
  /** One or two sentences: what failed and what to do. Long quoted values are shortened. */
  message: string;
  problems?: readonly Problem[];
  onRetry: () => void;
  /** Anything else that helps: other datasets to open, a link to the file. */
  children?: ReactNode;
  /** More buttons beside "Try again": another way out. */
  actions?: ReactNode;
  /** Heading level, so the panel fits the outline it sits in. */
  level?: 2 | 3;
}

/**
 * A failure announced as an alert, with a "Try again" that works. Shared by the dataset loader,
 * the panels' error boundaries and file imports, so every failure reads and behaves the same.
 */
export function ErrorPanel({
  title,
  message,
  problems = [],
  onRetry,
  children,
  actions,
  level = 2,
}: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useRescueFocus(ref);
  return (
    <section ref={ref} role="alert" className="error-box" aria-labelledby={id} tabIndex={-1}>
      <Heading id={id}>{title}</Heading>
      <p className="error-message">{shortenMessage(message)}</p>
      <ProblemList problems={problems} />
      {children}
      <div className="error-actions">
        <button type="button" className="btn primary" onClick={onRetry}>
          Try again
        </button>
        {actions}
      </div>
    </section>
  );
}
