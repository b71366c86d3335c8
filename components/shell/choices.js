// A choice made in a folded set of choices (the map's view button on a phone, "Choose view" on a projector)
// closes the panel, so the map it changes comes into sight. Pills that take several at once (focus areas,
// aria-pressed) leave it open for the next one; the share panel has no choices.
(() => {
  const CHOICE = '[data-testid="stPopoverBody"] button[role="radio"]';
  const OPEN = '[data-testid="stPopoverButton"][aria-expanded="true"]';
  // True when a click on target picks one of a popover's single choices.
  const closesAfter = (target) => Boolean(target && target.closest && target.closest(CHOICE));
  if (typeof module !== "undefined") {
    module.exports = { closesAfter, CHOICE };
    return;
  }
  if (window.ikChoicesClose) return;
  window.ikChoicesClose = true;
  // Listened for on the way down: the pills stop the click from bubbling up to the document.
  document.addEventListener("click", (event) => {
    if (!closesAfter(event.target)) return;
    // Once the pill has taken the choice: the open popover's own button folds it.
    setTimeout(() => document.querySelector(OPEN)?.click(), 0);
  }, true);
})();
