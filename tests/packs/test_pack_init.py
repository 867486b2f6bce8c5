"""pack init writes a whole pack from a text; pack check finds what is wrong with one;
a pack's corrections table sets a figure's noun, metric or operation."""

import csv
import io
import shutil
import subprocess
import sys
import tomllib

import pytest

from bulletin.cli import main
from bulletin.cli.pack import claims_csv, draft_operations, pack_check_problems
from bulletin.errors import BulletinError
from bulletin.packs.pack import load_pack
from bulletin.paths import ROOT

ZH = ("全省公安机关开展“净网”专项行动\n\n2021年10月14日，记者从省公安厅获悉，今年以来，全省共侦破案件1200余起，"
      "抓获犯罪嫌疑人3000余名。在“断卡”行动中，侦破案件800余起，抓获犯罪嫌疑人2000余名。"
      "在“护苗”行动中，侦破案件400余起，抓获犯罪嫌疑人900余名。\n")
EN = ("Police report on the Spring campaign\n\nA total of 1,200 cases were solved this year. "
      "In the “Spring Thunder” campaign, police solved 800 cases and arrested 700 suspects.\n")


@pytest.fixture
def zh_pack(tmp_path):
    text = tmp_path / "bulletin.zh.txt"
    text.write_text(ZH, encoding="utf-8")
    assert main(["pack", "init", str(text), str(tmp_path / "zh-pack")]) == 0
    return tmp_path / "zh-pack"


def test_init_writes_manifest_raw_reference_processed_readme(zh_pack, capsys):
    manifest = tomllib.loads((zh_pack / "pack.toml").read_text(encoding="utf-8"))
    assert manifest["id"] == "zh-pack" and manifest["language"] == "zh"
    assert manifest["title"] == "全省公安机关开展“净网”专项行动"
    assert manifest["published"] == "2021-10-14"
    assert (zh_pack / "raw" / "bulletin.zh.txt").read_text(encoding="utf-8") == ZH
    assert manifest["sha256"] in (zh_pack / "raw" / "SHA256SUMS").read_text(encoding="utf-8")
    with open(zh_pack / "reference" / "operations.csv", encoding="utf-8") as handle:
        ops = list(csv.DictReader(handle))
    assert [(o["operation"], o["group"], o["cues_zh"]) for o in ops] == [
        ("headline", "headline", ""), ("断卡行动", "operation", "断卡"), ("护苗行动", "operation", "护苗")]
    assert (zh_pack / "reference" / "corrections.csv").is_file()
    assert "zh-pack" in (zh_pack / "README.md").read_text(encoding="utf-8")
    pack = load_pack(zh_pack)
    assert pack.published.isoformat() == "2021-10-14"
    assert (zh_pack / "processed" / "claims.csv").read_text(encoding="utf-8") == claims_csv(pack)
    assert pack_check_problems(zh_pack) == []


def test_the_drafted_pack_reads_the_text_as_the_engine_does(tmp_path):
    from bulletin.claims.build import build_claims
    text = tmp_path / "b.txt"
    text.write_text(EN, encoding="utf-8")
    assert main(["pack", "init", str(text), str(tmp_path / "en-pack")]) == 0
    pack = load_pack(tmp_path / "en-pack")
    with_pack = [(c.operation, c.metric) for c in build_claims(EN, operations=pack.operations)]
    assert with_pack == [(c.operation, c.metric) for c in build_claims(EN)]
    assert pack.language == "en" and pack.published is None


def test_draft_groups_an_example_case():
    drafts, lang = draft_operations("共侦破案件120起。例如，某市公安局侦破“6·8”专案，抓获犯罪嫌疑人12名。")
    assert lang == "zh" and "example_case" in [d.group for d in drafts]


def test_check_finds_a_changed_figure_in_the_processed_claims(zh_pack):
    path = zh_pack / "processed" / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("1200", "9999", 1), encoding="utf-8")
    problems = pack_check_problems(zh_pack)
    assert len(problems) == 1 and "not what `claims` writes today" in problems[0]


def test_check_finds_a_table_copied_from_another_pack(zh_pack, october):
    shutil.copy(october.reference("zh-bulletin-figures.csv"), zh_pack / "reference")
    shutil.copy(october.root / "README.md", zh_pack / "README.md")
    problems = pack_check_problems(zh_pack)
    assert any("zh-bulletin-figures.csv names operations this pack does not have" in p
               for p in problems)
    assert any("README.md names neither" in p for p in problems)


def test_check_finds_an_edited_raw_text(zh_pack):
    raw = zh_pack / "raw" / "bulletin.zh.txt"
    raw.write_text(ZH.replace("800", "900"), encoding="utf-8")
    assert "has changed" in pack_check_problems(zh_pack)[0]


def test_the_check_command_exits_2_with_one_line_per_problem(zh_pack):
    (zh_pack / "processed" / "claims.csv").unlink()
    result = subprocess.run([sys.executable, "-m", "bulletin", "pack", "check", str(zh_pack)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and result.stderr.count("error: ") == 1
    assert "processed/claims.csv is missing" in result.stderr


def test_init_refuses_a_folder_that_holds_files(zh_pack, tmp_path):
    text = tmp_path / "bulletin.zh.txt"
    with pytest.raises(BulletinError, match="not empty"):
        from bulletin.packs.init import init_pack
        init_pack(text, zh_pack, [], "zh")


def test_a_correction_sets_noun_metric_and_operation(zh_pack):
    pack = load_pack(zh_pack)
    first = next(csv.DictReader(io.StringIO(claims_csv(pack))))
    with open(zh_pack / "reference" / "corrections.csv", "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            [first["start"], first["text"], "刑事案件", "key_cases", "断卡行动", "a test"])
    pack = load_pack(zh_pack)
    fixed = next(csv.DictReader(io.StringIO(claims_csv(pack))))
    assert (fixed["noun"], fixed["metric"], fixed["operation"]) == ("刑事案件", "key_cases", "断卡行动")
    problems = pack_check_problems(zh_pack)
    assert len(problems) == 1 and "not what `claims` writes today" in problems[0]


def test_a_correction_that_names_no_figure_is_an_error(zh_pack):
    with open(zh_pack / "reference" / "corrections.csv", "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow([5, "12345", "", "cases", "", "typo"])
    assert "no figure '12345' at offset 5" in pack_check_problems(zh_pack)[0]
