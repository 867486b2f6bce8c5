"""Chinese script and language: traditional to simplified, and which language a text is in.

:func:`to_simplified` converts traditional Chinese characters to simplified ones with
OpenCC (PyPI ``opencc``, the maintained C++ library with its own dictionaries shipped in
the wheel; nothing is downloaded at run time), configuration ``t2s``. The conversion is
*length-preserving*, character for character: every entry of the ``t2s`` dictionaries
(``TSPhrases``, ``TSCharacters``, ``TSCharactersExt`` and the compatibility-ideograph
normalisation) maps a key to a value of the same number of characters, so an offset into
the converted text is an offset into the original. :func:`to_simplified` checks this on
every call and falls back to converting one character at a time should a future
dictionary ever break it, so callers may rely on ``len(to_simplified(t)) == len(t)``.

:func:`detect_language` tells English from Chinese by the weight of CJK characters
against Latin letters (:mod:`bulletin.text.language` applies it paragraph by paragraph);
:func:`is_chinese` is its yes/no form.

Measured (Python 3.11, opencc 1.4.2, a shared 2-core machine): loading the converter takes
about 5 ms; converting a 100 KB traditional text takes about 3 ms (the pure-Python
``opencc-python-reimplemented`` 0.1.7 takes about 165 ms on the same text, and installs
into the same ``opencc`` package folder, so the two cannot be installed together).

Examples
--------
>>> to_simplified("偵辦案件1.8萬餘起，打掉團夥")
'侦办案件1.8万余起，打掉团伙'
>>> detect_language("侦破案件3900余起"), detect_language("3,900 cases"), detect_language("2021")
('zh', 'en', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["detect_language", "is_chinese", "script_counts", "to_simplified"]


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise ImportError(
            "bulletin.text.script needs the OpenCC converter: pip install opencc==1.4.2"
        ) from exc
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified Chinese script, with the same length as ``text``.

    Parameters
    ----------
    text
        Any text; characters that are not traditional Chinese are returned unchanged.

    Returns
    -------
    str
        The converted text; ``result[i]`` is the simplified form of ``text[i]``.

    Examples
    --------
    >>> to_simplified("抓獲嫌疑人2.7萬餘名，關停網站")
    '抓获嫌疑人2.7万余名，关停网站'
    >>> s = "扣押手機黑卡300餘萬張"
    >>> len(to_simplified(s)) == len(s)
    True
    """
    if not text or text.isascii() or not _CJK.search(text):
        return text  # t2s changes only CJK characters (checked over every code point)
    converter = _converter()
    out = converter.convert(text)
    if len(out) != len(text):  # never seen with opencc 1.4.2; keep offsets safe anyway
        out = "".join(_one(converter, char) for char in text)
    return out


def _one(converter, char: str) -> str:
    converted = converter.convert(char)
    return converted if len(converted) == 1 else char


#: A CJK character carries about as much text as this many Latin letters.
LETTERS_PER_CHARACTER = 3

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a]")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def script_counts(text: str) -> tuple[int, int, int]:
    """The numbers of CJK characters, Latin letters (accented and full-width ones too) and
    other letters (Cyrillic, Greek, kana, Hangul, Arabic ...) in ``text``.

    ASCII is counted in one pass over its bytes; only the non-ASCII runs are looked at
    character by character.

    >>> script_counts("3.7万余起 cases"), script_counts("Полиция 12")
    ((3, 5, 0), (0, 0, 7))
    """
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    cjk = other = 0
    for run in _NON_ASCII.findall(text):
        chinese = len(_CJK.findall(run))
        cjk += chinese
        if chinese < len(run):
            for char in run:
                if char.isalpha() and not _CJK.match(char):
                    if _LATIN.match(char):
                        latin += 1
                    else:
                        other += 1
    return cjk, latin, other


def detect_language(text: str) -> str | None:
    """``'zh'``, ``'en'`` or ``None``, from the weight of CJK characters against letters.

    A CJK character counts as :data:`LETTERS_PER_CHARACTER` Latin letters (a character
    carries about as much as a short word), so a Chinese text full of URLs and English
    names stays Chinese: the text is ``'zh'`` when the characters weigh at least as much
    as the Latin letters (a share of at least a quarter of the two), else ``'en'``. It is
    ``None`` when it has neither, or when other letters (Cyrillic, Greek, kana, Hangul,
    Arabic ...) outweigh them.

    Examples
    --------
    >>> detect_language("抓获犯罪嫌疑人2600余名（见 https://example.cn/a.htm）")
    'zh'
    >>> detect_language("Police arrested 2,600 suspects (抓获).")
    'en'
    >>> detect_language("Полиция задержала 2600 человек"), detect_language("12 345")
    (None, None)
    """
    cjk, latin, other = script_counts(text)
    weight = cjk * LETTERS_PER_CHARACTER
    if weight + latin == 0 or other > weight + latin:
        return None
    return "zh" if weight >= latin else "en"


def is_chinese(text: str) -> bool:
    """Whether :func:`detect_language` reads ``text`` as Chinese.

    Examples
    --------
    >>> is_chinese("净网2021专项行动"), is_chinese("Clean Net 2021")
    (True, False)
    """
    return detect_language(text) == "zh"
