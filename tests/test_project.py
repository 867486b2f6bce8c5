"""The project's own set-up: environment files agree, data files are documented."""

import re
import tomllib

from bulletin.paths import PACKS, ROOT, SHARED


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def environment_pip_lines():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    block = text.split("- pip:", 1)[1]
    return [m.group(1).strip() for m in re.finditer(r"^\s+-\s+(.+)$", block, re.M)]


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = pyproject()["project"]
    extras = project["optional-dependencies"]
    wanted = set(project["dependencies"]).union(*(extras[e] for e in ("notebooks", "lab", "test")))
    pip = environment_pip_lines()
    assert set(line for line in pip if not line.startswith("-e")) == wanted
    assert "-e ." in pip


def test_environment_yml_pins_a_supported_python_on_conda_forge():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "conda-forge" in text and re.search(r"-\s+python=3\.1[123]\b", text)
    assert pyproject()["project"]["requires-python"] == ">=3.11,<3.14"


def test_every_data_file_has_a_column_table():
    shared = (SHARED / "README.md").read_text(encoding="utf-8")
    for path in sorted(SHARED.glob("*.csv")):
        assert f"`{path.name}`" in shared, f"{SHARED.name}/README.md does not describe {path.name}"
    for pack in sorted(p for p in PACKS.iterdir() if p.is_dir()):
        readme = pack / "README.md"
        text = shared + (readme.read_text(encoding="utf-8") if readme.is_file() else "")
        for path in sorted(pack.glob("*/*.csv")):
            assert f"`{path.name}`" in text, f"no README describes {path.relative_to(ROOT)}"


def test_the_shared_tables_ship_with_the_package():
    project = pyproject()
    data = project["tool"]["setuptools"]["package-data"]["bulletin"]
    assert "data/*.csv" in data and "data/README.md" in data


def test_ci_runs_the_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
