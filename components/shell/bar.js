(() => {
  if (window.ikMeasuresBar) return;
  window.ikMeasuresBar = true;
  const root = document.documentElement;
  // A figure starting on the first screen with ROOM of it left fills the rest; one further down gets FLOOR.
  const MARGIN = 12, ROOM = 0.25, FLOOR = 0.45;
  const CONTROLS = ".st-key-ik_bar > *, .st-key-map_view, .st-key-view_controls";
  const boxes = (selector) =>
    [...document.querySelectorAll(selector)].map((node) => node.getBoundingClientRect()).filter((box) => box.width > 0);
  const measure = () => {
    const bar = boxes(".st-key-ik_bar > *");
    const left = bar.length ? Math.min(...bar.map((box) => box.left)) : window.innerWidth;
    root.style.setProperty("--ik-bar-w", `${Math.ceil(window.innerWidth - left)}px`);
    const controls = boxes(CONTROLS);
    const title = document.querySelector("[data-testid='stMain'] h1");
    let pad = 0;
    if (title && controls.length) {
      const box = title.getBoundingClientRect();
      const beside = controls.filter((control) => control.bottom > box.top && control.top < box.bottom);
      if (beside.length) pad = Math.max(0, box.right - Math.min(...beside.map((control) => control.left)) + 12);
    }
    root.style.setProperty("--ik-title-pad", `${Math.ceil(pad)}px`);
    const talk = boxes(".st-key-talk_bar");
    const below = talk.length ? Math.ceil(talk[0].height) : 0;
    root.style.setProperty("--ik-talk-h", `${below}px`);
    if (!document.querySelector(".st-key-present_exit")) return;
    // Presentation mode: each figure and table as tall as the first screen leaves below its top; a longer
    // table scrolls inside its frame.
    for (const canvas of document.querySelectorAll(".ik-figure .ik-canvas, .ik-table-frame")) {
      const top = canvas.getBoundingClientRect().top + window.scrollY;
      const room = window.innerHeight - top - below - MARGIN;
      const fit = room >= window.innerHeight * ROOM ? room : window.innerHeight * FLOOR;
      canvas.style.setProperty("--ik-fit", `${Math.floor(fit)}px`);
    }
  };
  // Measuring makes the browser lay the page out, so it waits until the page has been still for a moment
  // rather than running at every change while Streamlit builds the page.
  const SETTLE_MS = 60;
  let timer = 0;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => requestAnimationFrame(measure), SETTLE_MS);
  };
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true, characterData: true });
  // Text reflowing (fonts, wrapping) moves what follows without changing the page's elements.
  const resized = new ResizeObserver(soon);
  const watch = () => document.querySelectorAll("[data-testid='stMainBlockContainer']").forEach((n) => resized.observe(n));
  new MutationObserver(watch).observe(document.body, { childList: true });
  watch();
  window.addEventListener("resize", soon);
  soon();
})();
