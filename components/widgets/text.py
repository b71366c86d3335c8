"""Headings, paragraphs and parts as HTML elements, which a phone draws several times faster than Markdown.

Streamlit's Markdown element (st.markdown, st.header, st.subheader) parses its text in the browser and checks
its layout after drawing: about 30 ms each on a mid-range phone, against a few for an HTML element. These look
the same (components/styles/base.css, .ik-h2 and .ik-h3) and are real headings for screen readers.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from core.text.markdown import inline, markdown_html

LOOKS = {2: "ik-h2", 3: "ik-h3"}  # drawn as st.header (2) or st.subheader (3)


def joined(*parts: str) -> str:
    """HTML parts shown as one element (each element costs the browser rendering work), spaced as elements."""
    first, *rest = [part for part in parts if part]
    return first + "".join(f'<div class="ik-next">{part}</div>' for part in rest)


def heading_html(text: str, level: int = 3, look: int | None = None) -> str:
    """A heading of a level (2: a page's section, 3: a part of one), drawn as st.header or st.subheader.

    look: 2 as st.header, 3 as st.subheader; the level's own unless given.
    """
    return f'<h{level} class="{LOOKS[look or level]}">{escape(text)}</h{level}>'


def heading(text: str, level: int = 3, intro: str = "", look: int | None = None) -> None:
    """Show a heading and, in the same element, its Markdown intro."""
    st.html(joined(heading_html(text, level, look), paragraphs_html(intro) if intro else ""))


def section_heading(text: str, intro: str = "") -> None:
    """Show a heading of a page's section (h2 under the page's title), drawn as st.subheader."""
    heading(text, 2, intro, look=3)


def paragraphs_html(markdown: str) -> str:
    """Paragraphs written in the app's little Markdown (**bold**, [links](url), bulleted lists)."""
    return f'<div class="ik-prose">{markdown_html(markdown)}</div>'


def paragraphs(markdown: str) -> None:
    """Show paragraphs written in the app's little Markdown."""
    st.html(paragraphs_html(markdown))


def note(markdown: str) -> None:
    """Show a small grey line, as st.caption does (**bold** and [links](url) allowed)."""
    st.html(f'<p class="ik-note ik-flush">{inline(markdown)}</p>')
