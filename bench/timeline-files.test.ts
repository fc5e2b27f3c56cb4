import { describe, expect, it } from 'vitest';
import { importText } from '../src/formats/import-record';
import { timelineJson, timelineSheet } from './timeline-files';

describe('generated TimelineJS files', () => {
  it('import as the number of slides asked for, in six lanes, the same every time', () => {
    for (const [text, format] of [
      [timelineJson(30), 'timelinejs-json'],
      [timelineSheet(30), 'timelinejs-csv'],
    ] as const) {
      const result = importText(text, { name: 'generated', today: '2026-01-05' });
      expect(result.ok && result.format).toBe(format);
      if (!result.ok) return;
      expect(result.dataset.events).toHaveLength(30);
      expect(result.dataset.groups).toHaveLength(6);
      expect(result.summary.notes.mediaIgnored).toBe(10);
    }
    expect(timelineJson(5)).toBe(timelineJson(5));
  });
});
