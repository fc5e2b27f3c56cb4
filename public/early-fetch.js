// The first script the page runs, before the app's own code has downloaded: when the link names
// a dataset (`?dataset=<id>`), its files start downloading now rather than once the app's code
// has arrived and run, which at 10,000 events and more is most of the wait. The app's one fetch
// path (src/data/fetch-text.ts) takes these responses for its first attempt at each file, with
// its own timeout, error kinds and retries (src/data/early-responses.ts); anything it never
// asks for is left unused.
//
// When events.json announces a large body, it also starts the validation worker (whose built
// file index.html names in a meta tag, scripts/early-worker-plugin.ts): its code downloads and
// compiles while the app's does, and the app hands it the texts (src/data/validate-off-thread.ts).
//
// Plain JavaScript served as is (not bundled: the bundler would merge it into the app's code,
// which is what it must not wait for), and a classic script in the head that the parser waits
// for (index.html), so that it runs as soon as it arrives: the module scripts, the style sheet
// and the data index are found by the browser's preload scanner and download meanwhile, and
// nothing is drawn before the app's code runs in any case.
(() => {
  /** The global the app reads: EARLY_RESPONSES in src/data/early-responses.ts. */
  const KEY = '__stancelineEarlyResponses';
  /** The id syntax of the data (src/data/prefetch.ts); anything else is left to the app. */
  const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  /** The files of a dataset folder, as DATASET_FILES in src/domain/validate.ts lists them. */
  const FILES = ['dataset.json', 'actors.json', 'events.json'];
  /**
   * The global the app takes the worker from: EARLY_WORKER in src/data/early-responses.ts. The
   * app leaves null there once it has taken it or started its own.
   */
  const WORKER_KEY = '__stancelineEarlyWorker';

  /** The build's note on the validation worker (scripts/early-worker-plugin.ts), if any. */
  const workerMeta = () =>
    typeof Worker === 'undefined'
      ? null
      : document.querySelector('meta[name="stanceline-validate-worker"]');

  /** Starts the validation worker, for the app to take, unless the app has started its own. */
  const startWorker = (meta) => {
    if (window[WORKER_KEY] !== undefined) return;
    const url = new URL(meta.content, document.baseURI);
    const worker = new Worker(url, { type: 'module', name: 'validate-dataset' });
    const started = { worker, failed: false };
    // Until the app takes it over: a worker that cannot start leaves the app to check the data.
    worker.onerror = (e) => {
      e.preventDefault();
      started.failed = true;
    };
    window[WORKER_KEY] = started;
  };

  /**
   * Starts the validation worker once events.json turns out to be large: from its headers, or,
   * for a compressed body that does not announce its size, once that many characters have
   * arrived (the same rule as whenLarge in src/data/validate-off-thread.ts, which reads a copy
   * of the body likewise and leaves the response to be read).
   */
  const startWorkerWhenLarge = (response) => {
    const meta = workerMeta();
    if (meta === null || !response.ok) return;
    const minChars = Number(meta.dataset.minChars);
    const length = Number(response.headers.get('content-length') ?? '');
    const encoding = response.headers.get('content-encoding');
    const compressed = encoding !== null && encoding !== 'identity';
    if (length > 0) {
      const chars = compressed ? length * Number(meta.dataset.compressedRatio) : length;
      if (chars >= minChars) startWorker(meta);
      if (chars >= minChars || !compressed) return;
    }
    const reader = response.clone().body?.getReader();
    if (!reader) return;
    let bytes = 0;
    const read = () =>
      reader.read().then(({ done, value }) => {
        if (done) return undefined;
        bytes += value.byteLength;
        if (bytes < minChars) return read();
        startWorker(meta);
        return reader.cancel();
      });
    read().catch(() => undefined); // the app's own reading reports any failure
  };

  /**
   * Whether the build checked this dataset's events (their digest is in the page, see
   * src/data/checked-data.ts): such a file is only parsed, so it needs no worker. One that
   * arrives changed is validated by the app, which starts a worker then.
   */
  const checkedByBuild = (id) => {
    const meta = document.querySelector('meta[name="stanceline-checked-data"]');
    return (
      meta !== null && meta.content.split(/\s+/).some((p) => p.startsWith(`${id}/events.json=`))
    );
  };

  const params = new URLSearchParams(window.location.search);
  const id = params.get('dataset');
  // Data from elsewhere (a hosted file, a local one) has its own loader.
  if (id === null || !ID.test(id) || params.has('src') || params.has('file')) return;
  // A dataset the build knew to be large gets its worker at once.
  const meta = workerMeta();
  const checked = checkedByBuild(id);
  if (!checked && meta !== null && meta.dataset.large?.split(' ').includes(id)) startWorker(meta);
  const early = new Map();
  for (const file of FILES) {
    const url = new URL(`data/${id}/${file}`, document.baseURI).toString();
    const response = fetch(url);
    // A failure is reported by the app when it takes the response; unused, it is no error.
    response.catch(() => undefined);
    if (file === 'events.json' && !checked) response.then(startWorkerWhenLarge, () => undefined);
    early.set(url, response);
  }
  window[KEY] = early;
})();
