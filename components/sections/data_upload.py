"""The Data page's preview of a partner's own file: template, upload, problems, valid rows, corrected file."""

from __future__ import annotations

from html import escape

import streamlit as st

from components.shell import url_state
from components.shell.i18n import lang, t
from components.widgets import own_data
from components.widgets.downloads import download_html
from components.widgets.tables import table_html
from core.data.upload import KINDS, UploadResult, check_upload, template_csv
from core.project_config import MEGABYTE, project_settings
from core.views import upload_views

SHOWN_ON = {
    "activities": (("pages/project.py", "project"),),
    "workplaces": (("app.py", "overview"), ("pages/map.py", "map")),
}


def _template(kind: str) -> None:
    example = project_settings().upload.examples[kind]
    link = download_html(
        t("upload.template", kind=t(f"upload.kind.{kind}").lower()),
        template_csv(kind, example),
        t("upload.template_file", kind=kind),
        "text/csv",
    )
    st.html(f"{link}<p class='ik-note'>{escape(t('upload.template_help'))}</p>", unsafe_allow_javascript=True)


def _report(result: UploadResult, kind: str) -> None:
    st.markdown(f"**{upload_views.summary(result, lang())}**")
    if result.problems:
        st.subheader(t("upload.problems_heading"))
        table = upload_views.problems_table(result.problems, lang())
        st.html(table_html(table, t("upload.problems_heading")))
    if len(result.rows):
        st.subheader(t("upload.rows_heading", count=len(result.rows)))
        corrected = download_html(
            t("upload.corrected"), result.corrected, t("upload.corrected_file", kind=kind), "text/csv"
        )
        st.html(
            table_html(result.rows, t("upload.rows_heading", count=len(result.rows))) + corrected,
            unsafe_allow_javascript=True,
        )
        st.caption(t("upload.corrected_help"))
        st.markdown(t("upload.see"))
        for page, key in SHOWN_ON[kind]:
            st.page_link(page, label=t(f"nav.{key}"), icon=":material/arrow_forward:")


def section() -> None:
    """Explain, offer the template, take a file, and show what the check found; rows stay in the session."""
    limits = project_settings().upload
    st.markdown(t("upload.intro"))
    st.info(t("upload.session"), icon=":material/info:")
    kind = url_state.segmented(
        t("upload.kind"), list(KINDS), key="kind", format_func=lambda k: t(f"upload.kind.{k}")
    )
    _template(kind)
    file = st.file_uploader(
        t("upload.file", megabytes=limits.max_bytes // MEGABYTE, rows=limits.max_rows),
        key=f"upload_{kind}_{own_data.upload_round(kind)}",
        help=t("upload.file_help"),
    )
    raw = file.getvalue() if file is not None else own_data.raw_file(kind)
    if raw is None:
        return
    result = check_upload(raw, kind, limits, lang())
    own_data.keep(kind, raw, result.rows)
    _report(result, kind)
    st.button(
        t("upload.clear"),
        on_click=own_data.forget,
        args=(kind,),
        key=f"upload_clear_{kind}",
        icon=":material/delete:",
    )
