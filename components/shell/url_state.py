"""Widgets whose value lives in the URL as a code (?county=17), so every view is a shareable link."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from components.shell.i18n import t

MAX_LENGTH = 100  # characters in a parameter's name or value: far more than any code or id of the app
MAX_VALUES = 16  # values of one parameter: more than any multiple choice of the app offers
MAX_KEYS = 32  # parameters in one link


def _acceptable(key: str, values: list[str]) -> bool:
    return len(key) <= MAX_LENGTH and len(values) <= MAX_VALUES and all(len(v) <= MAX_LENGTH for v in values)


def trim_link() -> bool:
    """Drop over-long, over-repeated and surplus parameters before any work; True if any was dropped."""
    given = {key: st.query_params.get_all(key) for key in st.query_params}
    kept = {key: values for key, values in list(given.items())[:MAX_KEYS] if _acceptable(key, values)}
    if len(kept) == len(given):
        return False
    st.query_params.from_dict(kept)
    return True


def from_link(key: str, options: Sequence[object]) -> tuple[list[object], bool]:
    """The option a link's ?key= names (a list of none or one), and whether it named anything else."""
    values = st.query_params.get_all(key)
    found = [option for option in options if values and str(option) == values[0]][:1]
    bad = bool(values) and (len(values) > 1 or not found)
    return ([] if bad else found), bad


def ignored_notice(label: str) -> None:
    """Say in words (never echoing the link) that a value from the link was not used."""
    st.caption(t("url.ignored", label=label))


def _from_url(key: str, options: Sequence[object], fallback: object) -> tuple[object, bool]:
    found, bad = from_link(key, options)
    return (found[0] if found else fallback), bad


def current(key: str, options: Sequence[object], fallback: object) -> object:
    """The value a widget will show: its state in this session, else ?key=, else the fallback."""
    if key in st.session_state and st.session_state[key] in options:
        return st.session_state[key]
    return _from_url(key, options, fallback)[0]


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
    start, bad = _from_url(key, options, fallback)
    value = st.selectbox(
        label, options, index=list(options).index(start), key=key, format_func=format_func, **kwargs
    )
    if bad:
        ignored_notice(label)
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
    start, bad = _from_url(key, options, fallback)
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
    if bad:
        ignored_notice(label)
    _to_url(key, value, fallback)
    return value


def pills(
    label: str, options: Sequence[str], *, key: str, format_func: Callable[[object], str] = str
) -> list[str]:
    """Multi-choice pills kept in repeated ?key= parameters (all chosen by default)."""
    given = st.query_params.get_all(key)
    wanted = [option for option in options if option in given]
    value = st.pills(
        label,
        list(options),
        selection_mode="multi",
        default=wanted or list(options),
        key=key,
        format_func=format_func,
    )
    if len(given) > len(options) or not set(given) <= set(options):
        ignored_notice(label)
    _to_url(key, list(value) if len(value) != len(options) else None, None)
    return list(value)


def multiselect(
    label: str,
    options: Sequence[str],
    *,
    key: str,
    default: list[str],
    format_func: Callable[[object], str] = str,
    most: int = MAX_VALUES,
) -> list[str]:
    """Several choices kept in repeated ?key= parameters (default when the link names none)."""
    given = st.query_params.get_all(key)
    wanted = [option for option in options if option in given][:most] or list(default)
    value = st.multiselect(
        label, list(options), default=wanted, key=key, format_func=format_func, max_selections=most
    )
    if len(given) > most or not set(given) <= set(options):
        ignored_notice(label)
    _to_url(key, list(value) if list(value) != list(default) else None, None)
    return list(value)
