"""Headings and paragraphs as HTML elements, which a phone draws several times faster than Markdown ones.

Streamlit's Markdown element (st.markdown, st.header, st.subheader) parses its text in the browser and checks
its layout after drawing: about 30 ms each on a mid-range phone, against a few for an HTML element. These look
the same (components/styles/base.css, .ik-h2 and .ik-h3) and are real headings for screen readers.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from core.text.markdown import inline, markdown_html

LEVELS = {2: "ik-h2", 3: "ik-h3"}  # a page's section (as st.header) and its parts (as st.subheader)


def heading_html(text: str, level: int = 3) -> str:
    """A heading as Streamlit's header (level 2) or subheader (level 3) draws it."""
    return f'<h{level} class="{LEVELS[level]}">{escape(text)}</h{level}>'


def heading(text: str, level: int = 3, intro: str = "") -> None:
    """Show a heading (level 2: a section, 3: a part of one) and, in the same element, its Markdown intro."""
    after = f'<div class="ik-next">{paragraphs_html(intro)}</div>' if intro else ""
    st.html(heading_html(text, level) + after)


def paragraphs_html(markdown: str) -> str:
    """Paragraphs written in the app's little Markdown (**bold**, [links](url), bulleted lists)."""
    return f'<div class="ik-prose">{markdown_html(markdown)}</div>'


def paragraphs(markdown: str) -> None:
    """Show paragraphs written in the app's little Markdown."""
    st.html(paragraphs_html(markdown))


def note(markdown: str) -> None:
    """Show a small grey line, as st.caption does (**bold** and [links](url) allowed)."""
    st.html(f'<p class="ik-note ik-flush">{inline(markdown)}</p>')
