"""One guard over every module of the package: the engine names no bulletin and no campaign.

A pack's operation ids, its id and title, the campaign's name and folder, a year or the
publisher may appear in docstrings as examples, never in code. The words come
from the project's own packs and campaign folders, so a new pack extends the guard.
"""

import ast
import re

import pytest

from bulletin.paths import CAMPAIGNS, ROOT
from bulletin.packs.pack import project_packs

PACKAGE = ROOT / "src" / "bulletin"
MODULES = sorted(PACKAGE.rglob("*.py"))
#: Words of a particular bulletin that no general code needs.
FIXED = {"Cleaning the Internet", "净网", "Ministry", "2018–2024"}
_YEAR = re.compile(r"(?<!\d)20[0-4]\d(?!\d)")


def bulletin_words() -> set[str]:
    words = set(FIXED)
    for pack in project_packs():
        words |= {op.operation for op in pack.operations} - {"headline"}
        words |= {pack.id, pack.title}
    words |= {folder.name for folder in CAMPAIGNS.iterdir() if folder.is_dir()}
    return words


def code_constants(path):
    """String and number constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and id(n) not in docstrings]


WORDS = bulletin_words()


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_code_names_no_bulletin(path):
    for value in code_constants(path):
        if isinstance(value, str):
            named = [w for w in WORDS if w in value]
            assert not named, f"{path.name} names {named} in {value[:60]!r}"
            assert not _YEAR.search(value), f"{path.name} names a year in {value[:60]!r}"
        elif isinstance(value, int) and not isinstance(value, bool):
            assert not 2000 <= value <= 2049, f"{path.name} names the year {value}"


def test_the_guard_sees_every_module_and_catches_a_planted_name(tmp_path):
    assert len(MODULES) >= 40
    planted = tmp_path / "planted.py"
    op = sorted(WORDS - FIXED)[0]
    planted.write_text(f'"""Docstrings may say {op}."""\nX = "{op}"\n', encoding="utf-8")
    with pytest.raises(AssertionError):
        test_code_names_no_bulletin(planted)
