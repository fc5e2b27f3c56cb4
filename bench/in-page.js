// Measurement helpers injected into every benchmarked page before its own scripts run
// (Playwright `addInitScript`). Plain JavaScript on purpose: it is loaded as a file, not
// bundled, so no compiler helper can leak into the page. Every page — Stanceline, the
// vis-timeline page and the canvas reference page — is measured by this same code.
(() => {
  const PAINTED = 'stanceline:marks-painted';

  /** Resolves at the start of the frame after the next one: the next paint has happened. */
  const afterNextPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  // "Marks painted": the page's own performance mark (see bench/README.md), or, for an engine
  // that does not set one, the frame after the first event mark appears in the DOM.
  let fallbackPaint = null;
  const observer = new MutationObserver(() => {
    if (fallbackPaint !== null) return;
    if (!document.querySelector('[data-event-id]')) return;
    fallbackPaint = -1;
    observer.disconnect();
    afterNextPaint().then(() => {
      fallbackPaint = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });

  function paintedAt() {
    const mark = performance.getEntriesByName(PAINTED)[0];
    if (mark) return mark.startTime;
    return fallbackPaint !== null && fallbackPaint >= 0 ? fallbackPaint : null;
  }

  /** The element that receives zoom and pan gestures, and its centre. */
  function surface(selector) {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no gesture surface matches ${selector}`);
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 120);
    return { target: document.elementFromPoint(x, y) ?? el, x, y };
  }

  function wheel(target, x, y, deltaY) {
    target.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY,
        deltaMode: 0,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
  }

  function mouse(type, target, x, y) {
    const init = { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window };
    const buttons = type === 'mouseup' ? 0 : 1;
    target.dispatchEvent(
      new PointerEvent(type.replace('mouse', 'pointer'), {
        ...init,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons,
      }),
    );
    target.dispatchEvent(new MouseEvent(type, { ...init, button: 0, buttons }));
  }

  /**
   * One gesture step per frame, so that every measured frame has work: `zoomFrames` wheel steps
   * in, as many out, then a drag of `panFrames` steps. Frame time = the time between two
   * consecutive animation frames while the gesture runs (vsync and the frame-rate cap are off,
   * so an idle frame takes a millisecond or two). Stops early after `budgetMs`.
   */
  async function gesture(selector, zoomFrames, panFrames, budgetMs) {
    const { target, x, y } = surface(selector);
    const frames = [];
    const started = performance.now();
    let last = await new Promise((r) => requestAnimationFrame(r));
    const steps = [];
    for (let i = 0; i < zoomFrames; i += 1) steps.push(['wheel', -60]);
    for (let i = 0; i < zoomFrames; i += 1) steps.push(['wheel', 60]);
    steps.push(['down', 0]);
    for (let i = 1; i <= panFrames; i += 1) steps.push(['move', i * 6]);
    steps.push(['up', panFrames * 6]);
    let dragTarget = target;
    for (const [kind, value] of steps) {
      if (kind === 'wheel') wheel(target, x, y, value);
      else if (kind === 'down') {
        mouse('mousedown', target, x, y);
        dragTarget = window;
      } else if (kind === 'move')
        mouse('mousemove', dragTarget === window ? document : target, x + value, y);
      else mouse('mouseup', document, x + value, y);
      const now = await new Promise((r) => requestAnimationFrame(r));
      if (kind !== 'down' && kind !== 'up') frames.push(now - last);
      last = now;
      if (now - started > budgetMs) break;
    }
    await afterNextPaint();
    return frames;
  }

  /** Set by a page, in the frame after its chart drew new data or filters (Stanceline). */
  const LAYOUT_PAINTED = 'stanceline:layout-painted';
  /**
   * Set by a page once the frame that first drew the new filter's marks is rendered, where its
   * chart draws the marks before their labels and buttons (Stanceline).
   */
  const MARKS_REPAINTED = 'stanceline:marks-repainted';
  /** A chart that has not drawn the filter by then is reported as "—". */
  const CHART_TIMEOUT_MS = 30000;

  /**
   * Filter toggle latency, from the click on the checkbox (the click event's timestamp):
   * - `paint`, to the next paint after the click was handled, as the browser itself reports it
   *   (Event Timing: the click's `duration`, in steps of 8 ms; null where it reports none);
   * - `count`, to the first frame painted after the count (a `role=status` element) changed;
   * - `chart`, to the mark the page sets after its chart drew the new filter with everything on
   *   it — the same as `count` for a page that sets no such mark, whose chart is drawn in the
   *   same task as its count;
   * - `marks`, to the mark the page sets once the frame that first drew the filtered marks is
   *   rendered — the same as `chart` for a page that sets none (its marks come with the rest).
   */
  function filterLatency(statusSelector) {
    const status = document.querySelector(statusSelector);
    if (!status) throw new Error(`no status matches ${statusSelector}`);
    const before = status.textContent;
    const signalsChart = performance.getEntriesByName(LAYOUT_PAINTED).length > 0;
    return new Promise((resolve) => {
      let t0 = null;
      let count = null;
      let chart = signalsChart ? null : undefined;
      let paint = null;
      const timing = new PerformanceObserver((list) => {
        const entry = list
          .getEntries()
          .find((e) => e.name === 'click' && t0 !== null && Math.abs(e.startTime - t0) < 1);
        if (entry) paint = entry.duration;
      });
      timing.observe({ type: 'event', durationThreshold: 16 });
      const marksAfter = () => {
        const m = performance
          .getEntriesByName(MARKS_REPAINTED)
          .find((e) => t0 !== null && e.startTime > t0);
        return m ? m.startTime - t0 : null;
      };
      const finish = () => {
        if (count === null || chart === null) return;
        const chartMs = chart === undefined ? count : chart;
        // The click's entry is queued with the next paint, a frame before either mark.
        timing.takeRecords().forEach((e) => {
          if (e.name === 'click' && Math.abs(e.startTime - t0) < 1) paint = e.duration;
        });
        timing.disconnect();
        resolve({ count, chart: chartMs, marks: marksAfter() ?? chartMs, paint });
      };
      document.addEventListener('click', (e) => (t0 = e.timeStamp), {
        capture: true,
        once: true,
      });
      const mo = new MutationObserver(() => {
        if (status.textContent === before) return;
        mo.disconnect();
        afterNextPaint().then(() => {
          count = performance.now() - (t0 ?? performance.now());
          finish();
        });
      });
      mo.observe(status, { childList: true, subtree: true, characterData: true });
      if (!signalsChart) return;
      const po = new PerformanceObserver((list) => {
        const mark = list
          .getEntriesByName(LAYOUT_PAINTED)
          .find((m) => t0 !== null && m.startTime > t0);
        if (!mark) return;
        po.disconnect();
        chart = mark.startTime - t0;
        finish();
      });
      po.observe({ type: 'mark' });
      setTimeout(() => {
        if (chart !== null) return;
        po.disconnect();
        timing.disconnect();
        chart = undefined;
        resolve({ count: count ?? Number.NaN, chart: null, marks: marksAfter(), paint });
      }, CHART_TIMEOUT_MS);
    });
  }

  /** A key whose focus has not moved by then is reported as not measured. */
  const KEY_TIMEOUT_MS = 10000;

  /**
   * Latency of the next key press: from the keydown event to the first frame painted after
   * focus moved to another element; null when focus did not move within KEY_TIMEOUT_MS.
   */
  function nextKeyLatency() {
    return new Promise((resolve) => {
      let t0 = null;
      let before = null;
      const timer = setTimeout(() => {
        document.removeEventListener('focusin', moved, true);
        resolve(null);
      }, KEY_TIMEOUT_MS);
      function moved(e) {
        if (t0 === null || e.target === before) return;
        document.removeEventListener('focusin', moved, true);
        clearTimeout(timer);
        afterNextPaint().then(() => resolve(performance.now() - t0));
      }
      document.addEventListener(
        'keydown',
        (e) => {
          t0 = e.timeStamp;
          before = document.activeElement;
        },
        { capture: true, once: true },
      );
      document.addEventListener('focusin', moved, true);
    });
  }

  window.__bench = { paintedAt, gesture, filterLatency, afterNextPaint, nextKeyLatency };
})();
