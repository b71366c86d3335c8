// Streamlit's styles and code are asked for once the snapshot has been painted, so the first thing a reader
// sees waits for nothing but the page and, on a slow line, the page's own bytes come first. A view without a
// snapshot (any link other than a page's default view) asks for them at once. The main script (its file
// fetched from the start, see front/site.py) runs once Streamlit's styles are in, so the app never draws
// unstyled. The code of the page's own kinds of element (a select box, a search field), listed by its
// snapshot, comes last, as Streamlit would ask for it later.
(() => {
  const code = JSON.parse(document.getElementById("ik-app-code").textContent);
  const listed = document.getElementById("ik-page-code");
  const later = (listed ? JSON.parse(listed.textContent) : []).filter((file) => !code.preload.includes(file));
  const add = (tag, attributes) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.head.append(element);
    return element;
  };
  const preload = (file, priority) =>
    add("link", { rel: "modulepreload", crossorigin: "", fetchpriority: priority, href: code.dir + file });
  const start = () => add("script", { type: "module", crossorigin: "", src: code.dir + code.entry });
  const load = () => {
    let waiting = code.sheets.length;
    const loaded = () => (waiting -= 1) === 0 && start();
    for (const file of code.sheets) {
      const sheet = add("link", { rel: "stylesheet", crossorigin: "", href: code.styles + file });
      sheet.addEventListener("load", loaded);
      sheet.addEventListener("error", loaded);
    }
    for (const file of code.preload) preload(file, "auto");
    for (const file of later) preload(file, "low");
    if (!waiting) start();
  };
  // The frame after the snapshot's first: by then it is on screen, not only drawn.
  const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(load, 0)));
  if (document.getElementById("ik-snapshot")) afterPaint();
  else load();
})();
