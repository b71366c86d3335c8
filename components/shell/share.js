// Copies the text of the element a button names; where the Clipboard API is refused, selects it instead.
(() => {
  if (window.ikCopies) return;
  window.ikCopies = true;
  document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-ik-copy]");
    if (!button) return;
    const source = document.getElementById(button.dataset.ikCopy);
    const status = button.parentElement.querySelector("[role=status]");
    try {
      await navigator.clipboard.writeText(source.textContent);
      status.textContent = button.dataset.ikDone;
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      status.textContent = button.dataset.ikFail;
    }
  });
})();
