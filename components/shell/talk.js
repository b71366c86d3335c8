// A clicker sends PageDown/PageUp (some the arrows); space moves on as in slides. Keys stay with a form field,
// an open menu or the map (it moves between areas with the arrows), and space with a focused button.
(() => {
  const NEXT = ["PageDown", "ArrowRight", " "], PREVIOUS = ["PageUp", "ArrowLeft"];
  const KEEP = "input, textarea, select, [contenteditable], [role=combobox], [role=listbox], [role=dialog], "
    + ".ik-figure";
  const PRESSABLE = "button, a, summary, [role=button]";
  // "next", "prev", or null when the key is not the talk's (focus: the focused element, or null).
  const talkStep = (event, focus) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
    const forward = NEXT.includes(event.key);
    if (!forward && !PREVIOUS.includes(event.key)) return null;
    if (focus && focus.closest(KEEP)) return null;
    if (event.key === " " && focus && focus.closest(PRESSABLE)) return null;
    return forward ? "next" : "prev";
  };
  if (typeof module !== "undefined") {
    module.exports = { talkStep };
    return;
  }
  if (window.ikTalkKeys) return;
  window.ikTalkKeys = true;
  document.addEventListener("keydown", (event) => {
    const step = talkStep(event, document.activeElement);
    if (!step) return;
    event.preventDefault();
    // While a step's page is still being drawn its buttons may be missing: try again for a moment.
    const press = (tries) => {
      const button = document.querySelector(`.st-key-talk_${step} button`);
      if (button && !button.disabled) button.click();
      else if (!button && tries > 0) setTimeout(() => press(tries - 1), 100);
    };
    press(30);
  });
})();
