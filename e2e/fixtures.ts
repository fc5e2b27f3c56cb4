import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

interface Fixtures {
  /** Runs axe-core with the WCAG 2.2 A/AA rules and returns the violations, summarised. */
  axe: () => Promise<Array<{ id: string; nodes: string[] }>>;
}

export const test = base.extend<Fixtures>({
  axe: async ({ page }, provide) => {
    await provide(async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      return results.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      }));
    });
  },
});

export { expect };
