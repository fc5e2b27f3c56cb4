import { describe, expect, it } from 'vitest';
import { sentencesText, summaryText } from './summary';

describe('summaryText', () => {
  it('joins the sentences with one space', () => {
    expect(
      summaryText({
        summary: [
          { text: 'The draft fails.', cite: ['un'] },
          { text: 'Russia and China veto it.', cite: [] },
        ],
      }),
    ).toBe('The draft fails. Russia and China veto it.');
  });

  it('trims each sentence and skips blank ones, so there is never a double space', () => {
    expect(
      sentencesText([
        { text: ' One. ', cite: [] },
        { text: '   ', cite: [] },
        { text: 'Two.', cite: [] },
      ]),
    ).toBe('One. Two.');
  });

  it('gives a one-sentence summary as it is', () => {
    expect(summaryText({ summary: [{ text: 'Only this.', cite: [] }] })).toBe('Only this.');
  });
});
