"""Regular expressions compiled on first use.

Compiling a pattern costs far more than most searches with it (a class of Chinese
characters such as ``[\\u3400-\\u9fff]`` alone takes 1-2 ms), and a module compiles its
patterns when it is imported. A pattern only one language needs is made a :class:`LazyPattern`,
so a run over an English text never compiles the Chinese ones, and vice versa.

Examples
--------
>>> ONE = LazyPattern(r"一(?=[个名起])")
>>> ONE.search("抓获一名").start()
2
>>> ONE.pattern
'一(?=[个名起])'
"""

from __future__ import annotations

import re

__all__ = ["LazyPattern"]

#: The methods a lazy pattern binds to its compiled pattern on first use, so that later
#: calls cost what calls on a compiled pattern cost.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A regular expression that compiles itself the first time one of its methods or
    attributes (``search``, ``match``, ``finditer``, ``pattern`` ...) is used.

    >>> DIGITS = LazyPattern(r"\\d+")
    >>> [m.group() for m in DIGITS.finditer("12 and 345")]
    ['12', '345']
    """

    def __init__(self, source: str, flags: int = 0):
        self._source, self._flags = source, flags

    def __getattr__(self, name: str):
        if name.startswith("_"):  # not set yet (copy, pickle): never compile for these
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.compiled = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"
