// Sanitising drops data: addresses from links, so the address waits in data-href until this sets it.
(() => { const link = document.currentScript.previousElementSibling; link.href = link.dataset.href; })();
