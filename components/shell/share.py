"""The share popover on every page: the view's link (copy button, text, QR code), embed code and citation."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from components.shell import datasets
from components.shell.failures import data_section
from components.shell.i18n import lang, t
from core.config import load_config
from core.data import catalogue, queries
from core.data.package import data_version
from core.present import citation, links
from core.present.qr import qr_img
from core.present.vocabulary import view_names
from core.text.i18n import bilingual
from core.views import indicator_views

SHARE_KEY = "share"
EMBED_HEIGHT = 720  # px of an embedded view in the iframe snippet
# Copies the text of the element a button names; where the Clipboard API is refused, selects it instead.
COPY_SCRIPT = f"<script>{(Path(__file__).resolve().parent / 'share.js').read_text(encoding='utf-8')}</script>"


def current_url(page_key: str) -> str:
    """The full link to the view on screen: the page's address and the parameters the page wrote."""
    page = links.BY_KEY[page_key]
    base = st.context.url or f"/{page.path}"
    base = base if urlsplit(base).path else f"{base}/"
    query = [(key, value) for key in st.query_params for value in st.query_params.get_all(key)]
    remembered = {name: st.session_state.get(name) for name in page.params}
    return links.view_url(base, links.pinned(page, query, remembered), lang())


@st.cache_data(show_spinner=False)
def _names(language: str) -> dict[str, dict[str, str]]:
    config = load_config()
    metas = (datasets.meta(name) for name in ("indicators", "workplaces"))
    indicators = indicator_views.indicator_catalogue(*metas, config, datasets.meta("emissions"))
    return view_names(
        indicators,
        queries.municipalities_table(datasets.geojson("municipalities")),
        datasets.load("partners"),
        {name: bilingual(datasets.meta(name)["title"], language) for name in catalogue.DATASETS},
        language,
    )


def _citation(page_key: str, url: str) -> str:
    page, query = links.BY_KEY[page_key], links.parse(url)[1]
    label = links.view_label(page, query, _names(lang()))
    title = f"{t('frame.app_name')} – {t(f'nav.{page_key}')}" + (f": {label}" if label else "")
    project = datasets.load("project").iloc[0]
    publisher = t("present.publisher", project=project["name"], coordinator=project["coordinator"])
    metas = citation.view_metas(page, query, {name: datasets.meta(name) for name in catalogue.DATASETS})
    cited = citation.cite(title, publisher, url, metas, dt.date.today(), lang(), data_version())
    return citation.citation_text(cited, lang())


def _copy_block(label: str, value: str, block_id: str) -> str:
    button = (
        f'<button type="button" class="ik-copy-button" data-ik-copy="{block_id}" '
        f'data-ik-done="{escape(t("present.copied"), quote=True)}" '
        f'data-ik-fail="{escape(t("present.copy_failed"), quote=True)}">{escape(label)}</button>'
    )
    status = '<span class="ik-copy-status" role="status"></span>'
    text = f'<pre class="ik-copy-text" id="{block_id}">{escape(value)}</pre>'
    return f'<p class="ik-copy">{button}{status}</p>{text}'


def _section(heading_key: str, body: str) -> str:
    return f'<section><p class="ik-share-heading">{escape(t(heading_key))}</p>{body}</section>'


def share_html(page_key: str) -> str:
    """The popover's content: link, QR code, citation and embed code, each with a copy button."""
    url = current_url(page_key)
    snippet = links.iframe_snippet(url, f"{t('frame.app_name')} – {t(f'nav.{page_key}')}", EMBED_HEIGHT)
    caption = f"<figcaption>{escape(t('present.qr_heading'))}</figcaption>"
    qr = f'<figure class="ik-qr-figure">{qr_img(url, t("present.qr_alt", url=url))}{caption}</figure>'
    help_text = f'<p class="ik-note">{escape(t("present.embed_help"))}</p>'
    sections = [
        _section("present.link_heading", _copy_block(t("present.copy_link"), url, "ik-share-link") + qr),
        _section(
            "present.cite_heading",
            _copy_block(t("present.copy_citation"), _citation(page_key, url), "ik-share-cite"),
        ),
        _section(
            "present.embed_heading",
            help_text + _copy_block(t("present.copy_embed"), snippet, "ik-share-embed"),
        ),
    ]
    return f'<div class="ik-share">{"".join(sections)}</div>{COPY_SCRIPT}'


def share_popover(page_key: str, presenting: bool) -> None:
    """A 'Share' button whose popover is built when opened, from the view on screen then.

    Its icon only in presentation mode, where a narrow projector hides the label: elsewhere the word
    says it, and the page need not load the icon font.
    """
    with st.popover(
        t("present.share"),
        icon=":material/share:" if presenting else None,
        key=SHARE_KEY,
        on_change="rerun",
        help=t("present.share_help"),
    ) as popover:
        if popover.open:
            with data_section():  # a broken data file: the popover says so, the page goes on
                st.html(share_html(page_key), unsafe_allow_javascript=True)
