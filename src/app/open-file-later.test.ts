import type { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The code that opens a file, as it arrives when first asked for: each test decides when.
const opened: string[] = [];
let arrive: () => void = () => undefined;
let arrived = Promise.resolve();
vi.mock('./open-file', async () => {
  await arrived;
  return {
    openLocalFile: (file: File) => {
      opened.push(file.name);
      return Promise.resolve();
    },
    cancelOpening: () => undefined,
  };
});

const client = {} as QueryClient;
const file = (name: string) => new File(['{}'], name);

describe('openLocalFileLater', () => {
  // Fresh modules each time: the import below, and the store the code under test reports to.
  beforeEach(() => {
    vi.resetModules();
    opened.length = 0;
    arrived = new Promise<void>((resolve) => (arrive = resolve));
  });
  const load = async () => ({
    ...(await import('./open-file-later')),
    importStore: (await import('../state/import-store')).importStore,
  });

  it('says at once that the file is opening, then opens it once its code arrives', async () => {
    const { openLocalFileLater, importStore } = await load();
    const done = openLocalFileLater(file('a.json'), client);
    expect(importStore.getState().status).toMatchObject({ phase: 'reading', name: 'a.json' });
    arrive();
    await done;
    expect(opened).toEqual(['a.json']);
  });

  it('Cancel while the code is on its way stops the file before it starts', async () => {
    const { openLocalFileLater, cancelOpeningLater, importStore } = await load();
    const done = openLocalFileLater(file('a.json'), client);
    cancelOpeningLater();
    expect(importStore.getState().status.phase).toBe('idle');
    expect(importStore.getState().announcement).toBe(
      'Stopped opening a.json. The record on screen is unchanged.',
    );
    arrive();
    await done;
    expect(opened).toEqual([]);
  });
});
