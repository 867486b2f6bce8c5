"""Which language a text is in, read from its script; and simplified folding of Chinese.

:func:`detect_language` counts Chinese characters (CJK ideographs, simplified or
traditional) against Latin letters: a Chinese character carries about as much text as
three Latin letters, so a text is ``zh`` when ``3 × characters ≥ letters``, ``en`` when it
has Latin letters and fewer characters, and ``None`` when it has neither (or when other
scripts, such as Cyrillic, kana or Hangul, outweigh both). :func:`language_runs` does the
same paragraph by paragraph, so that a bilingual text (an English relay with the Chinese
original under each paragraph) is read with the right finder in each part.

:func:`fold` maps traditional characters to simplified ones, one character for one, so
that offsets into the folded text are offsets into the original. The word lists of the
package (verbs, cues, metric patterns) are written in simplified script and matched
against folded text; what a table shows (quotes, nouns) stays as printed.

Examples
--------
>>> detect_language("Police solved 3,900 cases."), detect_language("侦破案件3900余起。")
('en', 'zh')
>>> detect_language("偵破案件3900餘起。"), detect_language("Полиция раскрыла 3900 дел."), detect_language("2021")
('zh', None, None)
>>> fold("偵辦網絡犯罪案件6.2萬起")
'侦办网络犯罪案件6.2万起'
"""

from __future__ import annotations

import re

from bulletin.errors import BulletinError
from bulletin.lexicon.load import table
from bulletin.text.script import detect_language, script_counts, to_simplified

LANGUAGES = ("en", "zh")
#: A paragraph with fewer Chinese characters and fewer Latin letters than these takes
#: its text's language (a line such as "2021-10-14" or "Source: CCTV" says little).
MIN_CHARACTERS, MIN_LETTERS = 4, 12

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_FUNCTION_WORDS = table("en", "function_words")
_ENGLISH = frozenset(_FUNCTION_WORDS["english"])
_OTHER = frozenset(_FUNCTION_WORDS["other"])
_WORD = re.compile(r"[^\W\d_]+")
#: How much of a text tells its language: its first characters.
LANGUAGE_SAMPLE = 1500
#: A text is in another Latin-script language when it has at least this many of the other
#: languages' function words, and more than twice as many as English ones; a short text
#: with no English function word at all needs only :data:`MIN_OTHER_WORDS_ALONE`.
MIN_OTHER_WORDS = 3
MIN_OTHER_WORDS_ALONE = 2
NOT_ENGLISH = ("the text is written in Latin letters but not in English (it reads as French, "
               "Spanish, German or another language); the engine reads English and Chinese: "
               "give --lang en to read it as English all the same")


def other_latin_language(text: str) -> bool:
    """Whether ``text``, in Latin letters, is in a language other than English: it holds
    mostly the function words of French, Spanish, Italian, German ... (``en/function_words.toml``).

    >>> other_latin_language("La police a démantelé 12 réseaux et arrêté 300 suspects dans les villes.")
    True
    >>> other_latin_language("Police dismantled 12 gangs and arrested 300 suspects in the cities.")
    False
    >>> other_latin_language("Le ministère a arrêté 300 suspects et fermé 40 sites.")
    True
    >>> other_latin_language("Police arrested 300 suspects.")
    False
    """
    words = _WORD.findall(text[:LANGUAGE_SAMPLE].lower())
    english = sum(1 for word in words if word in _ENGLISH)
    other = sum(1 for word in words if word in _OTHER)
    if english == 0:
        return other >= MIN_OTHER_WORDS_ALONE
    return other >= MIN_OTHER_WORDS and other > 2 * english


def fold(text: str) -> str:
    """``text`` with traditional Chinese characters replaced by simplified ones
    (:func:`bulletin.text.script.to_simplified`, OpenCC); the same length, so offsets carry over."""
    return to_simplified(text)


def language_runs(text: str, paras, lang: str | None = None) -> list[tuple[int, int, str]]:
    """The text cut into runs of one language: ``(start, end, lang)``, covering all of it.

    Each paragraph (``paras``, from :func:`bulletin.text.spans.paragraphs`) takes the language
    its own script shows; a short one (fewer than :data:`MIN_CHARACTERS` Chinese characters
    and :data:`MIN_LETTERS` Latin letters) or one in neither
    language takes the text's. ``lang`` forces one language for the whole text. A text in
    Latin letters that is not English (:func:`other_latin_language`) raises
    :class:`~bulletin.errors.BulletinError` unless ``lang`` is given.
    Consecutive paragraphs of one language make one run, so a text in one language is a
    single run from 0 to its end.

    >>> from bulletin.text.spans import paragraphs
    >>> doc = "Police solved 3 cases in the city.\\n侦破案件3起，抓获犯罪嫌疑人5名。"
    >>> language_runs(doc, paragraphs(doc))
    [(0, 35, 'en'), (35, 52, 'zh')]
    """
    overall = lang or detect_language(text)
    if overall is None:
        return []
    if lang is None and overall == "en" and other_latin_language(text):
        raise BulletinError(NOT_ENGLISH)
    if lang is not None or (overall == "en" and not _CJK.search(text)):
        return [(0, len(text), overall)]
    runs: list[list] = []
    for para in paras:
        cjk, latin, _ = script_counts(para.text)
        own = detect_language(para.text) if cjk >= MIN_CHARACTERS or latin >= MIN_LETTERS \
            else None
        own = own or overall
        if runs and runs[-1][2] == own:
            continue
        if runs:
            runs[-1][1] = para.start
        runs.append([para.start if runs else 0, len(text), own])
    return [tuple(run) for run in runs] or [(0, len(text), overall)]
