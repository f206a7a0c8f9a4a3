/* global window, document, requestAnimationFrame, MutationObserver */
// Runs inside every benchmark page, inlined in <head> before any other script, and measures the page
// from the inside: performance.now() counts from navigation start, and each figure is read in a
// requestAnimationFrame callback, i.e. at the frame that paints it. The page says what it is with
// <html data-bench="plain|timeline|placeholder|map|atlas">; the rules for "content" and "interactive" of each kind
// live here, in one place. Node reads the results from window.__bench (scripts/bench/sample.js).
(() => {
  const DAY = 24 * 60 * 60 * 1000;
  /** A page not interactive by then (or a zoom not settled) has failed; 10,000 events can take minutes. */
  const GIVE_UP_MS = 10 * 60 * 1000;
  /** A zoom that moves no item within this time moved nothing at all. */
  const NO_CHANGE_MS = 15 * 1000;

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const one = (selector) => document.querySelector(selector);
  const shown = (element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });

  /** The timeline draws its static first paint, or vis-timeline's items. */
  const timelineContent = (element) => Boolean(element?.shadowRoot?.querySelector('.static-view .static-item, .vis-item'));
  /** vis-timeline's items are there and no static drawing is left in front of them. */
  const timelineInteractive = (element) => {
    const root = element?.shadowRoot;
    return Boolean(root?.querySelector('.vis-item')) && ![...root.querySelectorAll('.static-view')].some(shown);
  };
  /** The page's image of the timeline, in its placeholder slot, is drawn (before the element's script runs, or as it loads its data). */
  const placeholderShown = (element) => {
    const placeholder = element?.querySelector('[slot="placeholder"]');
    return Boolean(placeholder && shown(placeholder) && placeholder.getBoundingClientRect().height > 0);
  };
  /** The table, or the cards of the narrow layout. */
  const mapContent = (element) => Boolean(element?.shadowRoot?.querySelector('table td, .card'));
  const inAtlas = (selector) => one('policy-atlas')?.shadowRoot?.querySelector(selector);

  /** An element page is zoomed as a user would: its start and end attributes. */
  const setAttributes = (element) => (start, end) => {
    element.setAttribute('start', start);
    element.setAttribute('end', end);
  };

  const KINDS = {
    plain: {
      content: () => Boolean(one('.vis-item')),
      interactive: () => Boolean(one('.vis-item')),
      itemRoot: () => one('#timeline'),
      // The element reads an end date as inclusive: the same window ends the day after.
      setWindow: (start, end) => window.timeline.setWindow(Date.parse(start), Date.parse(end) + DAY, { animation: false }),
    },
    timeline: {
      content: () => timelineContent(one('policy-timeline')),
      interactive: () => timelineInteractive(one('policy-timeline')),
      itemRoot: () => one('policy-timeline').shadowRoot,
      setWindow: (start, end) => setAttributes(one('policy-timeline'))(start, end),
    },
    placeholder: {
      content: () => placeholderShown(one('policy-timeline')) || timelineContent(one('policy-timeline')),
      interactive: () => timelineInteractive(one('policy-timeline')),
    },
    map: {
      content: () => mapContent(one('competence-map')),
      interactive: () => mapContent(one('competence-map')),
    },
    atlas: {
      content: () => timelineContent(inAtlas('policy-timeline')) && mapContent(inAtlas('competence-map')),
      interactive: () => timelineInteractive(inAtlas('policy-timeline')) && mapContent(inAtlas('competence-map')),
    },
  };
  const page = KINDS[document.documentElement.dataset.bench];

  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  // The generated data must be valid, or the element would show less than the baseline.
  const problems = [];
  document.addEventListener('data-error', (event) => problems.push(...event.detail.problems), true);

  /** First content, then interactive, each at the first frame that shows it; long tasks until then. */
  async function load() {
    let firstContent;
    for (;;) {
      const now = await frame();
      if (firstContent === undefined && page.content()) firstContent = now;
      if (firstContent !== undefined && page.interactive()) {
        // Long-task entries arrive after their task: let the observer catch up before counting.
        await new Promise((resolve) => setTimeout(resolve, 100));
        // A task still running at the interactive frame (the one that ran this callback) counts up to it.
        const before = longTasks.filter((task) => task.startTime < now);
        return {
          firstContent,
          interactive: now,
          longTasks: before.length,
          longTaskMs: before.reduce((sum, task) => sum + Math.min(task.duration, now - task.startTime), 0),
          problems: problems.map(({ pointer, message }) => `${pointer} ${message}`),
        };
      }
      if (now > GIVE_UP_MS) throw new Error(`not interactive after ${GIVE_UP_MS / 1000} s (first content: ${firstContent ?? 'none'})`);
    }
  }

  /** Counts changes to vis-timeline's items (moved, added, removed, relabelled) in the page's chart. */
  function watchItems() {
    const isItem = (node) => Boolean((node.nodeType === 1 ? node : node.parentElement)?.closest('.vis-item'));
    let changes = 0;
    new MutationObserver((records) => {
      if (records.some((record) => isItem(record.target) || [...record.addedNodes, ...record.removedNodes].some(isItem))) changes += 1;
    }).observe(page.itemRoot(), { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class'] });
    return () => changes;
  }

  /**
   * Milliseconds from `act()` to the first frame after the last change to the items: settled means two
   * frames in a row with no change. The same for both pages, whatever each does in between (vis's
   * redraw, the element's update and relabelling). `null` when nothing moved at all.
   */
  async function settle(changes, act) {
    await quiet(changes);
    const start = performance.now();
    let seen = changes();
    let lastChange;
    let quietFrames = 0;
    act();
    for (;;) {
      const now = await frame();
      if (changes() !== seen) {
        seen = changes();
        lastChange = now;
        quietFrames = 0;
        continue;
      }
      quietFrames += 1;
      if (lastChange !== undefined && quietFrames >= 2) return lastChange - start;
      if (now - start > (lastChange === undefined ? NO_CHANGE_MS : GIVE_UP_MS)) return null;
    }
  }

  /** Waits (a while at most) until the items stay still for two frames, so one measurement does not pay for the last. */
  async function quiet(changes) {
    const start = performance.now();
    let seen = changes();
    for (let still = 0; still < 2 && performance.now() - start < NO_CHANGE_MS; ) {
      await frame();
      still = changes() === seen ? still + 1 : 0;
      seen = changes();
    }
  }

  /** Zoom to two years, then pan by one: each from the call to the settled frame. */
  async function zoomPan() {
    const changes = watchItems();
    const zoom = await settle(changes, () => page.setWindow('2014-01-01', '2016-01-01'));
    const pan = await settle(changes, () => page.setWindow('2015-01-01', '2017-01-01'));
    return { zoom, pan };
  }

  /** Resolves in a task queued now: one queued during a frame's rAF callbacks runs once that frame is rendered (style, layout, paint). */
  const afterRendering = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  /**
   * The map's date from 2013 to 2015 and back, `count` times: each the work of the frame that shows it.
   * The attribute is set at the start of a frame (in a rAF callback, as an animation or a slider's input
   * would be handled), and the time runs until that frame is rendered: the update, then the browser's
   * style, layout and paint. Waiting for the next rAF instead would round every change up to a whole
   * number of frames, so no change could ever measure under one frame (16.7 ms at 60 Hz).
   */
  async function dateChanges(count) {
    const map = one('competence-map');
    map.setAttribute('date', '2013-01-01');
    await map.updateComplete;
    // That frame renders this first change: the measured ones start on a clean frame.
    await frame();
    const times = [];
    for (let index = 0; index < count; index += 1) {
      const start = await frame();
      map.setAttribute('date', index % 2 === 0 ? '2015-01-01' : '2013-01-01');
      await map.updateComplete;
      times.push((await afterRendering()) - start);
    }
    return times;
  }

  window.__bench = { ready: load(), zoomPan, dateChanges };
})();
