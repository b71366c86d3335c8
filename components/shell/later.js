// A closed "show as a table" holds its table as text (data-ik-later) until the reader opens it: the page's
// sanitiser then walks a few elements instead of every cell (the Transition page's tables: about 1 500).
(() => {
  if (window.ikLater) return;
  window.ikLater = true;
  document.addEventListener("toggle", (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open || details.dataset.ikLater === undefined) return;
    details.insertAdjacentHTML("beforeend", details.dataset.ikLater); // the server's own escaped markup
    delete details.dataset.ikLater;
  }, true); // toggle does not bubble: caught on its way down
})();
