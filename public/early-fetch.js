// The first script the page runs, before the app's own code has downloaded: when the link names
// a dataset (`?dataset=<id>`), its files start downloading now rather than once the app's code
// has arrived and run, which at 10,000 events and more is most of the wait. The app's one fetch
// path (src/data/fetch-text.ts) takes these responses for its first attempt at each file, with
// its own timeout, error kinds and retries (src/data/early-responses.ts); anything it never
// asks for is left unused.
//
// When events.json announces a large body, it also starts the validation worker (whose built
// file index.html names in a meta tag, scripts/early-worker-plugin.ts): its code downloads and
// compiles while the app's does. As soon as the three files have arrived, a copy of each one's
// bytes goes to the worker, which starts checking them at once, while the app's code is still
// loading and running; the app takes the result if it read the same responses, and otherwise
// hands its own texts to a fresh worker (src/data/validate-off-thread.ts).
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

  /**
   * Each file's bytes, read from a copy of its early response (the app reads the response
   * itself), once all three have arrived; rejected when one fails, which the app reports.
   * Null until the files are requested, and for data the build checked (no worker).
   */
  let bodies = null;

  /**
   * Sends the files' bytes to a started worker as soon as they are all there (transferred, not
   * copied), unless the app has closed the hand-over first (it had already sent its own texts).
   * `handoff` says whether they went; `sent` says it at once. The worker keeps its result until
   * the app asks for it (`take`), so nothing it says is lost before the app listens.
   */
  const handOver = (started) => {
    if (bodies === null) return;
    started.handoff = bodies.then(
      (buffers) => {
        if (started.closed || started.failed) return false;
        const files = {};
        FILES.forEach((file, i) => (files[file] = buffers[i]));
        started.worker.postMessage({ type: 'bytes', files }, buffers);
        started.sent = true;
        return true;
      },
      () => false,
    );
  };

  /** Starts the validation worker, for the app to take, unless the app has started its own. */
  const startWorker = (meta) => {
    if (window[WORKER_KEY] !== undefined) return;
    const url = new URL(meta.content, document.baseURI);
    const worker = new Worker(url, { type: 'module', name: 'validate-dataset' });
    // The fields the app reads: EarlyWorker in src/data/early-responses.ts.
    const started = { worker, failed: false, handoff: null, sent: false, closed: false };
    // Until the app takes it over: a worker that cannot start leaves the app to check the data.
    worker.onerror = (e) => {
      e.preventDefault();
      started.failed = true;
    };
    window[WORKER_KEY] = started;
    handOver(started);
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
  const meta = workerMeta();
  const checked = checkedByBuild(id);
  // A dataset the build knew to be large gets its worker at once, before its files are asked
  // for: over HTTP/1.1 a browser opens six connections to a host, and the data, the app's code
  // and the index take them all, so a worker started after them waited for its code until a
  // connection came free (in a profiled load of 10,000 events, its check began 160 ms after
  // the bytes had arrived). Its code is small; the data's bytes go to it once they have all
  // arrived (below).
  if (!checked && meta !== null && meta.dataset.large?.split(' ').includes(id)) startWorker(meta);
  const early = new Map();
  const copies = [];
  for (const file of FILES) {
    const url = new URL(`data/${id}/${file}`, document.baseURI).toString();
    const response = fetch(url);
    // A failure is reported by the app when it takes the response; unused, it is no error.
    response.catch(() => undefined);
    if (meta !== null && !checked) {
      // The copy is made before the app can read the response: this reaction comes first.
      copies.push(
        response.then((r) => (r.ok ? r.clone().arrayBuffer() : Promise.reject(new Error()))),
      );
      if (file === 'events.json') response.then(startWorkerWhenLarge, () => undefined);
    }
    early.set(url, response);
  }
  if (copies.length > 0) {
    bodies = Promise.all(copies);
    bodies.catch(() => undefined);
    // The worker started above, before there were bytes to hand over.
    const started = window[WORKER_KEY];
    if (started) handOver(started);
  }
  window[KEY] = early;
})();
