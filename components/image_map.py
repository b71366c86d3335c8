"""A map picture as an HTML image map: an <img> of the SVG with one <area> link per municipality and site.

Streamlit's st.html keeps <img>, <map> and <area> (it drops inline SVG), and draws it with the first scripts
it loads, so the map shows as soon as the page does. Areas are links, so the map works with a keyboard.
"""

from __future__ import annotations

import base64
from html import escape
from string import Template

from components.downloads import anchor
from core.maps.svg_map import Drawing, Hotspot

# Area coordinates are in the picture's own px; this scales them whenever the picture is drawn smaller.
# The download link saves the picture itself.
SCALE_SCRIPT = Template(
    """<script>(() => {
  const img = document.getElementById("$img");
  if (!img) return;
  document.getElementById("$link").href = img.src;
  const areas = [...document.querySelectorAll('map[name="$name"] area')];
  const drawn = areas.map(a => a.coords.split(",").map(Number));  // as sent: the picture's own px
  const fit = () => {
    const k = img.clientWidth / $width;
    areas.forEach((a, i) => { a.coords = drawn[i].map(v => Math.round(v * k)).join(","); });
  };
  new ResizeObserver(fit).observe(img);
})();</script>"""
)


def _area(spot: Hotspot) -> str:
    coords = ",".join(str(value) for value in spot.coords)
    label = escape(", ".join(line for line in spot.label.split("\n") if line), quote=True)
    return (
        f'<area shape="{spot.shape}" coords="{coords}" '
        f'href="{escape(spot.href, quote=True)}" alt="{label}" title="{escape(spot.label, quote=True)}">'
    )


def image_map(drawing: Drawing, key: str, download_label: str, css_class: str = "ik-map") -> str:
    """HTML for st.html: the picture, its areas, a link that saves it, and the script for both."""
    data = base64.b64encode(drawing.svg.encode("utf-8")).decode("ascii")
    img, name, link = f"ik-img-{key}", f"ik-map-{key}", f"ik-save-{key}"
    areas = "".join(_area(spot) for spot in drawing.hotspots)
    return (
        f'<div class="ik-map-frame"><img id="{img}" class="{css_class}" '
        f'src="data:image/svg+xml;base64,{data}" '
        f'width="{drawing.width}" height="{drawing.height}" alt="{escape(drawing.title, quote=True)}" '
        f'usemap="#{name}"><map name="{name}">{areas}</map></div>'
        + anchor(download_label, f"{key}.svg", f' id="{link}"')
        + SCALE_SCRIPT.substitute(img=img, name=name, link=link, width=drawing.width)
    )
