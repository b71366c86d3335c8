// Streamlit's styles and code are asked for once the snapshot has been painted, so the first thing a reader
// sees waits for nothing but the page and, on a slow line, the page's own bytes come first. A view without a
// snapshot (any link other than a page's default view) asks for them at once. The main script (its file
// fetched from the start, see front/page.py) runs once Streamlit's styles are in, so the app never draws
// unstyled. The code of the page's own kinds of element (a select box, a search field), listed by its
// snapshot, comes last, as Streamlit would ask for it later. The preloads (about 80 files) are added a few at
// a time, one task each: every one costs the main thread a few ms on a slow phone (the request is set up at
// once), and all in one task blocked a phone for 0.4 s while the snapshot was on screen.
(() => {
  const SLICE = 8; // preloads added per task
  // A list cut into runs of at most size items, in order.
  const slices = (items, size) =>
    Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  // What the page asks for, in order: Streamlit's style sheets, then its code to preload (the app's first,
  // then the code the snapshot lists that is not already among it, at low priority), and the main script,
  // added once the sheets are in.
  const plan = (code, listed) => ({
    sheets: code.sheets.map((file) => code.styles + file),
    preload: [
      ...code.preload.map((file) => [code.dir + file, "auto"]),
      ...listed.filter((file) => !code.preload.includes(file)).map((file) => [code.dir + file, "low"]),
    ],
    entry: code.dir + code.entry,
  });
  if (typeof module !== "undefined") {
    module.exports = { plan, slices };
    return;
  }
  const code = JSON.parse(document.getElementById("ik-app-code").textContent);
  const listed = document.getElementById("ik-page-code");
  const asked = plan(code, listed ? JSON.parse(listed.textContent) : []);
  const add = (tag, attributes) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.head.append(element);
    return element;
  };
  const start = () => add("script", { type: "module", crossorigin: "", src: asked.entry });
  const load = () => {
    let waiting = asked.sheets.length;
    const loaded = () => (waiting -= 1) === 0 && start();
    for (const href of asked.sheets) {
      const sheet = add("link", { rel: "stylesheet", crossorigin: "", href });
      sheet.addEventListener("load", loaded);
      sheet.addEventListener("error", loaded);
    }
    const runs = slices(asked.preload, SLICE);
    const preload = () => {
      for (const [href, priority] of runs.shift() || []) {
        add("link", { rel: "modulepreload", crossorigin: "", fetchpriority: priority, href });
      }
      if (runs.length) setTimeout(preload, 0);
    };
    preload();
    if (!waiting) start();
  };
  // The frame after the snapshot's first: by then it is on screen, not only drawn.
  const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(load, 0)));
  if (document.getElementById("ik-snapshot")) afterPaint();
  else load();
})();
