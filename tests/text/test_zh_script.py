"""Chinese script through OpenCC (bulletin.text.script): simplified forms, lengths, the language."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.text.script import detect_language, is_chinese, to_simplified
from bulletin.figures.zh import find_figures_zh


@pytest.mark.parametrize("traditional, simplified", [
    ("偵辦案件1.8萬餘起", "侦办案件1.8万余起"),
    ("抓獲犯罪嫌疑人", "抓获犯罪嫌疑人"),
    ("打掉團夥", "打掉团伙"),
    ("關停網站", "关停网站"),
    ("「淨網2018」專項行動", "「净网2018」专项行动"),
    ("扣押手機黑卡300餘萬張、設備1萬餘臺", "扣押手机黑卡300余万张、设备1万余台"),
    ("兩億參佰", "两亿参佰"),
    ("already simplified 侦办", "already simplified 侦办"),
    ("", ""),
])
def test_to_simplified(traditional, simplified):
    assert to_simplified(traditional) == simplified


#: Traditional characters whose simplified form differs, and characters of phrases that
#: OpenCC converts as a whole (憑藉, 乾淨, 瞭解), mixed with ASCII and punctuation.
_ALPHABET = "偵辦獲團夥網絡萬億餘臺張個條於後麼瞭解憑藉乾淨著發髮鬆餘週裡台灣臺灣 3.7，。“”"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_to_simplified_keeps_the_length(text):
    assert len(to_simplified(text)) == len(text)


def test_offsets_of_traditional_text_hold():
    text = "截至12月，共偵辦網絡犯罪案件6.2萬起"
    (figure,) = [f for f in find_figures_zh(text) if f.kind == "count"]
    assert text[figure.start : figure.end] == "6.2萬" and figure.noun == "網絡犯罪案件"


@pytest.mark.parametrize("text, lang", [
    ("侦破案件3900余起", "zh"),
    ("偵辦案件1.8萬餘起", "zh"),
    ("抓获犯罪嫌疑人2600余名（见 https://example.cn/a.htm）", "zh"),
    ("Police solved more than 3,900 cases.", "en"),
    ("Police arrested 2,600 suspects (抓获).", "en"),
    ("Полиция задержала 2600 человек", None),
    ("けいさつは きのう 2600にんを たいほした", None),
    ("12 345", None),
    ("", None),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang
    assert is_chinese(text) == (lang == "zh")


def test_text_without_chinese_characters_skips_the_converter():
    from bulletin.text import script

    script._converter.cache_clear()
    text = "Café — 3 “cases” in Zürich, 5 % fewer"
    assert script.to_simplified(text) is text
    assert script._converter.cache_info().currsize == 0
    assert script.to_simplified("偵辦案件3起") == "侦办案件3起"
