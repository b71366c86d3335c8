"""The little Markdown the app writes (paragraphs, bulleted lists, **bold**, [links](url)) as escaped HTML."""

from __future__ import annotations

import re
from html import escape

BOLD = re.compile(r"\*\*(.+?)\*\*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def inline(markdown: str) -> str:
    """Escaped text with the little Markdown the app writes: **bold** and [links](url)."""
    shown = BOLD.sub(r"<strong>\1</strong>", escape(markdown, quote=False))
    return LINK.sub(lambda m: f'<a href="{escape(m.group(2), quote=True)}">{m.group(1)}</a>', shown)


def markdown_html(markdown: str) -> str:
    """Paragraphs and bulleted lists, as the app's Markdown elements write them."""
    blocks = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        if all(line.startswith("- ") for line in lines):
            blocks.append("<ul>" + "".join(f"<li>{inline(line[2:])}</li>" for line in lines) + "</ul>")
        elif lines and lines[0].startswith("#"):
            level = min(len(lines[0]) - len(lines[0].lstrip("#")) + 1, 4)
            blocks.append(
                f"<h{level}>{inline(lines[0].lstrip('# '))}</h{level}>{inline(' '.join(lines[1:]))}"
            )
        else:
            blocks.append(f"<p>{inline(' '.join(lines))}</p>")
    return "".join(blocks)
