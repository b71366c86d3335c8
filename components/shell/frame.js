// The page's language for screen readers and spelling; on a phone, the side menu (which covers the page)
// closes once a page is chosen.
document.documentElement.lang = "__LANG__";
(() => {
  if (window.ikMenuCloses) return;
  window.ikMenuCloses = true;
  document.addEventListener("click", (event) => {
    const chosen = event.target.closest('[data-testid="stSidebar"] a');
    const narrow = window.matchMedia("(max-width: 768px)").matches;
    const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
    if (chosen && narrow && close) setTimeout(() => close.click(), 0);
  });
})();
