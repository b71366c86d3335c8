"""A QR code of a link, drawn offline by segno as an <img> (a PNG data URI, so nothing is fetched)."""

from __future__ import annotations

from html import escape

import segno

BORDER = 4  # modules of quiet zone the QR standard asks for
DARK = "#000000"
LIGHT = "#FFFFFF"


def qr_img(url: str, alt: str, css_class: str = "ik-qr") -> str:
    """An <img> of the link's QR code, one pixel per module: CSS enlarges it with sharp edges."""
    uri = segno.make(url, error="m").png_data_uri(scale=1, border=BORDER, dark=DARK, light=LIGHT)
    return f'<img class="{css_class}" src="{escape(uri, quote=True)}" alt="{escape(alt, quote=True)}">'
