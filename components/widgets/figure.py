"""A map or chart drawn inline from the server's SVG, with cards, keyboard use and picture downloads.

st.html drops inline SVG but keeps scripts when JavaScript is allowed, so the picture travels as JSON beside a
one-line script that hands it to the page's figure code (components/widgets/figure.js, sent once per page by
the frame), which draws it when it comes within a screen of the view and makes it interactive. Nothing else
is loaded: no Plotly, no map library, no fonts or tiles from elsewhere. Text from data reaches the page only
as text.
"""

from __future__ import annotations

import json
from html import escape

from components.shell.i18n import t
from core.svg.drawing import Drawing
from core.svg.legend_html import legend_html

ACTIONS = {"municipality": "figure.open_profile", "map": "figure.open_county", "default": "figure.open"}
SKIP = {"map": "figure.skip", "chart": "charts.skip"}


File = tuple[str, str, bytes]  # a button's label, the file's name, its bytes (UTF-8 text)


def _payload(drawing: Drawing, key: str, sources: list[str], font: float, files: list[File]) -> str:
    data = {
        "svg": drawing.svg,
        "legend": legend_html(drawing.legend),
        "items": [{"card": list(item.card)} for item in drawing.items],
        "width": drawing.width,
        "height": drawing.height,
        "title": drawing.title,
        "sources": sources,
        "font": font,
        "file": key,
        "allNames": drawing.all_names,
        "actions": {page: t(label) for page, label in ACTIONS.items()},
        "close": t("figure.close"),
        # Saved by the script as typed: text is smaller than a data: address and costs no decoding.
        "files": [{"name": name, "text": content.decode("utf-8")} for _, name, content in files],
    }
    # The sanitiser drops a script whose text holds "<" before a letter or "/", so "<" travels as \u003c.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _save_button(kind: str, label: str) -> str:
    icon = '<span class="ik-arrow" aria-hidden="true">↓</span>'
    return f'<a class="ik-download" href="#" role="button" data-ik-save="{kind}">{icon}{escape(label)}</a>'


def _file_buttons(files: list[File]) -> str:
    """Buttons that save the figure's numbers (data-ik-save="file-N": files[N] in the payload)."""
    return "".join(_save_button(f"file-{i}", label) for i, (label, _, _) in enumerate(files))


def figure_html(
    drawing: Drawing,
    key: str,
    sources: list[str],
    font: float,
    aside: str = "",
    files: list[File] | None = None,
) -> str:
    """The figure for st.html (scripts allowed): legend, aside, drawing, card, downloads, skip link.

    files: the figure's numbers to save, (label, file name, bytes), offered beside the picture downloads.
    """
    files = files or []
    root, data, after = f"ik-fig-{key}", f"ik-data-{key}", f"ik-after-{key}"
    shape = (
        f"aspect-ratio:{drawing.width}/{drawing.height - drawing.legend_height};--ik-width:{drawing.width}px"
    )
    return (
        f'<div class="ik-figure ik-figure-{drawing.kind}" id="{root}">'
        f'<a class="ik-skip" href="#{after}">{escape(t(SKIP[drawing.kind]))}</a>'
        # The legend is drawn at once, so it holds its place; the script then puts in the symbols that the
        # sanitiser drops (inline SVG). Nothing below it moves when the script runs.
        f'<div class="ik-side"><div class="ik-legend">{legend_html(drawing.legend)}</div>{aside}</div>'
        f'<div class="ik-stage"><div class="ik-canvas" style="{shape}"></div>'
        f'<div class="ik-tip" hidden aria-hidden="true"></div>'
        '<span class="ik-probe" aria-hidden="true"></span></div>'
        f'<p class="ik-saves">{_save_button("png", t("figure.download_png"))}'
        f"{_save_button('svg', t('figure.download_svg'))}{_file_buttons(files)}</p>"
        f'<span id="{after}" tabindex="-1"></span></div>'
        f'<script type="application/json" id="{data}">{_payload(drawing, key, sources, font, files)}</script>'
        # Queued for the page's figure code (figure.js, sent by the frame), which may come before or after it.
        f'<script>(window.ikFigureQueue=window.ikFigureQueue||[]).push(["{root}","{data}"]);'
        "if(window.ikFigureRun)window.ikFigureRun();</script>"
    )
