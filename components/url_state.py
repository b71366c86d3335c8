"""Widgets whose value lives in the URL as a code (?county=17), so every view is a shareable link."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlencode

import streamlit as st


def current(key: str, options: Sequence[object], fallback: object) -> object:
    """The value a widget will show: its state in this session, else ?key=, else the fallback."""
    if key in st.session_state and st.session_state[key] in options:
        return st.session_state[key]
    return _from_url(key, options, fallback)


def _from_url(key: str, options: Sequence[object], fallback: object) -> object:
    raw = st.query_params.get(key)
    return next((option for option in options if str(option) == raw), fallback)


def _to_url(key: str, value: object, default: object) -> None:
    if value is None or value == default:
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)


def select(
    label: str,
    options: Sequence[object],
    *,
    key: str,
    default: object = None,
    format_func: Callable[[object], str] = str,
    **kwargs: object,
) -> object:
    """A selectbox started from ?key= (else default) that writes its choice back to the URL."""
    fallback = default if default in options else options[0]
    start = _from_url(key, options, fallback)
    value = st.selectbox(
        label, options, index=list(options).index(start), key=key, format_func=format_func, **kwargs
    )
    _to_url(key, value, fallback)
    return value


def segmented(
    label: str,
    options: Sequence[object],
    *,
    key: str,
    format_func: Callable[[object], str] = str,
    default: object = None,
    as_pills: bool = False,
    disabled: bool = False,
) -> object:
    """A single choice kept in ?key= (default, else the first option), as segments or wrapping pills."""
    fallback = default if default in options else options[0]
    start = _from_url(key, options, fallback)
    widget = st.pills if as_pills else st.segmented_control
    value = widget(
        label,
        options,
        default=start,
        key=key,
        format_func=format_func,
        required=True,
        disabled=disabled,
    )
    _to_url(key, value, fallback)
    return value


def pills(
    label: str, options: Sequence[str], *, key: str, format_func: Callable[[object], str] = str
) -> list[str]:
    """Multi-choice pills kept in repeated ?key= parameters (all chosen by default)."""
    wanted = [value for value in st.query_params.get_all(key) if value in options]
    value = st.pills(
        label,
        list(options),
        selection_mode="multi",
        default=wanted or list(options),
        key=key,
        format_func=format_func,
    )
    _to_url(key, list(value) if len(value) != len(options) else None, None)
    return list(value)


def href(page: str, lang: str, present: bool, **params: object) -> str:
    """A relative link to a page of this app that keeps the language and presentation mode."""
    query = {**{k: str(v) for k, v in params.items() if v not in (None, "")}, "lang": lang}
    if present:
        query["present"] = "true"
    return f"{page}?{urlencode(query)}"
