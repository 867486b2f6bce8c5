"""report: a reader's page for any bulletin, with its tables beside it."""

import csv
import html
import re

import pytest

from bulletin.cli import main

ZH = ("全省公安机关开展“净网”专项行动\n\n今年以来，全省共侦破案件1200余起，抓获犯罪嫌疑人3000余名。"
      "在“断卡”行动中，侦破案件800余起，抓获犯罪嫌疑人2000余名。在“护苗”行动中，侦破案件400余起，"
      "抓获犯罪嫌疑人900余名。2021年10月14日，举报电话12377。\n")


@pytest.fixture(scope="module")
def october_page(october, tmp_path_factory):
    folder = tmp_path_factory.mktemp("october")
    assert main(["report", str(october.root), "-o", str(folder)]) == 0
    return folder


def text_of(page):
    return html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))


def test_the_october_page_has_every_part(october_page, october):
    page = (october_page / "index.html").read_text(encoding="utf-8")
    words = text_of(october_page / "index.html")
    assert october.title in words
    for heading in ("What the checks found", "Do the parts add up to the headline?",
                    "The claims, by operation", "Figures that are not claims"):
        assert heading in words
    assert "36,800 to 38,040" in words and "37,000 to under 38,000" in words
    assert "37,000 or more (no upper bound)" in words  # the bound reading beside the step one
    assert "Four controls" in words  # the pack's labels
    assert "<svg" in page and "<script" not in page and "<pre" not in page


def test_the_tables_beside_the_page(october_page):
    with open(october_page / "claims.csv", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 37
    with open(october_page / "checks.csv", encoding="utf-8") as handle:
        checks = list(csv.DictReader(handle))
    assert {r["verdict"] for r in checks if r["check"] == "parts_vs_headline"} == {"consistent"}
    with open(october_page / "parts-vs-headline.csv", encoding="utf-8") as handle:
        chart = list(csv.DictReader(handle))
    assert {r["metric"] for r in chart} == {"cases", "suspects"}


def test_a_chinese_text_with_no_pack(tmp_path):
    text = tmp_path / "b.txt"
    text.write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["report", str(text), "-o", str(out)]) == 0
    words = text_of(out / "index.html")
    assert "断卡行动" in words and "护苗行动" in words
    assert "1,200 to under 1,300" in words and "phone" in words
    assert '<meta charset="utf-8">' in (out / "index.html").read_text(encoding="utf-8")


def test_a_text_with_no_headline_says_no_check_applies(tmp_path):
    text = tmp_path / "b.txt"
    text.write_text("Title\n\nIn the “Spring” campaign, police solved 12 cases.\n", encoding="utf-8")
    assert main(["report", str(text), "-o", str(tmp_path)]) == 0
    assert "No check applies" in text_of(tmp_path / "index.html")


def test_the_chinese_glyphs_travel_with_the_page(tmp_path):
    """Chinese shows on a machine with no CJK font: the page embeds a font holding every
    Chinese character it prints (and no more)."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    from bulletin.report.font import FAMILY, cjk_characters

    text = tmp_path / "b.txt"
    text.write_text(ZH, encoding="utf-8")
    assert main(["report", str(text), "-o", str(tmp_path)]) == 0
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    match = re.search(r"url\(data:font/otf;base64,([A-Za-z0-9+/=]+)\)", page)
    assert match and f'font-family: "{FAMILY}"' in page
    font = TTFont(io.BytesIO(base64.b64decode(match.group(1))))
    covered = {chr(code) for code in font.getBestCmap()}
    style_free = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    assert set(cjk_characters(style_free)) <= covered
    assert len(covered) < 200  # a subset, not the whole font
    assert len(match.group(1)) < 200_000


def test_an_english_page_embeds_only_the_few_chinese_characters_it_prints(october_page):
    page = (october_page / "index.html").read_text(encoding="utf-8")
    match = re.search(r"unicode-range: ([^;]+);", page)
    assert match and "U+4F59" in match.group(1)  # 余, in the note on the readings
    assert match.group(1).count("U+") < 10
