"""The command line, run as a user runs it."""

import csv
import io
import json
import subprocess
import sys

import pytest

from bulletin.paths import BULLETIN, PROCESSED, ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "bulletin", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_claims_prints_the_37_claims_as_csv():
    result = run("claims", str(BULLETIN))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 37
    assert list(rows[0]) == ["start", "end", "text", "value", "qualifier", "low", "high", "kind",
                             "noun", "measure", "verb", "operation", "metric", "paragraph", "quote"]
    assert rows[0]["text"] == "more than 37,000" and rows[0]["high"] == "38000"


def test_figures_as_json_with_the_bound_reading():
    result = run("figures", str(BULLETIN), "--format", "json", "--reading", "bound")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    first = records[0]
    assert {"start", "end", "text", "value", "qualifier", "low", "high", "kind", "noun"} <= set(first)
    assert first["value"] == 37000 and first["high"] is None


def test_unclaimed_lists_the_names():
    result = run("unclaimed", str(BULLETIN))
    assert result.returncode == 0
    assert "part of a quoted name" in result.stdout
    assert "unexplained" not in result.stdout


def test_committed_claims_table_is_what_the_command_writes():
    result = run("claims", str(BULLETIN))
    committed = (PROCESSED / "claims.csv").read_text(encoding="utf-8")
    assert result.stdout == committed, "data/processed/claims.csv is stale: run `make claims`"


def test_output_option_writes_a_file(tmp_path):
    out = tmp_path / "claims.json"
    result = run("claims", str(BULLETIN), "--format", "json", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 37


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"", "is empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "looks binary"),
    (b"Police solved \xff\xfe 12 cases", "is not UTF-8"),
])
@pytest.mark.parametrize("command", ["figures", "claims"])
def test_bad_input_gives_one_line_and_status_2(tmp_path, command, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run(command, str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_a_new_bulletin(tmp_path):
    path = tmp_path / "other.txt"
    path.write_text("Title\n\nIn the “Protecting Seedlings” campaign, police solved nearly "
                    "two hundred cases and saved 35 minors in a 3-month drive.\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("claims", str(path)).stdout)))
    assert [(r["operation"], r["metric"], r["value"], r["qualifier"]) for r in rows] == [
        ("protecting_seedlings", "cases", "200", "nearly"),
        ("protecting_seedlings", "minors_rescued", "35", "exact"),
    ]


def test_a_headline_sentence_does_not_swallow_the_next_one(tmp_path):
    path = tmp_path / "yearend.txt"
    path.write_text("Title\n\nA total of more than 62,000 cases were solved this year. Police also "
                    "shut 16 websites.\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("claims", str(path)).stdout)))
    assert [(r["operation"], r["metric"]) for r in rows] == [
        ("headline", "cases"), ("unassigned", "websites_shut")]
