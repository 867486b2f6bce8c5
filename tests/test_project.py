"""The project's own set-up: environment files agree, data files are documented."""

import re
import tomllib

from bulletin.paths import DATA, ROOT


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def environment_pip_lines():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    block = text.split("- pip:", 1)[1]
    return [m.group(1).strip() for m in re.finditer(r"^\s+-\s+(.+)$", block, re.M)]


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = pyproject()["project"]
    wanted = set(project["dependencies"]) | set(project["optional-dependencies"]["test"])
    pip = environment_pip_lines()
    assert set(line for line in pip if not line.startswith("-e")) == wanted
    assert "-e ." in pip


def test_environment_yml_pins_python_311_on_conda_forge():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "conda-forge" in text and re.search(r"-\s+python=3\.11\b", text)


def test_every_data_file_has_a_column_table():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for path in sorted(DATA.glob("*/*.csv")):
        assert f"`{path.name}`" in readme, f"data/README.md does not describe {path.name}"


def test_ci_runs_the_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
