"""The command line, run as a user runs it."""

import csv
import io
import json
import subprocess
import sys

import pytest

from bulletin.packs.pack import project_pack
from bulletin.paths import ROOT

OCTOBER = project_pack("jingwang2021-stage")
RAW = OCTOBER.raw


def run(*args):
    return subprocess.run([sys.executable, "-m", "bulletin", *args], capture_output=True,
                          text=True, cwd=ROOT)


def rows_of(result):
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_text(text, encoding=encoding)
    return path


def test_claims_prints_the_37_claims_as_csv():
    rows = rows_of(run("claims", str(RAW)))
    assert len(rows) == 37
    assert list(rows[0]) == ["start", "end", "text", "value", "qualifier", "low", "high", "kind",
                             "noun", "measure", "verb", "operation", "metric", "paragraph",
                             "quote", "lang", "clause", "same_as"]
    assert rows[0]["text"] == "more than 37,000" and rows[0]["high"] == "38000"
    assert {r["lang"] for r in rows} == {"en"} and {r["measure"] for r in rows} == {""}


def test_figures_as_json_with_the_bound_reading():
    result = run("figures", str(RAW), "--format", "json", "--reading", "bound")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    first = records[0]
    assert {"start", "end", "text", "value", "qualifier", "low", "high", "kind", "noun"} <= set(first)
    assert first["value"] == 37000 and first["high"] is None


def test_unclaimed_lists_the_names():
    result = run("unclaimed", str(RAW))
    assert result.returncode == 0
    assert "part of a quoted name" in result.stdout
    assert "unexplained" not in result.stdout


def test_committed_claims_table_is_what_the_command_writes():
    result = run("claims", str(RAW))
    committed = OCTOBER.processed("claims.csv").read_text(encoding="utf-8")
    assert result.stdout == committed, (
        "the pack's processed/claims.csv is stale: run "
        "`python -m bulletin claims <raw> -o <processed/claims.csv>`")


def test_the_pack_beside_the_file_gives_its_operation_ids(tmp_path):
    copy = write(tmp_path, "copy.txt", RAW.read_text(encoding="utf-8"))
    with_pack = rows_of(run("claims", str(copy), "--pack", str(OCTOBER.root)))
    without = rows_of(run("claims", str(copy)))
    assert [r["operation"] for r in with_pack] == [r["operation"] for r in rows_of(run("claims", str(RAW)))]
    assert [r["value"] for r in without] == [r["value"] for r in with_pack]
    assert "water_army" in {r["operation"] for r in with_pack}
    assert "water_army" not in {r["operation"] for r in without}


def test_output_option_writes_a_file(tmp_path):
    out = tmp_path / "claims.json"
    result = run("claims", str(RAW), "--format", "json", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 37


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"", "is empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "looks binary"),
    (b"Police solved \xff\xfe 12 cases", "is not UTF-8"),
    ("Полиция раскрыла 12 дел.".encode(), "cannot tell the language"),
    (b"12 345 678", "cannot tell the language"),
])
@pytest.mark.parametrize("command", ["figures", "claims", "unclaimed"])
def test_bad_input_gives_one_line_and_status_2(tmp_path, command, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run(command, str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_a_bad_pack_gives_one_line_and_status_2(tmp_path):
    path = write(tmp_path, "b.txt", "Police solved 12 cases.\n")
    result = run("claims", str(path), "--pack", str(tmp_path))
    assert result.returncode == 2 and "error: " in result.stderr and "pack" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_new_bulletin(tmp_path):
    path = write(tmp_path, "other.txt",
                 "Title\n\nIn the “Protecting Seedlings” campaign, police solved nearly "
                 "two hundred cases and saved 35 minors in a 3-month drive.\n")
    rows = rows_of(run("claims", str(path)))
    assert [(r["operation"], r["metric"], r["value"], r["qualifier"]) for r in rows] == [
        ("protecting_seedlings", "cases", "200", "nearly"),
        ("protecting_seedlings", "minors_rescued", "35", "exact"),
    ]


@pytest.mark.parametrize("pack_args", [(), ("--pack", str(OCTOBER.root))], ids=["no pack", "pack"])
def test_a_headline_sentence_does_not_swallow_the_next_one(tmp_path, pack_args):
    path = write(tmp_path, "yearend.txt",
                 "Title\n\nA total of more than 62,000 cases were solved this year. Police also "
                 "shut 16 websites. They solved 40 cases of gambling.\n")
    rows = rows_of(run("claims", str(path), *pack_args))
    assert [(r["operation"], r["metric"]) for r in rows][0] == ("headline", "cases")
    assert (rows[1]["metric"], rows[1]["operation"]) == ("websites_shut", "headline")
    assert rows[2]["operation"] == "gambling"


def test_chinese_claims_are_detected_and_read(tmp_path):
    path = write(tmp_path, "zh.txt",
                 "今年以来，全国公安机关共侦破案件3.7万余起，抓获犯罪嫌疑人8万余名。\n"
                 "在“护苗”行动中，侦破案件60余起，关停网站16个。\n")
    rows = rows_of(run("claims", str(path)))
    assert [(r["text"], r["value"], r["qualifier"], r["measure"], r["metric"], r["lang"])
            for r in rows] == [
        ("3.7万余", "37000", "more_than", "起", "cases", "zh"),
        ("8万余", "80000", "more_than", "名", "suspects", "zh"),
        ("60余", "60", "more_than", "起", "cases", "zh"),
        ("16", "16", "exact", "个", "websites_shut", "zh"),
    ]
    assert [r["operation"] for r in rows][:2] == ["headline", "headline"]
    assert rows[2]["operation"] == rows[3]["operation"] == "护苗行动"


def test_traditional_script_gives_the_same_claims(tmp_path):
    simplified = write(tmp_path, "s.txt", "全年共侦办案件6.2万余起，抓获犯罪嫌疑人10.3万余名，关停网站1200余个。\n")
    traditional = write(tmp_path, "t.txt", "全年共偵辦案件6.2萬餘起，抓獲犯罪嫌疑人10.3萬餘名，關停網站1200餘個。\n")
    key = ("value", "qualifier", "metric", "operation", "start", "end")
    assert [tuple(r[k] for k in key) for r in rows_of(run("claims", str(traditional)))] == \
        [tuple(r[k] for k in key) for r in rows_of(run("claims", str(simplified)))]


def test_lang_forces_the_finder(tmp_path):
    path = write(tmp_path, "mixed.txt", "Police solved 12 cases.\n")
    assert [r["value"] for r in rows_of(run("figures", str(path), "--lang", "en"))] == ["12"]
    assert rows_of(run("claims", str(path), "--lang", "zh")) == []
    result = run("claims", str(path), "--lang", "fr")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_unclaimed_works_on_chinese_and_explains_every_numeral(tmp_path):
    path = write(tmp_path, "zh.txt",
                 "6月24日15时，公安机关连续第3年开展“净网2021”专项行动，打掉一个团伙，"
                 "侦破涉案金额超过1000万元的案件30起。举报电话12377。\n")
    rows = rows_of(run("unclaimed", str(path)))
    reasons = {r["text"]: r["reason"] for r in rows}
    assert set(reasons) == {"6", "24", "15", "3", "2021", "一", "1000", "12377"}
    assert "unexplained" not in reasons.values()
    assert "date" in reasons["6"] and "clock" in reasons["15"] and "ordinal" in reasons["3"]
    assert "indefinite" in reasons["一"] and "threshold" in reasons["1000"]
    assert "phone" in reasons["12377"]


def test_a_folder_gives_one_table_with_file_and_lang(tmp_path):
    write(tmp_path, "a.txt", "Police solved 12 cases and arrested 30 suspects.\n")
    write(tmp_path, "b.md", "侦破案件3起，抓获犯罪嫌疑人5名。\n")
    write(tmp_path, "ignored.csv", "Police solved 99 cases.\n")
    rows = rows_of(run("claims", str(tmp_path)))
    assert [(r["file"], r["lang"], r["value"]) for r in rows] == [
        ("a.txt", "en", "12"), ("a.txt", "en", "30"), ("b.md", "zh", "3"), ("b.md", "zh", "5")]
    assert list(rows[0])[:3] == ["file", "lang", "start"]
    figures = rows_of(run("figures", str(tmp_path)))
    assert list(figures[0])[:2] == ["file", "lang"] and len(figures) == 4


def test_a_folder_names_the_files_that_fail_and_gives_the_rest(tmp_path):
    write(tmp_path, "a.txt", "Police solved 12 cases.\n")
    (tmp_path / "b.txt").write_bytes(b"Police solved \xff 13 cases")
    write(tmp_path, "c.txt", "Полиция раскрыла 14 дел.\n")
    write(tmp_path, "d.txt", "Police solved 15 cases.\n")
    result = run("claims", str(tmp_path))
    assert result.returncode == 2
    assert [r["value"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["12", "15"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and errors[0].startswith("error: b.txt is not UTF-8")
    assert errors[1].startswith("error: c.txt: ") and "Traceback" not in result.stderr


def test_offsets_index_the_file_as_python_reads_it_with_a_bom(tmp_path):
    text = "\ufeffTitle\n\nPolice solved more than 3,900 cases.\n侦破案件60余起。\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(text.encode("utf-8"))
    read_back = path.read_text(encoding="utf-8")
    for command in ("figures", "claims", "unclaimed"):
        for row in rows_of(run(command, str(path))):
            assert read_back[int(row["start"]):int(row["end"])] == row["text"]
    claims = rows_of(run("claims", str(path)))
    assert [r["text"] for r in claims] == ["more than 3,900", "60余"]


def test_an_empty_folder_gives_one_line_and_status_2(tmp_path):
    result = run("claims", str(tmp_path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error: ") and "no text files" in result.stderr


def test_a_long_run_on_a_terminal_shows_its_progress(tmp_path, monkeypatch, capsys):
    from bulletin import cli
    from bulletin.cli import tables

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for n in range(3):
        write(tmp_path, f"{n}.txt", f"Police solved {n + 10} cases.\n")
    terminal = Terminal()
    monkeypatch.setattr(tables, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["claims", str(tmp_path)]) == 0
    assert "[3/3] 2.txt" in terminal.getvalue()
    assert len(capsys.readouterr().out.strip().splitlines()) == 4


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path):
    for n in range(3):
        write(tmp_path, f"{n}.txt", f"Police solved {n + 10} cases.\n")
    result = run("claims", str(tmp_path))
    assert result.returncode == 0 and result.stderr == ""


def test_a_latin_text_in_another_language_gives_status_2(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("La police a démantelé 12 réseaux et arrêté 300 suspects dans les villes.\n",
                    encoding="utf-8")
    result = run("claims", str(path))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not in English" in lines[0]
    forced = run("claims", str(path), "--lang", "en")
    assert forced.returncode == 0 and forced.stdout.count("\n") == 3


def test_a_forced_language_that_finds_nothing_says_so(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("Police arrested 300 suspects and solved 12 cases.\n", encoding="utf-8")
    result = run("claims", str(path), "--lang", "zh")
    assert result.returncode == 0 and result.stdout.count("\n") == 1
    assert "--lang zh found no claims" in result.stderr and "reads as en" in result.stderr


@pytest.mark.parametrize("text", ["Police seized " + "9" * 5000 + " phones.",
                                  "共缴获手机" + "9" * 5000 + "部，" + "万亿" * 500 + "元。",
                                  "\u200b“”（（【1,,,2..3】））\ufeff\n\n\n" + "万" * 1000])
def test_odd_texts_give_a_table_or_one_clear_line(tmp_path, text):
    result = run("claims", str(write(tmp_path, "odd.txt", text)))
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error:")
    else:
        assert result.stdout.startswith("start,end,text")
