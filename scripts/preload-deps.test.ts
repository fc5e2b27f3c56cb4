import { describe, expect, it } from 'vitest';
import { preloadDeps } from './preload-deps.ts';

const JS = { hostType: 'js' } as const;

describe('preloadDeps', () => {
  it("keeps the labels' and mark buttons' own files, without the ones the page always has", () => {
    const deps = [
      'assets/relations-BNwVRXb_.js',
      'assets/react-DCTAcUCH.js',
      'assets/rolldown-runtime-WkwZ5CU-.js',
      'assets/mark-names-B3-MvUHg.js',
    ];
    expect(preloadDeps('assets/overlay-code-BQnQt2oQ.js', deps, JS)).toEqual([
      'assets/relations-BNwVRXb_.js',
      'assets/mark-names-B3-MvUHg.js',
    ]);
  });

  it("keeps the dataset validation's own files, which the first marks wait for", () => {
    const deps = [
      'assets/index-HYi-47AL.js',
      'assets/worker-request-COLb6nF_.js',
      'assets/worker-threshold-DIruB0dh.js',
      'assets/react-C1iE8mnY.js',
    ];
    expect(preloadDeps('assets/validate-off-thread-B9qIiKBN.js', deps, JS)).toEqual([
      'assets/index-HYi-47AL.js',
      'assets/worker-request-COLb6nF_.js',
      'assets/worker-threshold-DIruB0dh.js',
    ]);
  });

  it('lists nothing for the other lazy parts', () => {
    expect(
      preloadDeps('assets/zoom-behaviour-D2423YK7.js', ['assets/d3-transition-x.js'], JS),
    ).toEqual([]);
    expect(
      preloadDeps('assets/event-details-Kf_Cnyo9.js', ['assets/vote-members-a.js'], JS),
    ).toEqual([]);
    // A name that only contains the overlay's name is another part.
    expect(preloadDeps('assets/my-overlay-code-a.js', ['assets/x-a.js'], JS)).toEqual([]);
    expect(preloadDeps('assets/validate-steps-BlJOW8VM.js', ['assets/x-a.js'], JS)).toEqual([]);
  });

  it('leaves the page’s own preloads as they are', () => {
    const deps = ['assets/react-DCTAcUCH.js', 'assets/rolldown-runtime-WkwZ5CU-.js'];
    expect(preloadDeps('assets/index-x.js', deps, { hostType: 'html' })).toEqual(deps);
  });
});
