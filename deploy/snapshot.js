// The snapshot stays over the page, and the app under it stays hidden (so nothing shifts where a reader sees
// it), until the app has drawn its first run: the script has finished, the title is there and every figure is
// drawn. Then both change in one frame, so there is never a blank page. If the app never gets there, the
// snapshot leaves after a while and the app shows whatever it has.
(() => {
  const page = document.documentElement;
  const snapshot = document.getElementById("ik-snapshot");
  const LONGEST_MS = 15000;
  page.classList.add("ik-snapshot-on");
  const drawn = () => {
    const app = document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]');
    if (!app || !app.querySelector('[data-testid="stMain"] h1')) return false;
    return [...app.querySelectorAll(".ik-figure")].every((figure) => figure.dataset.ready);
  };
  let watcher = null;
  const reveal = (why) => {
    if (!snapshot.isConnected) return;
    if (watcher) watcher.disconnect();
    snapshot.remove();
    page.classList.remove("ik-snapshot-on");
    page.dataset.snapshotLeft = why;  // "drawn", or "waited" when the app took too long
  };
  watcher = new MutationObserver(() => {
    if (drawn()) requestAnimationFrame(() => reveal("drawn"));
  });
  watcher.observe(page, { subtree: true, childList: true, attributes: true });
  setTimeout(() => reveal("waited"), LONGEST_MS);
})();
