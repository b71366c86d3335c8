(() => {
  if (window.ikMeasuresBar) return;
  window.ikMeasuresBar = true;
  const root = document.documentElement;
  const MARGIN = 12, FLOOR = 0.45;
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
    // Presentation mode: each figure and table as tall as the first screen leaves below its top (at least
    // FLOOR of it); a longer table scrolls inside its frame.
    for (const canvas of document.querySelectorAll(".ik-figure .ik-canvas, .ik-table-frame")) {
      const top = canvas.getBoundingClientRect().top + window.scrollY;
      const fit = Math.max(window.innerHeight - top - below - MARGIN, window.innerHeight * FLOOR);
      canvas.style.setProperty("--ik-fit", `${Math.floor(fit)}px`);
    }
  };
  let queued = false;
  const soon = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      measure();
    });
  };
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.addEventListener("resize", soon);
  soon();
})();
