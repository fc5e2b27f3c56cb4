/**
 * Reading the chart: every key event labelled at the flagship's default desktop view, the opened
 * event always labelled, and no label drawn over a mark. Labels are placed text (hidden from
 * assistive technology, since each mark's button carries the title), so they are read here from
 * the label layer by the event they name.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVENTS, eventById } from './flagship';

const KEY_IDS = EVENTS.filter((e) => e.significance === 3).map((e) => e.id);
const VETO = eventById('us-ceasefire-draft-vetoed-by-russia-china');

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

/** Ids of the events labelled on the chart. */
async function labelled(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('[data-label-for]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-label-for') ?? ''));
}

/** Pairs of (label, mark) whose boxes meet: a label's text box and a mark's drawn disc. */
async function labelsOverMarks(page: Page): Promise<string[]> {
  return timeline(page).evaluate((root) => {
    const out: string[] = [];
    const labels = [...root.querySelectorAll<HTMLElement>('[data-label-for]')];
    const marks = [...root.querySelectorAll<HTMLElement>('.mark-button')];
    for (const label of labels) {
      const l = label.getBoundingClientRect();
      for (const mark of marks) {
        const m = mark.getBoundingClientRect();
        const cx = m.x + m.width / 2;
        const cy = m.y + m.height / 2;
        // The smallest drawn mark has a radius of about 5 px; its disc must stay clear.
        const dx = Math.max(l.left - cx, 0, cx - l.right);
        const dy = Math.max(l.top - cy, 0, cy - l.bottom);
        if (Math.hypot(dx, dy) < 5) {
          out.push(`${label.dataset.labelFor} over ${mark.getAttribute('aria-label')}`);
        }
      }
    }
    return out;
  });
}

test.describe('chart labels at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the default view labels every key event, and no label covers a mark', async ({ page }) => {
    await page.goto('./');
    await settled(page);
    const ids = await labelled(page);
    expect(KEY_IDS.filter((id) => !ids.includes(id))).toEqual([]);
    expect(await labelsOverMarks(page)).toEqual([]);
  });

  test('the opened event is labelled, with details open', async ({ page }) => {
    await page.goto(`./?event=${VETO.id}`);
    await settled(page);
    await expect(timeline(page).locator(`[data-label-for="${VETO.id}"]`)).toBeVisible();
    expect(await labelsOverMarks(page)).toEqual([]);
  });
});
