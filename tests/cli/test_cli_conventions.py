"""Command-line habits: stdin, --version, --help with examples and columns, a pack refused
where a text is expected, -r, a missing output folder, one-line errors with status 2."""

import csv
import io
import subprocess
import sys

import pytest

from bulletin import __version__
from bulletin.paths import ROOT


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bulletin", *args], capture_output=True,
                          text=True, cwd=ROOT, input=stdin)


def one_error(result, *words):
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_a_dash_reads_standard_input():
    result = run("claims", "-", stdin="侦破案件3900余起，抓获犯罪嫌疑人4600余名。\n")
    assert result.returncode == 0, result.stderr
    assert [r["value"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["3900", "4600"]


def test_empty_standard_input_is_one_error():
    one_error(run("check", "-", stdin=""), "standard input is empty")


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"bulletin {__version__}"


@pytest.mark.parametrize("command, column", [
    (["claims"], "operation"), (["check"], "parts_low"), (["align"], "relation"),
    (["figures"], "qualifier"), (["pack", "init"], None), (["report"], None)])
def test_help_gives_examples_and_columns(command, column):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout and "python -m bulletin " in result.stdout
    if column:
        assert "columns:" in result.stdout and column in result.stdout


def test_a_pack_given_as_a_text_is_refused_with_the_command_to_use(october):
    result = run("claims", str(october.root))
    one_error(result, "is a bulletin pack", "raw/", "python -m bulletin check")


def test_subfolders_are_skipped_with_a_line_or_read_with_r(tmp_path):
    (tmp_path / "a.txt").write_text("Police solved 12 cases.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("侦破案件3起。\n", encoding="utf-8")
    skipped = run("claims", str(tmp_path))
    assert skipped.returncode == 0
    assert "skipped 1 subfolder" in skipped.stderr and "-r" in skipped.stderr
    rows = list(csv.DictReader(io.StringIO(run("claims", str(tmp_path), "-r").stdout)))
    assert [(r["file"], r["value"]) for r in rows] == [("a.txt", "12"), ("sub/b.txt", "3")]


def test_a_missing_output_folder_is_an_error_that_names_it(tmp_path):
    text = tmp_path / "b.txt"
    text.write_text("Police solved 12 cases.\n", encoding="utf-8")
    missing = tmp_path / "nowhere"
    one_error(run("claims", str(text), "-o", str(missing / "claims.csv")), str(missing))
    one_error(run("report", str(text), "-o", str(missing)), str(missing))
    assert not missing.exists()


@pytest.mark.parametrize("args, words", [
    (["check", "nowhere.txt"], ["no such file"]),
    (["align", "nowhere.txt", "other.txt"], ["no such file"]),
    (["pack", "check", "."], ["not a bulletin pack"]),
    (["claims"], ["PATH"]),
    (["claims", "x.txt", "--format", "xml"], ["invalid choice"]),
    (["nothing"], ["invalid choice"]),
])
def test_errors_are_one_line_and_status_2(args, words):
    one_error(run(*args), *words)


def test_check_writes_markdown_and_json(october):
    markdown = run("check", str(october.root), "--format", "markdown")
    assert markdown.returncode == 0 and markdown.stdout.startswith("| check | metric | reading |")
    json_ = run("check", str(october.root), "--format", "json", "--leave-one-out")
    assert json_.returncode == 0 and '"without": "four_disruptions"' in json_.stdout
    assert '"parts_high": null' in json_.stdout  # the bound reading's open end


def test_check_on_october_agrees_with_notebook_04(october):
    result = run("check", str(october.raw))
    rows = {(r["metric"], r["reading"]): r for r in csv.DictReader(io.StringIO(result.stdout))
            if r["check"] == "parts_vs_headline"}
    assert [rows["cases", "step"][k] for k in ("parts_low", "parts_high", "total_low", "total_high",
                                               "verdict")] == ["36800", "38040", "37000", "38000",
                                                               "consistent"]
    assert [rows["suspects", "step"][k] for k in ("parts_low", "parts_high", "verdict")] == \
        ["80850", "82260", "consistent"]
    assert rows["cases", "bound"]["parts_high"] == "inf"
