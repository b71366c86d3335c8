// The snapshot stays over the page, and the app under it stays hidden (so nothing shifts where a reader sees
// it), until the app has drawn its first run: the script has finished, the title is there, no element is
// still loading its code (Streamlit's placeholder, stSkeleton), every figure's script has run, and the page's
// height has held still for a moment. Then both change in one frame, so there is never a blank page. If the
// app never gets there, the snapshot leaves after a while and the app shows whatever it has.
(() => {
  const page = document.documentElement;
  const snapshot = document.getElementById("ik-snapshot");
  const LONGEST_MS = 30000; // slow 3G can take this long to bring Streamlit's scripts
  const STILL_MS = 250;
  page.classList.add("ik-snapshot-on");
  const drawn = () => {
    const app = document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]');
    if (!app || !app.querySelector('[data-testid="stMain"] h1')) return false;
    if (app.querySelector('[data-testid="stSkeleton"]')) return false;
    return [...app.querySelectorAll(".ik-figure")].every((figure) => figure.dataset.ready);
  };
  const reveal = (why) => {
    if (!snapshot.isConnected) return;
    // Figures within reach of the first screen draw now (components/widgets/figure.js), in this frame.
    window.dispatchEvent(new Event("ik-snapshot-leaving"));
    snapshot.remove();
    page.classList.remove("ik-snapshot-on");
    page.dataset.snapshotLeft = why; // "drawn", or "waited" when the app took too long
    performance.mark(`ik-snapshot-${why}`);
  };
  let height = -1;
  let since = 0;
  const settle = (now) => {
    if (!snapshot.isConnected) return;
    // The height is read (a layout) only once the app looks drawn, not in every frame while it draws.
    const ready = drawn();
    const main = document.querySelector('[data-testid="stMain"]');
    const tall = ready && main ? main.scrollHeight : -1;
    if (!ready || tall !== height) {
      height = tall;
      since = now;
    } else if (now - since >= STILL_MS) {
      reveal("drawn");
      return;
    }
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
  setTimeout(() => reveal("waited"), LONGEST_MS);
})();
