"""The Chinese figure finder, bulletin.figures.zh: every form by hand, a round trip, bulletins, the CLI.

Every expected value here is written by hand. The sentences and the bulletin paragraphs are
written for these tests in the manner of the Ministry's bulletins; no prose of any article
is copied, and nothing outside the repository is read. More forms are tested in
``test_zh_numerals.py`` (numerals), ``test_zh_nouns.py`` (what a figure counts) and
``test_zh_script.py`` (OpenCC and the language).
"""

import csv
import io
import math
import subprocess
import sys

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bulletin.errors import BulletinError
from bulletin.figures.model import Figure, Rejection
from bulletin.paths import ROOT
from bulletin.figures.zh import arabic_value, chinese_number, find_figures_zh, parse_figure, scan_zh


def only(text, reading="step"):
    """The one figure in ``text``, checking that its span is the text it reports."""
    figures = find_figures_zh(text, reading)
    assert len(figures) == 1, figures
    figure = figures[0]
    assert text[figure.start : figure.end] == figure.text
    return figure


def row(figure):
    return (figure.text, figure.value, figure.qualifier, figure.low, figure.high, figure.kind,
            figure.measure)


# --- Arabic digits with 万 and 亿 ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("今年侦破案件3.7万起。", ("3.7万", 37000, "exact", 37000, 37000, "count", "起")),
    ("扣押手机黑卡383万张。", ("383万", 3830000, "exact", 3830000, 3830000, "count", "张")),
    ("侦破相关案件1.66万起", ("1.66万", 16600, "exact", 16600, 16600, "count", "起")),
    ("涉及个人信息54亿条", ("54亿", 5400000000, "exact", 5400000000, 5400000000, "count", "条")),
    ("查获账号2.2亿余个", ("2.2亿余", 220000000, "more_than", 220000000, 230000000, "count",
                       "个")),
    ("侦破案件5千余起", ("5千余", 5000, "more_than", 5000, 6000, "count", "起")),
    ("抓获嫌疑人3,900名", ("3,900", 3900, "exact", 3900, 3900, "count", "名")),
    ("打掉团伙１６个", ("１６", 16, "exact", 16, 16, "count", "个")),
])
def test_arabic_digits_with_wan_and_yi(text, expected):
    assert row(only(text)) == expected


def test_arabic_value_multiplies_the_scale():
    assert arabic_value("3.7", "万") == 37000
    assert arabic_value("383", "万") == 3830000
    assert arabic_value("1.66", "万") == 16600
    assert arabic_value("1.2", "万亿") == 1200000000000


# --- Chinese numerals -----------------------------------------------------------------


@pytest.mark.parametrize("numeral, value", [
    ("十六", 16), ("十", 10), ("二十", 20), ("一千二百", 1200), ("两", 2), ("兩", 2),
    ("〇", 0), ("零", 0), ("一千零五", 1005), ("一百零八", 108), ("二〇二一", 2021),
    ("一万二", 12000), ("一千二", 1200), ("三万七千", 37000), ("三萬七千", 37000),
    ("一亿二千万", 120000000), ("三億", 300000000), ("一万零一十", 10010),
    ("九千九百九十九万九千九百九十九", 99999999), ("三点七万", 37000), ("零点五", 0.5),
    ("壹仟贰佰", 1200), ("两千", 2000), ("十二万", 120000),
])
def test_chinese_number(numeral, value):
    assert chinese_number(numeral) == value


def test_chinese_number_refuses_other_text():
    with pytest.raises(BulletinError, match="not a Chinese numeral"):
        chinese_number("三个")


@pytest.mark.parametrize("text, expected", [
    ("共查获网站十六个。", ("十六", 16, "exact", 16, 16, "count", "个")),
    ("抓获一千二百名嫌疑人", ("一千二百", 1200, "exact", 1200, 1200, "count", "名")),
    ("抓获两名嫌疑人", ("两", 2, "exact", 2, 2, "count", "名")),
    ("查获一千零五件器材", ("一千零五", 1005, "exact", 1005, 1005, "count", "件")),
    ("侦破三万七千余起", ("三万七千余", 37000, "more_than", 37000, 38000, "count", "起")),
    ("关停网站三百余万个", ("三百余万", 3000000, "more_than", 3000000, 4000000, "count", "个")),
    ("挽救十多名青少年", ("十多", 10, "more_than", 10, 20, "count", "名")),
])
def test_chinese_numerals_in_text(text, expected):
    assert row(only(text)) == expected


def test_words_that_look_like_measure_words():
    assert find_figures_zh("统一部署，三处罚款") == []


def test_a_chinese_digit_inside_a_word_is_not_a_figure():
    assert scan_zh("统一部署，进一步推进，两岸合作。").figures == []
    assert scan_zh("统一部署，进一步推进，两岸合作。").rejections == []


# --- qualifiers -----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("侦破案件3900余起", ("3900余", 3900, "more_than", 3900, 4000, "count", "起")),
    ("侦破案件3.7万余起", ("3.7万余", 37000, "more_than", 37000, 38000, "count", "起")),
    ("清理信息5.7万余条", ("5.7万余", 57000, "more_than", 57000, 58000, "count", "条")),
    ("扣押黑卡300余万张", ("300余万", 3000000, "more_than", 3000000, 4000000, "count", "张")),
    ("处罚企业2万多家", ("2万多", 20000, "more_than", 20000, 30000, "count", "家")),
    ("处罚企业34000多家次", ("34000多", 34000, "more_than", 34000, 35000, "count", "家次")),
    ("侦破案件近3000起", ("近3000", 3000, "nearly", 2000, 3000, "count", "起")),
    ("涉案资金约31.6亿元", ("约31.6亿", 3160000000, "about", 3155000000, 3165000000, "count",
                       "亿元")),
    ("抓获嫌疑人1000名以上", ("1000名以上", 1000, "at_least", 1000, 2000, "count", "名")),
    ("查获设备超过500台", ("超过500", 500, "more_than", 500, 600, "count", "台")),
    ("抓获嫌疑人20 余名", ("20 余", 20, "more_than", 20, 30, "count", "名")),
])
def test_qualifiers(text, expected):
    assert row(only(text)) == expected


def test_the_bound_reading_of_yu():
    figure = only("侦破案件3900余起", reading="bound")
    assert (figure.low, figure.high) == (3900, math.inf)
    figure = only("侦破案件近3000起", reading="bound")
    assert (figure.low, figure.high) == (0, 3000)


def test_the_span_includes_the_qualifier_but_not_the_measure_word():
    text = "侦破案件近3000起，抓获3900余名。"
    first, second = find_figures_zh(text)
    assert (first.start, first.end, first.text) == (4, 9, "近3000")
    assert (second.start, second.end, second.text) == (13, 18, "3900余")
    assert text[second.end] == "名"


def test_zuijin_is_not_nearly():
    assert row(only("最近3年来")) == ("3", 3, "exact", 3, 3, "duration", "年")
    assert row(only("近3年来")) == ("近3", 3, "nearly", 2, 3, "duration", "年")


# --- percentages ----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("同比增长10.7%", ("10.7%", 10.7, "exact", 10.7, 10.7, "percent", "%")),
    ("同比增长10.7％", ("10.7％", 10.7, "exact", 10.7, 10.7, "percent", "％")),
    ("同比下降约30%", ("约30%", 30, "about", 25, 35, "percent", "%")),
    ("下降百分之十", ("百分之十", 10, "exact", 10, 10, "percent", "%")),
    ("下降近百分之七十", ("近百分之七十", 70, "nearly", 60, 70, "percent", "%")),
    ("增长百分之28.7", ("百分之28.7", 28.7, "exact", 28.7, 28.7, "percent", "%")),
])
def test_percentages(text, expected):
    assert row(only(text)) == expected


# --- measure words --------------------------------------------------------------------


@pytest.mark.parametrize("text, noun", [
    ("挽救青少年390余人次", "人次"), ("抓获390余人", "人"), ("处罚1.1万家次", "家次"),
    ("处罚企业104家", "家"), ("下架应用422款", "款"), ("查获作弊器材1600余套", "套"),
    ("查获设备1万余台", "台"), ("查获零部件6000余件", "件"), ("打掉团伙4个", "个"),
    ("提高3个百分点", "个"), ("清理信息44万余条", "条"),
])
def test_the_measure_word(text, noun):
    assert only(text).measure == noun


@pytest.mark.parametrize("text, expected", [
    ("为期10个月的行动", ("10", 10, "exact", 10, 10, "duration", "个月")),
    ("为期一年的行动", ("一", 1, "exact", 1, 1, "duration", "年")),
    ("五年来全国公安机关", ("五", 5, "exact", 5, 5, "duration", "年")),
])
def test_durations(text, expected):
    assert row(only(text)) == expected


# --- traditional characters -----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("偵辦案件1.8萬餘起", ("1.8萬餘", 18000, "more_than", 18000, 19000, "count", "起")),
    ("扣押手機黑卡300餘萬張", ("300餘萬", 3000000, "more_than", 3000000, 4000000, "count",
                          "張")),
    ("繳獲設備1萬餘臺", ("1萬餘", 10000, "more_than", 10000, 20000, "count", "臺")),
    ("查獲黑號1000余萬個", ("1000余萬", 10000000, "more_than", 10000000, 20000000, "count",
                        "個")),
    ("打掉團夥兩個", ("兩", 2, "exact", 2, 2, "count", "個")),
    ("非法獲取信息54億條", ("54億", 5400000000, "exact", 5400000000, 5400000000, "count",
                         "條")),
    ("抓獲三萬七千名", ("三萬七千", 37000, "exact", 37000, 37000, "count", "名")),
    ("處罰單位2.7萬餘家", ("2.7萬餘", 27000, "more_than", 27000, 28000, "count", "家")),
    ("資金約3億元", ("約3億", 300000000, "about", 250000000, 350000000, "count", "億元")),
])
def test_traditional_characters(text, expected):
    assert row(only(text)) == expected


# --- years and dates ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("2021年，全国公安机关", ("2021年", 2021, "exact", 2021, 2021, "year", "")),
    ("记者10月14日获悉", ("10月14日", 14, "exact", 14, 14, "date", "")),
    ("2021年10月14日电", ("2021年10月14日", 14, "exact", 14, 14, "date", "")),
    ("二〇二一年十月十四日", ("二〇二一年十月十四日", 14, "exact", 14, 14, "date", "")),
    ("截至2022年12月底", ("2022年12月", 12, "exact", 12, 12, "date", "")),
    ("记者14日从公安部获悉", ("14日", 14, "exact", 14, 14, "date", "")),
    ("Date: 2021-10-14", ("2021-10-14", 14, "exact", 14, 14, "date", "")),
    ("会上说，2021全年", ("2021", 2021, "exact", 2021, 2021, "year", "")),
])
def test_years_and_dates(text, expected):
    assert row(only(text)) == expected


def test_a_date_is_not_a_count():
    kinds = [(f.text, f.kind) for f in find_figures_zh("2021年10月14日，侦破案件190余起。")]
    assert kinds == [("2021年10月14日", "date"), ("190余", "count")]


# --- what is not a figure -------------------------------------------------------------


THRESHOLD = "a threshold that defines a group (超过…的, 在…以下), not a claim"


@pytest.mark.parametrize("text, rejected, reason", [
    ("深入推进“净网2021”专项行动", "2021", "part of a quoted name"),
    ("深入推進“凈網2021”專項行動", "2021", "part of a quoted name"),
    ("开展「淨網2018」行动", "2018", "part of a quoted name"),
    ("公安部：净网2018专项行动", "2018", "part of a name (a number glued to a name)"),
    ("连续第4年部署", "4", "ordinal"),
    ("打击第四方支付", "四", "ordinal"),
    ("坚持零容忍态度", "零", "part of a word or idiom (零容忍)"),
    ("组织十大会战", "十", "part of a set name such as 十大 ('the ten major')"),
    ("抓获一大批嫌疑人", "一", "part of a word or idiom (一大批)"),
    ("打掉一个团伙", "一", "the indefinite 一 ('a'), not a count"),
    ("查获一批涉案手机", "一", "the indefinite 一 ('a'), not a count"),
    ("抓获一名男子", "一", "the indefinite 一 ('a'), not a count"),
    ("破获一起电信诈骗案", "一", "the indefinite 一 ('a'), not a count"),
    ("坚持千家万户走访", "千", "part of a word or idiom (千家万户)"),
    ("第五次会议", "五", "ordinal"),
    ("侦破“12.15”专案", "12.15", "part of a quoted name"),
    ("侦破12·15专案", "12", "part of the code name of a case or campaign (12·15专案)"),
    ("侦破12.15专案", "12.15", "part of the code name of a case or campaign (12·15专案)"),
    ("“云剑-2020”行动", "2020", "part of a quoted name"),
    ("开展云剑-2020行动", "2020", "part of a web address, code or Latin word"),
    ("群众可拨打110报警", "110", "a telephone number or hotline"),
    ("通过12345热线反映", "12345", "a telephone number or hotline"),
    ("拨打96110反诈专线", "96110", "a telephone number or hotline"),
    ("咨询电话010-12345678", "010-12345678", "a telephone number or hotline"),
    ("举报电话：13812345678", "13812345678", "a telephone number or hotline"),
    ("6月24日15时30分许", "15时30分", "clock time"),
    ("当日上午9点召开", "上午9点", "clock time"),
    ("于18时许抓获", "18时许", "clock time"),
    ("对涉案金额超过亿元的案件挂牌督办", "超过亿", THRESHOLD),
    ("年龄在35岁以下的网民", "35岁以下", THRESHOLD),
    ("不满18周岁的未成年人", "不满18", THRESHOLD),
    ("涉案金额在100万元以上的案件", "100万元以上", THRESHOLD),
    ("见 https://example.cn/2021/1014.htm", "2021",
     "part of a web address, code or Latin word"),
    ("发布时间 2022-01-05 22:23", "22:23", "clock time"),
])
def test_rejections(text, rejected, reason):
    result = scan_zh(text)
    assert result.figures == [] or all(f.text != rejected for f in result.figures)
    found = [(r.text, r.reason) for r in result.rejections]
    assert (rejected, reason) in found
    for r in result.rejections:
        assert isinstance(r, Rejection) and text[r.start : r.end] == r.text


def test_list_markers():
    text = "工作如下：\n一是依法打击；\n二、深化治理。"
    assert [(r.text, r.reason) for r in scan_zh(text).rejections] == [
        ("一", "list marker"), ("二", "list marker")]


def test_yiqi_together_versus_the_article():
    assert find_figures_zh("与有关部门一起开展打击") == []
    assert [r.reason for r in scan_zh("与有关部门一起开展打击").rejections] == [
        "part of a word or idiom (一起)"]
    assert find_figures_zh("破获一起电信诈骗案") == []


def test_one_is_a_count_when_the_noun_comes_first():
    assert row(only("抓获犯罪嫌疑人一名。")) == ("一", 1, "exact", 1, 1, "count", "名")
    assert row(only("为期一年的行动")) == ("一", 1, "exact", 1, 1, "duration", "年")
    assert row(only("打掉团伙1个")) == ("1", 1, "exact", 1, 1, "count", "个")


def test_dates_times_and_ordinals_are_not_counts():
    result = scan_zh("6月24日15时30分，第3年开展的第五次行动中，上午9点抓获2名。")
    assert [(f.text, f.kind) for f in result.figures] == [("6月24日", "date"), ("2", "count")]
    assert [(r.text, r.reason) for r in result.rejections] == [
        ("15时30分", "clock time"), ("3", "ordinal"), ("五", "ordinal"),
        ("上午9点", "clock time")]


def test_words_with_time_characters_are_not_clock_times():
    result = scan_zh("第一时间处置，提出三点要求")
    assert result.figures == []
    assert [(r.text, r.reason) for r in result.rejections] == [("一", "ordinal")]
    assert row(only("持续24小时")) == ("24", 24, "exact", 24, 24, "duration", "小时")


def test_quoted_name_beside_a_figure():
    result = scan_zh("“净网2021”行动侦破案件3900余起")
    assert [f.text for f in result.figures] == ["3900余"]
    assert [(r.start, r.end, r.text) for r in result.rejections] == [(3, 7, "2021")]


def test_an_app_number_is_a_figure_but_a_model_number_is_not():
    assert row(only("下架APP3.5万余款")) == ("3.5万余", 35000, "more_than", 35000, 36000, "count",
                                         "款")
    assert find_figures_zh("利用5G网络和DDoS2攻击") == []


# --- parse_figure ---------------------------------------------------------------------


def test_parse_figure_reads_one_phrase():
    figure = parse_figure("3900余起")
    assert figure == Figure(0, 5, "3900余", 3900, "more_than", 3900, 4000, "count", "", "起")
    assert parse_figure("3900余起", reading="bound").high == math.inf
    assert row(parse_figure("390余人次")) == ("390余", 390, "more_than", 390, 400, "count", "人次")
    assert row(parse_figure("1.66万起")) == ("1.66万", 16600, "exact", 16600, 16600, "count", "起")


@pytest.mark.parametrize("phrase, message", [
    ("净网2021", r"no figure in '净网2021' \(2021: part of a name \(a number glued to a name\)\)"),
    ("专项行动", "no figure in '专项行动'; give a phrase such as 3900余起"),
    ("3起和4名", r"2 figures in '3起和4名' \(3, 4\)"),
])
def test_parse_figure_refuses_none_or_several(phrase, message):
    with pytest.raises(BulletinError, match=message):
        parse_figure(phrase)


def test_unknown_reading():
    with pytest.raises(ValueError, match="unknown reading"):
        scan_zh("3900余起", reading="loose")


# --- property-based round trip ---------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def _section(number: int) -> str:
    """Write 1..9999 in Chinese, with 零 for inner gaps (test oracle, independent code)."""
    out, gap = "", False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // unit_value % 10
        if digit == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out, gap = out + "零", False
        out += _DIGITS[digit] + unit
    return out


def to_chinese(number: int, liang: bool = False) -> str:
    """Write 1 <= number < 10**12 in Chinese numerals (一千零五, 十二万, 三亿零五十)."""
    yi, rest = divmod(number, 10**8)
    wan, ones = divmod(rest, 10**4)
    out = ""
    if yi:
        out += _section(yi) + "亿"
    if wan:
        out += ("零" if out and wan < 1000 else "") + _section(wan) + "万"
    if ones:
        out += ("零" if out and (ones < 1000 or not wan) else "") + _section(ones)
    if out.startswith("一十"):
        out = out[1:]
    if liang and out[0] == "二" and out[1:2] in ("千", "百", "万", "亿"):
        out = "两" + out[1:]
    return out


def test_the_oracle_writes_chinese_numbers():
    assert [to_chinese(n) for n in (16, 1005, 10010, 120000, 100000005, 3830000)] == [
        "十六", "一千零五", "一万零一十", "十二万", "一亿零五", "三百八十三万"]


BEFORE = ["全国公安机关共侦破案件", "各地抓获犯罪嫌疑人", "依法关停非法网站", "查獲網絡黑號",
          "今年以来查处"]
AFTER = ["。", "，取得阶段性成效。", "；专项行动持续推进。", ""]
MEASURES = ["起", "名", "人", "人次", "个", "家", "张", "台", "款", "套", "件", "条", "個",
            "張", "臺", "條", "项"]
TRADITIONAL = str.maketrans("万亿两余约", "萬億兩餘約")


@st.composite
def sentences(draw):
    """A Chinese sentence with one figure, and what it must parse to."""
    style = draw(st.sampled_from(["arabic", "comma", "fullwidth", "scaled", "chinese"]))
    scale_word = ""
    if style == "scaled":
        mantissa = draw(st.integers(1, 9999))
        decimals = draw(st.integers(0, 2))
        assume(decimals == 0 or mantissa % 10)
        scale_word = draw(st.sampled_from(["万", "亿"]))
        value = mantissa * 10 ** ({"万": 4, "亿": 8}[scale_word] - decimals)
        whole, fraction = divmod(mantissa, 10**decimals)
        number = str(whole) + (f".{fraction:0{decimals}d}" if decimals else "")
    elif style == "chinese":
        value = draw(st.integers(1, 10**12 - 1))
        number = to_chinese(value, liang=draw(st.booleans()))
    else:
        value = draw(st.integers(1, 10**9))
        number = {"arabic": str(value), "comma": f"{value:,}",
                  "fullwidth": str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
                  }[style]
    qualifier_word = draw(st.sampled_from(["", "余", "余", "多", "近", "约", "以上"]))
    measure = draw(st.sampled_from(MEASURES))
    if style == "chinese" and value == 1 and measure == "起":
        assume(False)  # 一起 without a 案 is read as "together"
    if qualifier_word in ("余", "多"):
        if scale_word and draw(st.booleans()):
            phrase = number + qualifier_word + scale_word  # 300余万
        else:
            phrase = number + scale_word + qualifier_word  # 3.7万余
    elif qualifier_word in ("近", "约"):
        phrase = qualifier_word + number + scale_word
    else:
        phrase = number + scale_word
    if draw(st.booleans()):
        phrase = phrase.translate(TRADITIONAL)
    tail = measure + ("以上" if qualifier_word == "以上" else "")
    before, after = draw(st.sampled_from(BEFORE)), draw(st.sampled_from(AFTER))
    span = phrase + ("" if qualifier_word != "以上" else tail)
    text = before + phrase + tail + after
    qualifier = {"": "exact", "余": "more_than", "多": "more_than", "近": "nearly",
                 "约": "about", "以上": "at_least"}[qualifier_word]
    return text, value, qualifier, len(before), len(before) + len(span), measure


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_round_trip(case):
    text, value, qualifier, start, end, measure = case
    figures = find_figures_zh(text)
    assert len(figures) == 1, (text, figures)
    figure = figures[0]
    assert (figure.value, figure.qualifier, figure.start, figure.end, figure.measure,
            figure.kind) == (value, qualifier, start, end, measure, "count"), text
    assert isinstance(figure.value, int)


# --- whole bulletins, written for these tests ---------------------------------------------

#: A stage report in simplified script, in the manner of the Ministry's bulletins.
STAGE_REPORT = (
    "新华社北京10月14日电 记者14日从公安部获悉，今年以来，全国公安机关深入推进“净网2021”专项"
    "行动，共侦破案件2.6万余起，抓获犯罪嫌疑人5.8万余名，行政处罚违法互联网企业、单位1.3万余家。"
    "其中，侦破侵犯公民个人信息案件2700余起，抓获犯罪嫌疑人5100余名、行业“内鬼”380余名；打掉"
    "犯罪团伙120个，关停非法网站8600余个，查获“猫池”设备3000余台，扣押手机黑卡260余万张、网络"
    "黑号4300余万个。在“护苗”行动中，解救未成年人140余名，挽救青少年270余人次。涉案金额达3.5亿"
    "余元，同比增长12.4%。"
)
#: (text, value, qualifier, noun, measure, verb) of every figure of STAGE_REPORT, by hand.
STAGE_REPORT_FIGURES = [
    ("10月14日", 14, "exact", "", "", ""),
    ("14日", 14, "exact", "", "", ""),
    ("2.6万余", 26000, "more_than", "案件", "起", "侦破"),
    ("5.8万余", 58000, "more_than", "犯罪嫌疑人", "名", "抓获"),
    ("1.3万余", 13000, "more_than", "违法互联网企业、单位", "家", "处罚"),
    ("2700余", 2700, "more_than", "侵犯公民个人信息案件", "起", "侦破"),
    ("5100余", 5100, "more_than", "犯罪嫌疑人", "名", "抓获"),
    ("380余", 380, "more_than", "行业“内鬼”", "名", "抓获"),
    ("120", 120, "exact", "犯罪团伙", "个", "打掉"),
    ("8600余", 8600, "more_than", "非法网站", "个", "关停"),
    ("3000余", 3000, "more_than", "“猫池”设备", "台", "查获"),
    ("260余万", 2600000, "more_than", "手机黑卡", "张", "扣押"),
    ("4300余万", 43000000, "more_than", "网络黑号", "个", "扣押"),
    ("140余", 140, "more_than", "未成年人", "名", "解救"),
    ("270余", 270, "more_than", "青少年", "人次", "挽救"),
    ("3.5亿余", 350000000, "more_than", "涉案金额", "元", ""),
    ("12.4%", 12.4, "exact", "", "%", "增长"),
]

#: A year-end report in traditional script.
YEAR_END = (
    "截至12月底，各地公安機關共偵辦網絡犯罪案件6.8萬起，抓獲犯罪嫌疑人9.6萬名；打掉團夥1200"
    "餘個，關停網站3.1萬個，清理違法信息42萬餘條，涉案資金約4.2億元。"
)
YEAR_END_FIGURES = [
    ("12月", 12, "exact", "", "", ""),
    ("6.8萬", 68000, "exact", "網絡犯罪案件", "起", "偵辦"),
    ("9.6萬", 96000, "exact", "犯罪嫌疑人", "名", "抓獲"),
    ("1200餘", 1200, "more_than", "團夥", "個", "打掉"),
    ("3.1萬", 31000, "exact", "網站", "個", "關停"),
    ("42萬餘", 420000, "more_than", "違法信息", "條", "清理"),
    ("約4.2億", 420000000, "about", "涉案資金", "億元", ""),
]

#: A press conference that writes numbers in words and indefinite amounts.
PRESS_CONFERENCE = (
    "会上通报，今年以来共发现并关停违规账号十二万余个、网站两千三百个，约谈企业数十家，上千万元"
    "涉案资金被冻结，二十几万网民参与举报，抓获1400余名网络水军，查处涉案人员一百五十名，同比"
    "下降百分之五点五。"
)
PRESS_CONFERENCE_FIGURES = [
    ("十二万余", 120000, "more_than", "违规账号", "个", "关停"),
    ("两千三百", 2300, "exact", "网站", "个", "关停"),
    ("数十", 10, "indefinite", "企业", "家", "约谈"),
    ("上千万", 10000000, "upwards", "", "万元", ""),
    ("二十几万", 200000, "indefinite", "", "", ""),
    ("1400余", 1400, "more_than", "网络水军", "名", "抓获"),
    ("一百五十", 150, "exact", "涉案人员", "名", "查处"),
    ("百分之五点五", 5.5, "exact", "", "%", "下降"),
]

#: Numerals that are none of them figures.
NO_FIGURES = (
    "“净网2021”专项行动是公安部连续第4年部署的专项行动，一是严打侵犯公民个人信息犯罪，二是整治"
    "网络水军。群众可拨打110或12345热线举报，详见https://www.example.cn/2021/1014.htm 。各地坚持"
    "零容忍，统一部署，进一步推进。"
)
NO_FIGURES_REJECTIONS = [
    ("2021", "part of a quoted name"),
    ("4", "ordinal"),
    ("一", "list marker"),
    ("二", "list marker"),
    ("110", "a telephone number or hotline"),
    ("12345", "a telephone number or hotline"),
    ("2021", "part of a web address, code or Latin word"),
    ("1014", "part of a web address, code or Latin word"),
    ("零", "part of a word or idiom (零容忍)"),
]


def _table(text):
    figures = find_figures_zh(text)
    for f in figures:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.value, f.qualifier, f.noun, f.measure, f.verb) for f in figures]


@pytest.mark.parametrize("text, expected", [
    (STAGE_REPORT, STAGE_REPORT_FIGURES),
    (YEAR_END, YEAR_END_FIGURES),
    (PRESS_CONFERENCE, PRESS_CONFERENCE_FIGURES),
], ids=["stage report", "year end (traditional)", "press conference"])
def test_a_whole_bulletin(text, expected):
    assert _table(text) == expected


def test_the_quoted_campaign_name_is_rejected_in_a_bulletin():
    reasons = [(r.text, r.reason) for r in scan_zh(STAGE_REPORT).rejections]
    assert reasons == [("2021", "part of a quoted name")]
    assert not any(f.value == 2021 for f in find_figures_zh(STAGE_REPORT))


def test_a_paragraph_with_no_figures():
    result = scan_zh(NO_FIGURES)
    assert result.figures == []
    assert [(r.text, r.reason) for r in result.rejections] == NO_FIGURES_REJECTIONS
    for r in result.rejections:
        assert NO_FIGURES[r.start : r.end] == r.text


def test_the_ranges_of_a_bulletin_under_both_readings():
    step = {f.text: (f.low, f.high) for f in find_figures_zh(PRESS_CONFERENCE)}
    bound = {f.text: (f.low, f.high) for f in find_figures_zh(PRESS_CONFERENCE, "bound")}
    assert step["十二万余"] == (120000, 130000) and bound["十二万余"] == (120000, math.inf)
    assert step["数十"] == bound["数十"] == (10, 100)
    assert step["上千万"] == (10000000, 100000000) and bound["上千万"] == (10000000, math.inf)
    assert step["二十几万"] == bound["二十几万"] == (200000, 300000)


# --- the command line -----------------------------------------------------------------


def run(*args):
    return subprocess.run([sys.executable, "-m", "bulletin", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_cli_figures_in_chinese(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("公安机关侦破案件3900余起，抓获1.66万名。\n", encoding="utf-8")
    result = run("figures", str(path), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "start,end,text,value,qualifier,low,high,kind,noun,measure,verb\n"
        "8,13,3900余,3900,more_than,3900,4000,count,案件,起,侦破\n"
        "17,22,1.66万,16600,exact,16600,16600,count,抓获,名,抓获\n"
    )
    bound = list(csv.DictReader(io.StringIO(
        run("figures", str(path), "--lang", "zh", "--reading", "bound").stdout)))
    assert bound[0]["high"] == "inf"
