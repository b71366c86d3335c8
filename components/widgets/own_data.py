"""The visitor's own uploaded rows, kept in this browser session only (never on disk, never shared)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.data.upload import KINDS

ROWS_KEY = "own_rows_{kind}"
FILE_KEY = "own_file_{kind}"
ROUND_KEY = "own_round_{kind}"  # part of the uploader's key: a new round gives an empty uploader


def rows(kind: str) -> pd.DataFrame | None:
    """The valid rows the visitor uploaded in this session, or None."""
    return st.session_state.get(ROWS_KEY.format(kind=kind))


def raw_file(kind: str) -> bytes | None:
    """The bytes of the file last uploaded in this session, so its check can be shown in either language."""
    return st.session_state.get(FILE_KEY.format(kind=kind))


def keep(kind: str, raw: bytes, valid: pd.DataFrame) -> None:
    """Keep the file and its valid rows for the rest of the session."""
    st.session_state[FILE_KEY.format(kind=kind)] = raw
    st.session_state[ROWS_KEY.format(kind=kind)] = valid if len(valid) else None


def forget(kind: str) -> None:
    """Drop the visitor's rows and file, and empty the uploader."""
    st.session_state.pop(ROWS_KEY.format(kind=kind), None)
    st.session_state.pop(FILE_KEY.format(kind=kind), None)
    st.session_state[ROUND_KEY.format(kind=kind)] = upload_round(kind) + 1


def upload_round(kind: str) -> int:
    """How many times the visitor has removed their data (names the uploader widget)."""
    return int(st.session_state.get(ROUND_KEY.format(kind=kind), 0))


def has_any() -> bool:
    """True when the visitor has uploaded a file of either kind in this session."""
    return any(raw_file(kind) is not None for kind in KINDS)
