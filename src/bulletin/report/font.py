"""A subset of a Chinese font shipped with a page, so that its Chinese shows on a machine with none.

A page names fonts that cover Chinese on common systems (:data:`bulletin.report.site.FONT_STACK`),
but a machine may have none of them, and then 净网 shows as empty boxes. :func:`font_face_css`
cuts the glyphs a page uses out of Noto Sans SC (SIL Open Font License, from the
``pylopdf-fonts-zh-cn`` package of the ``charts`` extra) with fontTools and returns an
``@font-face`` rule holding them as a data address, limited by ``unicode-range`` to the
characters it covers, so the page's Latin text keeps the system's fonts. A page of a few
hundred Chinese characters carries a font of some tens of kilobytes. The notebook report
writes one WOFF file for all its pages instead (:func:`write_cjk_font`), and refuses a
character the font lacks, so a page never shows a box.

Without the font package or fontTools, the rule is empty and the page falls back to the
font stack.

Examples
--------
>>> cjk_characters("净网2021: 3.7万余起，“护苗”")
'万余净护网苗起，'
>>> cjk_characters(["净网2021", "“内鬼”，净"])
'内净网鬼，'
>>> css = font_face_css("侦破案件3900余起")
>>> css == "" or (css.startswith("@font-face") and FAMILY in css)
True
"""

from __future__ import annotations

import base64
import io
import re
from functools import lru_cache
from pathlib import Path

#: The family name the embedded subset goes by; pages put it first in their font stack.
FAMILY = "Bulletin CJK"
#: The characters the subset is cut for: CJK punctuation, ideographs, full-width forms.
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def cjk_characters(text) -> str:
    """The distinct Chinese characters and CJK punctuation of ``text`` (a string, or several),
    sorted."""
    texts = [text] if isinstance(text, str) else list(text)
    return "".join(sorted({c for t in texts for c in _CJK.findall(t)}))


def font_path() -> Path | None:
    """Noto Sans SC, when its package is installed."""
    try:
        import pylopdf_fonts_zh_cn  # noqa: PLC0415 - an optional package (the charts extra)
    except ImportError:
        return None
    path = Path(pylopdf_fonts_zh_cn.sans_path())
    return path if path.is_file() else None


def cut(characters: str, source: Path, flavor: str | None = None) -> bytes:
    """The font ``source`` cut down to ``characters`` (``flavor`` ``woff`` or plain OpenType).

    Raises ``ValueError`` naming the characters the font lacks.
    """
    from fontTools import subset as ft_subset  # noqa: PLC0415 - with matplotlib
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    font = TTFont(source, recalcTimestamp=False)
    cmap = font.getBestCmap()
    missing = [c for c in characters if ord(c) not in cmap]
    if missing:
        raise ValueError(f"the CJK font {source.name} lacks {''.join(missing)}")
    options = ft_subset.Options()
    options.name_IDs = ["*"]  # the licence and the font's name travel with the glyphs
    options.notdef_outline = True
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    font.flavor = flavor
    out = io.BytesIO()
    font.save(out, reorderTables=True)
    return out.getvalue()


@lru_cache(maxsize=16)
def subset(characters: str) -> bytes:
    """The font cut down to ``characters`` (an OpenType file's bytes); empty without fontTools
    or the font."""
    path = font_path()
    if path is None or not characters:
        return b""
    try:
        return cut(characters, path)
    except (ImportError, ValueError):
        return b""


def write_cjk_font(texts, path: Path, source: Path | None = None) -> Path:
    """Write a WOFF subset of the font holding every CJK character of ``texts``.

    Raises ``ValueError`` naming the characters the font lacks (or when no font is
    installed), so a page never shows a box.
    """
    source = source or font_path()
    if source is None:
        raise ValueError("no CJK font to cut: install the charts extra (pylopdf-fonts-zh-cn)")
    data = cut(cjk_characters(texts), source, flavor="woff")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def font_face_css(text: str) -> str:
    """An ``@font-face`` rule embedding the glyphs of ``text``'s Chinese characters, or ``""``
    when the text has none or the font cannot be cut."""
    characters = cjk_characters(text)
    data = subset(characters)
    if not data:
        return ""
    encoded = base64.b64encode(data).decode("ascii")
    ranges = ",".join(f"U+{ord(c):04X}" for c in characters)
    return (f'@font-face {{ font-family: "{FAMILY}"; '
            f'src: url(data:font/otf;base64,{encoded}) format("opentype"); '
            f"unicode-range: {ranges}; }}\n")
