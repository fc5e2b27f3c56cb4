// The first script the page runs, before the app's own code has downloaded: when the link names
// a dataset (`?dataset=<id>`), its files start downloading now rather than once the app's code
// has arrived and run, which at 10,000 events and more is most of the wait. The app's one fetch
// path (src/data/fetch-text.ts) takes these responses for its first attempt at each file, with
// its own timeout, error kinds and retries (src/data/early-responses.ts); anything it never
// asks for is left unused.
//
// Plain JavaScript served as is (not bundled: the bundler would merge it into the app's code,
// which is what it must not wait for), and a classic async script, so that it runs at once.
(() => {
  /** The global the app reads: EARLY_RESPONSES in src/data/early-responses.ts. */
  const KEY = '__stancelineEarlyResponses';
  /** The id syntax of the data (src/data/prefetch.ts); anything else is left to the app. */
  const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  /** The files of a dataset folder, as DATASET_FILES in src/domain/validate.ts lists them. */
  const FILES = ['dataset.json', 'actors.json', 'events.json'];

  const params = new URLSearchParams(window.location.search);
  const id = params.get('dataset');
  // Data from elsewhere (a hosted file, a local one) has its own loader.
  if (id === null || !ID.test(id) || params.has('src') || params.has('file')) return;
  const early = new Map();
  for (const file of FILES) {
    const url = new URL(`data/${id}/${file}`, document.baseURI).toString();
    const response = fetch(url);
    // A failure is reported by the app when it takes the response; unused, it is no error.
    response.catch(() => undefined);
    early.set(url, response);
  }
  window[KEY] = early;
})();
