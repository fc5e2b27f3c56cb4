import { useMemo } from 'react';
import { moreProblems, problemCount, reportProblems } from '../domain/problem-report';
import type { Problem } from '../domain/validate';

interface Props {
  problems: readonly Problem[];
  /** What found them, for the lead-in: "The validator", "The importer". */
  finder?: string;
}

/**
 * At most twenty problems, each value shortened, then "and N more problems": the list stays
 * readable and the page stays fast with 100,000 problems or a 10 MB value.
 */
export function ProblemList({ problems, finder = 'The validator' }: Props) {
  const report = useMemo(() => reportProblems(problems), [problems]);
  if (report.total === 0) return null;
  return (
    <>
      <p>
        {finder} found {report.total === 1 ? 'this problem' : problemCount(report.total)}
        {report.more > 0 ? `; the first ${report.lines.length} are listed` : ''}:
      </p>
      <ul className="problem-list" aria-label="Problems">
        {report.lines.map((line, i) => (
          <li key={i}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      {report.more > 0 && <p className="problem-more">…{moreProblems(report.more)}.</p>}
    </>
  );
}
