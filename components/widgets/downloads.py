"""Download links: plain HTML anchors that save a file held in the page, with no extra scripts to load."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

ICON = '<span class="ik-arrow" aria-hidden="true">↓</span>'  # a character, not an icon font to download
# Sanitising drops data: addresses from links, so the address waits in data-href until the script sets it.
SET_HREF = (
    f"<script>{(Path(__file__).resolve().parent / 'downloads.js').read_text(encoding='utf-8')}</script>"
)


def anchor(label: str, file_name: str, attributes: str = "") -> str:
    """A link styled as a button that saves its address as file_name."""
    return (
        f'<a class="ik-download" download="{escape(file_name, quote=True)}"{attributes}>'
        f"{ICON}{escape(label)}</a>"
    )


def download_html(label: str, content: bytes, file_name: str, mime: str) -> str:
    """A link that saves content as file_name (for st.html with JavaScript allowed)."""
    address = f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"
    return anchor(label, file_name, f' data-href="{address}"') + SET_HREF
