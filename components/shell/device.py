"""Fit maps to the reader's screen: phones (by User-Agent) get the narrow map settings."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from core.config import Config, load_config

PHONE_MARKER = "Mobi"  # browsers on phones include "Mobi" in their User-Agent


def is_phone() -> bool:
    """True when the request comes from a phone browser."""
    return PHONE_MARKER in (st.context.headers.get("User-Agent") or "")


def viewer_config() -> Config:
    """The configuration, with map width and height for a phone when the reader uses one."""
    return config_for(is_phone())


def config_for(phone: bool) -> Config:
    """The configuration for a phone or a larger screen."""
    config = load_config()
    if not phone:
        return config
    width, height = config.map.phone_width, config.map.phone_height
    narrow = replace(config.map, width=width, height=height, panel_width=width, panel_height=height)
    return replace(config, map=narrow)
