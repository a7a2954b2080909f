// Run first in every bench page (run.mjs adds it with page.addInitScript, after setting
// window.__benchSelector). Marks when the first timeline
// items are painted: a MutationObserver watches the document and every shadow root (it wraps
// attachShadow, so it sees inside <aiw-timeline> without any hook in the widget) for the
// page's data-selector; the frame that shows them is the next requestAnimationFrame, and the
// paint is done when a task queued from that frame runs. performance.now() counts from the
// navigation start, so window.__bench.firstItems is "navigation → first items painted".
// window.__benchSelector may be a list: then every selector must match (in any root).
// window.__bench.connected is when the first <aiw-timeline> connected, if there is one.
// It also records requestAnimationFrame deltas on demand (startFrames / stopFrames).
(() => {
  const wanted = window.__benchSelector ?? document.currentScript?.dataset.selector;
  const selectors = Array.isArray(wanted) ? wanted : [wanted];
  const bench = (window.__bench = { firstItems: null, detected: null, connected: null, errors: [] });
  const roots = [document];
  let done = false;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'aiw-timeline') {
      const connected = constructor.prototype.connectedCallback;
      constructor.prototype.connectedCallback = function () {
        bench.connected ??= performance.now();
        return connected?.call(this);
      };
    }
    return define(name, constructor, options);
  };
  const observer = new MutationObserver(() => {
    if (done || !selectors.every((selector) => roots.some((root) => root.querySelector(selector)))) return;
    done = true;
    observer.disconnect();
    bench.detected = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.firstItems = performance.now();
        performance.mark('bench:first-items');
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    if (!done) observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));

  let recording = null;
  bench.startFrames = () => {
    const deltas = [];
    recording = { deltas, on: true };
    const state = recording;
    let last = 0;
    const tick = (t) => {
      if (!state.on) return;
      if (last) deltas.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    if (!recording) return [];
    recording.on = false;
    return recording.deltas;
  };
})();
