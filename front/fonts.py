"""The front's fonts: Streamlit's text faces made blank, its icon font cut to the icons the pages name."""

from __future__ import annotations

import io
import re
from pathlib import Path

from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
ICON_FONT = "MaterialSymbols-Rounded.*.woff2"
ICON = re.compile(r":material/([a-z0-9_]+):")
TEXT_FACES = "Source*VF-*.woff2"  # Streamlit's Source Sans and Source Code faces (KaTeX and icons stay)
UNITS_PER_EM = 1000


def blank_font() -> bytes:
    """A WOFF2 font with no characters: a browser asked to use it draws every letter in the next font."""
    builder = FontBuilder(UNITS_PER_EM, isTTF=True)
    builder.setupGlyphOrder([".notdef"])
    builder.setupCharacterMap({})
    builder.setupGlyf({".notdef": TTGlyphPen(None).glyph()})
    builder.setupHorizontalMetrics({".notdef": (0, 0)})
    builder.setupHorizontalHeader()
    builder.setupNameTable({"familyName": "Blank", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.font.flavor = "woff2"
    file = io.BytesIO()
    builder.font.save(file)
    return file.getvalue()


def blank_text_fonts(site: Path) -> int:
    """Put a blank font in place of Streamlit's own text faces; return how many were replaced.

    The app's theme uses the reader's system font, but Streamlit's page draws its first frame in its own
    Source faces before the theme arrives, which made every visitor download 170 KB it never shows.
    """
    faces = sorted((site / "static" / "media").glob(TEXT_FACES))
    blank = blank_font()
    for face in faces:
        face.write_bytes(blank)
    return len(faces)


def icon_names(site: Path) -> set[str]:
    """Every icon Streamlit's own scripts and the app's code name (:material/…:)."""
    scripts = sorted((site / "static" / "js").glob("*.js"))
    code = [
        ROOT / "app.py",
        *sorted((ROOT / "components").rglob("*.py")),
        *sorted((ROOT / "pages").glob("*.py")),
    ]
    texts = [path.read_text(encoding="utf-8", errors="ignore") for path in [*scripts, *code]]
    return {name for text in texts for name in ICON.findall(text)}


def ligatures(font: TTFont) -> dict[str, str]:
    """The icon font's words and the glyph each becomes ('share' -> its icon)."""
    letters = {glyph: chr(code) for code, glyph in font.getBestCmap().items()}
    words = {}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for first, found in getattr(table, "ligatures", {}).items():
                for ligature in found:
                    word = "".join(letters.get(glyph, "") for glyph in [first, *ligature.Component])
                    words[word] = ligature.LigGlyph
    return words


def subset_icon_font(site: Path) -> tuple[int, int]:
    """Keep only the icons the pages can show in Streamlit's icon font; return its size before and after.

    Streamlit loads the whole font (375 KB, over 3 000 icons) on every page; the app and Streamlit's own
    controls name about 90. Their words and letters are kept, every other ligature goes.
    """
    path = next((site / "static" / "media").glob(ICON_FONT))
    before = path.stat().st_size
    font = TTFont(path)
    words = ligatures(font)
    names = icon_names(site) & set(words)
    options = subset.Options()
    options.layout_closure = False  # no other icon made of the same letters
    options.layout_features = ["*"]
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=[words[name] for name in names], unicodes=[ord(c) for c in "".join(names)])
    subsetter.subset(font)
    font.save(path)
    return before, path.stat().st_size
