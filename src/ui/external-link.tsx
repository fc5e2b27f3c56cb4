import type { ReactNode } from 'react';
import { safeHttpUrl } from '../domain/safe-url';

interface Props {
  /** A URL from data: checked here, whatever checked it before. */
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * Every link whose address comes from data. Only an absolute http(s) URL becomes a link; it opens
 * in a new tab without giving that page a handle on this one (`noopener`) or telling it where the
 * reader came from (`noreferrer`). Anything else shows its text, marked as not linked.
 */
export function ExternalLink({ href, children, className }: Props) {
  const safe = safeHttpUrl(href);
  if (safe === null) {
    return (
      <span className={className}>
        {children} <span className="link-refused">(not linked: not a web address)</span>
      </span>
    );
  }
  return (
    <a href={safe} className={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
