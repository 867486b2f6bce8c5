"""The engine's layers: the import-linter contract in pyproject.toml holds, and it can fail."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bulletin.paths import ROOT

LINT = Path(sys.executable).with_name("lint-imports")


def lint(package_parent: Path) -> subprocess.CompletedProcess:
    """Run the project's contract on the ``bulletin`` package found in ``package_parent``."""
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, env=env, cwd=package_parent)


def copy_package(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "src" / "bulletin", tmp_path / "bulletin",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_the_layers_hold():
    run = lint(ROOT / "src")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 kept, 0 broken" in run.stdout


def test_a_wrong_way_import_breaks_the_contract(tmp_path):
    """The lexicon (a low layer) importing the report (a high one) is refused."""
    copy = copy_package(tmp_path)
    metrics = copy / "bulletin" / "lexicon" / "metrics.py"
    metrics.write_text(metrics.read_text(encoding="utf-8") + "\nimport bulletin.report.site\n",
                       encoding="utf-8")
    run = lint(copy)
    assert run.returncode != 0
    assert "BROKEN" in run.stdout and "bulletin.lexicon.metrics -> bulletin.report.site" in run.stdout


def test_every_module_of_the_package_sits_in_a_layer():
    """A new top-level module must be placed in the contract, not left outside it."""
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = config["tool"]["importlinter"]["contracts"]
    named = {m.strip().removeprefix("bulletin.") for layer in contract["layers"]
             for m in layer.replace("|", ":").split(":")}
    package = ROOT / "src" / "bulletin"
    found = {p.stem if p.is_file() else p.name for p in package.iterdir()
             if (p.suffix == ".py" or (p / "__init__.py").is_file())
             and p.name not in ("__init__.py", "__main__.py")}
    assert found == named
