"""What a campaign figure counts, and whether two figures count the same thing.

A row of the campaign-figures table carries its marks in columns of its own (see
:mod:`bulletin.analysis.scopes`): ``comparable`` (``yes``, ``maybe``, ``no``: does it count the
same class as the campaign's other reports), ``inferred`` (is its operation the project's
inference) and ``counting_verb`` (the verb in ``counted`` that says how it was counted,
in simplified script). :func:`comparability` reads those columns and the head noun of
``counted`` (:func:`counted_noun`); nothing here reads the free-text ``note``.

Examples
--------
>>> comparability([{"comparable": "no", "inferred": "no"}])
'category differs'
>>> comparability(a=[{"counted": "抓获涉案人员", "counting_verb": "抓获"}],
...               b=[{"counted": "抓获犯罪嫌疑人", "counting_verb": "抓获"}])
'counted noun differs'
"""

from __future__ import annotations

from bulletin.lexicon.zh_grammar import COUNTING_MEANINGS
from bulletin.text.script import to_simplified

#: The verbs that say how a case or a person was counted (simplified characters), with
#: their meaning: 侦破 and 破获 count cases solved (cracked), 侦办 cases handled
#: (investigated, which can be the larger set), 抓获 persons arrested, 查处 persons
#: investigated and dealt with, 查获 persons found. They are the verbs of the Chinese verb
#: lexicon (``lexicon/zh/verbs.toml``) that carry a ``counts`` meaning.
COUNTING_VERBS: dict[str, str] = dict(COUNTING_MEANINGS)
#: The nouns that say who or what was counted, with their meaning. 涉案人员 (persons
#: involved in the cases) is wider than 犯罪嫌疑人 (criminal suspects): it can take in
#: people dealt with administratively.
COUNTED_NOUNS = {"犯罪嫌疑人": "criminal suspects", "涉案人员": "persons involved in the cases",
                 "内部人员": "insiders", "内鬼": "insiders", "人员": "persons",
                 "刑事案件": "criminal cases", "案件": "cases"}

#: Flags of :func:`comparability` that leave two figures comparable (a caveat only).
SOFT_FLAGS = ("counting verb varies by source",)


def _simplified(text: str) -> str:
    return to_simplified(text or "")


def counted_noun(counted: str) -> str:
    """The head noun (:data:`COUNTED_NOUNS`) of a row's ``counted`` words: the last one.

    Traditional characters are read as simplified. Returns ``""`` when the words hold none
    (an English wording, or a count of websites).

    Examples
    --------
    >>> counted_noun("抓获涉案人员"), counted_noun("抓獲犯罪嫌疑人"), counted_noun("查获重点行业内部涉案人员")
    ('涉案人员', '犯罪嫌疑人', '涉案人员')
    >>> counted_noun("在侦破侵犯公民个人信息案件中抓获各行业“内鬼”"), counted_noun("关停网站")
    ('内鬼', '')
    """
    text = _simplified(counted)
    found = []
    for noun in sorted(COUNTED_NOUNS, key=len, reverse=True):
        start = text.find(noun)
        while start >= 0:
            end = start + len(noun)
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, noun))
            start = text.find(noun, start + 1)
    return max(found)[2] if found else ""


def counting_verb(counted: str) -> str:
    """The counting verb (:data:`COUNTING_VERBS`) of a row's ``counted`` words: the last
    one before its head noun (:func:`counted_noun`), or the first one when it has none.

    Traditional characters are read as simplified (偵辦 is 侦办). Returns ``""`` when the
    words hold none of the verbs (an English wording, or a verb such as 关停).

    Examples
    --------
    >>> counting_verb("侦破案件"), counting_verb("偵辦案件"), counting_verb("破獲侵犯公民個人信息案件")
    ('侦破', '侦办', '破获')
    >>> counting_verb("打掉非法支付结算等各类团伙 ... 抓获犯罪嫌疑人")
    '抓获'
    >>> counting_verb("在侦破侵犯公民个人信息案件中抓获各行业“内鬼”")
    '抓获'
    >>> counting_verb("criminal suspects (en, pack text)")
    ''
    """
    text = _simplified(counted)
    verbs = sorted((text.find(v), v) for v in COUNTING_VERBS if v in text)
    if not verbs:
        return ""
    noun = counted_noun(text)
    head = text.rfind(noun) if noun else -1
    before = [v for at, v in verbs if at < head]
    return before[-1] if before else verbs[0][1]


def _nouns(wordings) -> set[str]:
    return {COUNTED_NOUNS[n] for n in (counted_noun(w["counted"]) for w in wordings) if n}


def _verbs(wordings) -> set[str]:
    return {COUNTING_VERBS[v] for v in (w.get("counting_verb", "") for w in wordings) if v}


def comparability(rows=(), a=(), b=()) -> str:
    """Whether two figures count the same thing, as their rows' columns say.

    Parameters
    ----------
    rows
        The rows (mappings) of both figures: read for ``comparable`` (``no`` or ``maybe``
        flags the pair) and ``inferred`` (``yes`` or ``True``).
    a, b
        Every wording (all its sources) of each figure: mappings with ``counted`` and
        ``counting_verb``. Their head nouns (:func:`counted_noun`) and counting verbs are
        compared by meaning: 侦破 and 破获 both mean solved.

    Returns
    -------
    str
        ``yes`` when nothing says otherwise; else, joined by ``; ``: ``category differs`` or
        ``category may differ``; ``counted noun differs`` (the two figures' nouns share no
        meaning: persons involved against criminal suspects); ``counting verb differs`` (no
        wording of one uses a verb of the other's meaning), or ``counting verb varies by
        source`` (some wording of one figure uses the other's verb: the difference may be
        the outlet's wording, not the count's); ``operation inferred``.

    Examples
    --------
    >>> comparability([{"comparable": "yes", "inferred": "no"}])
    'yes'
    >>> comparability([{"comparable": "maybe", "inferred": "yes"}])
    'category may differ; operation inferred'
    >>> solved = {"counted": "侦破案件", "counting_verb": "侦破"}
    >>> comparability(a=[solved], b=[{"counted": "偵辦案件", "counting_verb": "侦办"}])
    'counting verb differs'
    >>> comparability(a=[solved], b=[{"counted": "侦办案件", "counting_verb": "侦办"},
    ...                              {"counted": "破獲案件", "counting_verb": "破获"}])
    'counting verb varies by source'
    >>> comparability(a=[{"counted": "抓获犯罪嫌疑人", "counting_verb": "抓获"}],
    ...               b=[{"counted": "抓獲犯罪嫌疑人", "counting_verb": "抓获"}])
    'yes'
    """
    marks = {r.get("comparable", "yes") for r in rows}
    found = []
    if "no" in marks:
        found.append("category differs")
    elif "maybe" in marks:
        found.append("category may differ")
    nouns_a, nouns_b = _nouns(a), _nouns(b)
    if nouns_a and nouns_b and not nouns_a & nouns_b:
        found.append("counted noun differs")
    verbs_a, verbs_b = _verbs(a), _verbs(b)
    if verbs_a and verbs_b:
        if not verbs_a & verbs_b:
            found.append("counting verb differs")
        elif verbs_a != verbs_b:
            found.append("counting verb varies by source")
    if any(r.get("inferred") in ("yes", True) for r in rows):
        found.append("operation inferred")
    return "; ".join(found) or "yes"


def like_for_like(comparable: str) -> bool:
    """Whether a :func:`comparability` result leaves two figures counting the same thing
    (nothing flagged, or only the soft :data:`SOFT_FLAGS`).

    >>> like_for_like("yes"), like_for_like("counting verb varies by source")
    (True, True)
    >>> like_for_like("counting verb differs"), like_for_like("counted noun differs")
    (False, False)
    """
    flags = [f for f in comparable.split("; ") if f != "yes"]
    return all(f in SOFT_FLAGS for f in flags)
