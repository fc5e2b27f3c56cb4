import { describe, expect, it } from 'vitest';
import { validateDatasetTexts, type DatasetTexts } from '../domain/validate';
import { generateStressDataset } from '../../scripts/stress-data';
import { validateInSteps, type ValidationProgress } from './validate-steps';
import { validateOffThread } from './validate-off-thread';

const data = generateStressDataset({ events: 200, seed: 3, id: 'steps' });
const texts: DatasetTexts = {
  'dataset.json': JSON.stringify(data.meta),
  'actors.json': JSON.stringify(data.actors),
  'events.json': JSON.stringify({ events: data.events }),
};

describe('validateInSteps', () => {
  it('gives the same result as validating the texts at once', () => {
    expect(validateInSteps(texts)).toEqual(validateDatasetTexts(texts));
    const broken = { ...texts, 'events.json': '{"events": [' };
    expect(validateInSteps(broken)).toEqual(validateDatasetTexts(broken));
    const missing = { 'dataset.json': texts['dataset.json'] };
    expect(validateInSteps(missing)).toEqual(validateDatasetTexts(missing));
  });

  it('reports each file read, then the check with the number of events', () => {
    const steps: ValidationProgress[] = [];
    validateInSteps(texts, (p) => steps.push(p));
    expect(steps).toEqual([
      { phase: 'parse', file: 'dataset.json' },
      { phase: 'parse', file: 'actors.json' },
      { phase: 'parse', file: 'events.json' },
      { phase: 'check', events: 200 },
    ]);
  });
});

describe('validateOffThread', () => {
  it('validates on the page where there are no workers, with the same result', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(validateOffThread(texts)).resolves.toEqual(validateDatasetTexts(texts));
  });
});
