// Beside the app's own "page not found" notice: Streamlit also opens its English dialog for the same
// path. The CSS hides it at once (base.css); this closes it, so the page is not left inert behind it.
(() => {
  const close = () => {
    const button = document.querySelector("[data-testid='stDialog'] button[aria-label='Close']");
    if (button) button.click();
    return Boolean(button);
  };
  if (close()) return;
  const watcher = new MutationObserver(() => {
    if (close()) watcher.disconnect();
  });
  watcher.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => watcher.disconnect(), 10000);
})();
