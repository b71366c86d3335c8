// On a phone: the word button just before this script opens the side menu through Streamlit's own (hidden)
// arrow button.
document.currentScript.previousElementSibling.addEventListener("click", () => {
  document.querySelector('[data-testid="stExpandSidebarButton"]')?.click();
});
