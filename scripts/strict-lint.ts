/**
 * The `--strict` part of `npm run validate`: runs the data lint on datasets that passed
 * validation and words the result for a terminal. Errors first, then warnings, each group in file
 * order; the first 20 lines unless `--all`; then one count per rule, so an author sees at a glance
 * what is left to fix.
 */
import { shortenProblem } from '../src/domain/problem-report.ts';
import {
  LINT_RULES,
  countByRule,
  formatFinding,
  lintDataset,
  type LintFinding,
} from '../src/domain/lint.ts';
import type { Dataset } from '../src/domain/validate.ts';

export interface StrictReport {
  lines: string[];
  errors: number;
  warnings: number;
}

/**
 * `quiet` (for the test run): errors only, and the warnings as one count, so a routine check
 * stays short while an author's `--strict` run lists what is left to fix.
 */
export function strictReport(
  label: string,
  dataset: Pick<Dataset, 'meta' | 'events'>,
  limit = 20,
  quiet = false,
): StrictReport {
  const findings = lintDataset(dataset).map((f): LintFinding => ({
    ...f,
    ...shortenProblem(f),
    file: `${label}/${f.file}`,
  }));
  const ordered = [
    ...findings.filter((f) => f.severity === 'error'),
    ...(quiet ? [] : findings.filter((f) => f.severity === 'warning')),
  ];
  const lines = ordered.slice(0, limit).map(formatFinding);
  if (ordered.length > limit)
    lines.push(`… and ${ordered.length - limit} more (--all lists every one)`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const counts = countByRule(findings);
  if (quiet) {
    lines.push(
      `strict lint of ${label}: ${errors} error(s), ${warnings} warning(s) (npm run validate -- --strict lists them)`,
    );
  } else if (counts.size > 0) {
    lines.push('', `strict lint of ${label}: ${errors} error(s), ${warnings} warning(s)`);
    for (const [rule, n] of counts) {
      lines.push(`  ${LINT_RULES[rule].severity.padEnd(7)} ${rule.padEnd(24)} ${n}`);
    }
  }
  return { lines, errors, warnings };
}
