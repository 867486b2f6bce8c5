"""The project's own set-up: environment files agree, data files are documented."""

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile

from bulletin.paths import PACKS, ROOT
from conftest import CAMPAIGN


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def environment_pip_lines():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    block = text.split("- pip:", 1)[1]
    return [m.group(1).strip() for m in re.finditer(r"^\s+-\s+(.+)$", block, re.M)]


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = pyproject()["project"]
    extras = project["optional-dependencies"]
    wanted = set(project["dependencies"]).union(
        *(extras[e] for e in ("charts", "notebooks", "lab", "test")))
    wanted = {w for w in wanted if not w.startswith(project["name"] + "[")}
    pip = environment_pip_lines()
    assert set(line for line in pip if not line.startswith("-e")) == wanted
    assert "-e ." in pip


def test_environment_yml_pins_a_supported_python_on_conda_forge():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "conda-forge" in text and re.search(r"-\s+python=3\.1[123]\b", text)
    assert pyproject()["project"]["requires-python"] == ">=3.11,<3.14"


def test_every_data_file_has_a_column_table():
    shared = (CAMPAIGN / "README.md").read_text(encoding="utf-8")
    for path in sorted(CAMPAIGN.glob("*.csv")):
        assert f"`{path.name}`" in shared, f"{CAMPAIGN.name}/README.md does not describe {path.name}"
    for pack in sorted(p for p in PACKS.iterdir() if p.is_dir()):
        readme = pack / "README.md"
        text = shared + (readme.read_text(encoding="utf-8") if readme.is_file() else "")
        for path in sorted(pack.glob("*/*.csv")):
            assert f"`{path.name}`" in text, f"no README describes {path.relative_to(ROOT)}"


def test_the_wheel_ships_the_engine_and_its_lexicon_but_no_campaign_evidence(tmp_path):
    """A built wheel holds the package, its lexicon and metric table, and nothing of a
    campaign or a pack (no figures across years, sources, glossary or bulletin text)."""
    source = tmp_path / "source"
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name if source.exists() else _mkdir(source) / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns(
        "__pycache__", "*.egg-info", "conftest.py"))
    out = tmp_path / "wheel"
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    [wheel] = out.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "bulletin/lexicon/metrics.csv" in names
    assert "bulletin/cli/__init__.py" in names
    data = [n for n in names if not n.endswith(".py") and not n.startswith("bulletin-")]
    assert all(n.startswith("bulletin/lexicon/") for n in data), data
    for evidence in ("campaign-figures.csv", "sources.csv", "glossary.csv", "pack.toml", ".txt"):
        assert not any(n.endswith(evidence) for n in names if n.startswith("bulletin/")), evidence


def _mkdir(path):
    path.mkdir(parents=True)
    return path


def test_ci_runs_the_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
