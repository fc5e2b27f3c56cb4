import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../domain/validate';
import { EARLY_RESPONSES } from './early-responses';

// The page's first script is plain JavaScript served as is; these tie it to the app's names.
const script = readFileSync(new URL('../../public/early-fetch.js', import.meta.url), 'utf8');

describe('public/early-fetch.js', () => {
  it('leaves its responses where the fetch path looks for them', () => {
    expect(script).toContain(`'${EARLY_RESPONSES}'`);
  });

  it('requests the files a dataset folder holds', () => {
    expect(script).toContain(`[${DATASET_FILES.map((f) => `'${f}'`).join(', ')}]`);
  });
});
