"""Chinese numerals in every form bulletins print, read by chinese_number, parse_figure and scan.

Every expected value is written by hand. The numeral list follows the forms of the usual
converter test lists (cn2an and the like): units, 零, 两, financial script, decimals,
negatives, percentages, digit-by-digit years, and numerals written partly in digits.
"""

import math

import pytest

from bulletin.errors import BulletinError
from bulletin.figures.readings import figure_range
from bulletin.figures.zh import chinese_number, find_figures_zh, parse_figure, scan_zh

NUMERALS = [
    ("一百二十三", 123), ("一万零一", 10001), ("十一", 11), ("一十一", 11), ("十", 10),
    ("二十", 20), ("壹佰贰拾叁", 123), ("壹仟贰佰", 1200), ("貳拾", 20), ("參佰", 300),
    ("两千万", 20000000), ("兩千", 2000), ("三亿五千万", 350000000), ("五点五", 5.5),
    ("负十二", -12), ("負十二", -12), ("负零点一", -0.1), ("百分之三十", 30),
    ("百分之五十五点五", 55.5), ("百分之百", 100), ("零点零一", 0.01), ("一点二三", 1.23),
    ("一二三", 123), ("二〇二一", 2021), ("九千九百九十九亿", 999900000000), ("1万2千", 12000),
    ("3千万", 30000000), ("5万4千6百", 54600), ("7万5千", 75000), ("一千零五", 1005),
    ("一百零八", 108), ("两万", 20000), ("十万八千", 108000), ("1.2亿", 120000000),
    ("3,900", 3900), ("三点七万", 37000), ("〇", 0), ("零", 0), ("12.5万", 125000),
    ("6.2萬", 62000), ("一万二", 12000), ("一千二", 1200), ("一百一", 110), ("1万2", 12000),
    ("一亿零一百万", 101000000), ("九千零八十亿", 908000000000), ("一亿二千万", 120000000),
    ("三萬七千", 37000), ("1兆", 1000000000000), ("三万亿", 3000000000000),
    ("1.2万亿", 1200000000000), ("廿三", 23), ("卅", 30), ("１２３", 123), ("４，５６５", 4565),
    ("百", 100), ("千万", 10000000), ("亿", 100000000),
    ("一千二百三十四万五千六百七十八", 12345678), ("九千九百九十九万九千九百九十九", 99999999),
    ("一万零一十", 10010), ("三百点五", 300.5),
]


@pytest.mark.parametrize("numeral, value", NUMERALS)
def test_chinese_number(numeral, value):
    assert chinese_number(numeral) == value


@pytest.mark.parametrize("numeral, value", NUMERALS)
def test_parse_figure_reads_every_numeral(numeral, value):
    figure = parse_figure(numeral)
    assert figure.value == value
    assert figure.text == numeral


def test_whole_values_are_ints():
    assert isinstance(chinese_number("一万二"), int)
    assert isinstance(chinese_number("三点七万"), int)
    assert isinstance(chinese_number("五点五"), float)


@pytest.mark.parametrize("numeral, value", [
    ("三分之一", 1 / 3), ("三分之二", 2 / 3), ("十分之一", 0.1),
])
def test_fractions(numeral, value):
    assert chinese_number(numeral) == pytest.approx(value)
    figure = parse_figure(numeral)
    assert figure.kind == "fraction" and figure.value == pytest.approx(value)


@pytest.mark.parametrize("numeral, value, written, measure", [
    ("千分之一", 0.001, 1, "千分之"), ("万分之五", 0.0005, 5, "万分之"),
])
def test_rates_per_thousand_are_read_as_written(numeral, value, written, measure):
    assert chinese_number(numeral) == pytest.approx(value)
    figure = parse_figure(numeral)
    assert (figure.kind, figure.value, figure.measure) == ("rate", written, measure)


@pytest.mark.parametrize("numeral, value", [
    ("三成", 30), ("九成", 90), ("七折", 70), ("三点五成", 35), ("一万万", 10**8), ("亿万", 10**12),
    ("一百 五 十 二", 152), ("7 万5 千4 百", 75400), ("兩千", 2000), ("貳佰", 200),
])
def test_tenths_scales_of_scales_and_spaced_numerals(numeral, value):
    assert chinese_number(numeral) == value


@pytest.mark.parametrize("text, expected", [
    ("收缴气枪2把、子弹72发。", [("2", "把", "气枪"), ("72", "发", "子弹")]),
    ("缴获子弹1.2万余发", [("1.2万余", "发", "子弹")]),
    ("共抓获7 万5 千4 百人", [("7 万5 千4 百", "人", "抓获")]),
])
def test_an_unknown_measure_word_is_accepted_by_its_place(text, expected):
    assert [(f.text, f.measure, f.noun) for f in scan_zh(text).figures] == expected


@pytest.mark.parametrize("numeral", ["三个", "三四百", "净网", "", "3一"])
def test_chinese_number_refuses_what_is_not_one_numeral(numeral):
    with pytest.raises(BulletinError, match="not a Chinese numeral"):
        chinese_number(numeral)


# --- in running text ------------------------------------------------------------------------


def one(text, reading="step"):
    figures = find_figures_zh(text, reading)
    assert len(figures) == 1, (text, figures)
    figure = figures[0]
    assert text[figure.start : figure.end] == figure.text
    return figure


def summary(figure):
    return figure.text, figure.value, figure.qualifier, figure.low, figure.high, figure.kind


@pytest.mark.parametrize("text, expected", [
    ("抓获嫌疑人5万4千6百名", ("5万4千6百", 54600, "exact", 54600, 54600, "count")),
    ("清理信息7万5千条", ("7万5千", 75000, "exact", 75000, 75000, "count")),
    ("涉案资金3千万元", ("3千万", 30000000, "exact", 30000000, 30000000, "count")),
    ("查获一千零五件", ("一千零五", 1005, "exact", 1005, 1005, "count")),
    ("抓获十万八千名", ("十万八千", 108000, "exact", 108000, 108000, "count")),
    ("涉案12.5万余元", ("12.5万余", 125000, "more_than", 125000, 126000, "count")),
    ("侦破6.2萬起", ("6.2萬", 62000, "exact", 62000, 62000, "count")),
    ("侦破案件逾千起", ("逾千", 1000, "more_than", 1000, 2000, "count")),
    ("抓获超过1000名", ("超过1000", 1000, "more_than", 1000, 2000, "count")),
    ("抓获近3000名", ("近3000", 3000, "nearly", 2000, 3000, "count")),
    ("抓获百余名", ("百余", 100, "more_than", 100, 200, "count")),
    ("破获近百起", ("近百", 100, "nearly", 0, 100, "count")),
    ("抓获嫌疑人1000名以上", ("1000名以上", 1000, "at_least", 1000, 2000, "count")),
    ("侦破案件４，５６５起", ("４，５６５", 4565, "exact", 4565, 4565, "count")),
    ("侦破案件1 2 3 4 5起", ("1 2 3 4 5", 12345, "exact", 12345, 12345, "count")),
    ("抓获3 9 0 0 余名", ("3 9 0 0 余", 3900, "more_than", 3900, 4000, "count")),
    ("资产1兆元", ("1兆", 1000000000000, "exact", 1000000000000, 1000000000000, "count")),
])
def test_numerals_in_text(text, expected):
    assert summary(one(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("同比下降负3.5%", ("负3.5%", -3.5, "exact", -3.5, -3.5, "percent")),
    ("增速为-3.5%", ("-3.5%", -3.5, "exact", -3.5, -3.5, "percent")),
    ("占比60%左右", ("60%左右", 60, "about", 55, 65, "percent")),
    ("占比10%以上", ("10%以上", 10, "at_least", 10, 20, "percent")),
    ("提高百分之五十五点五", ("百分之五十五点五", 55.5, "exact", 55.5, 55.5, "percent")),
    ("提高3个百分点", ("3", 3, "exact", 3, 3, "points")),
    ("占总数的三分之一", ("三分之一", 1 / 3, "exact", 1 / 3, 1 / 3, "fraction")),
    ("降至千分之一", ("千分之一", 1, "exact", 1, 1, "rate")),
    ("降至万分之四", ("万分之四", 4, "exact", 4, 4, "rate")),
    ("破案率提高三成", ("三", 3, "exact", 3, 3, "rate")),
    ("九成以上", ("九成以上", 9, "at_least", 9, 10, "rate")),
    ("同比增长4.5倍", ("4.5", 4.5, "exact", 4.5, 4.5, "times")),
    ("发案率5‰", ("5‰", 0.005, "exact", 0.005, 0.005, "fraction")),
])
def test_percentages_fractions_and_negatives(text, expected):
    assert summary(one(text)) == expected


def test_a_percent_sign_then_a_han_character_is_no_url_code():
    assert one("同比下降30%左右").qualifier == "about"
    result = scan_zh("见 https://a.cn/%E4%BD%99")
    assert result.figures == []
    assert [(r.text, r.reason) for r in result.rejections] == [
        ("4", "part of a web address, code or Latin word"),
        ("99", "part of a web address, code or Latin word")]


# --- indefinite amounts ----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected, bound", [
    ("约谈企业数十家", ("数十", 10, "indefinite", 10, 100, "count"), (10, 100)),
    ("抓获数百名", ("数百", 100, "indefinite", 100, 1000, "count"), (100, 1000)),
    ("清理数十万条", ("数十万", 100000, "indefinite", 100000, 1000000, "count"),
     (100000, 1000000)),
    ("打掉几十个团伙", ("几十", 10, "indefinite", 10, 100, "count"), (10, 100)),
    ("处罚好几百家", ("好几百", 100, "indefinite", 100, 1000, "count"), (100, 1000)),
    ("查获十几台", ("十几", 10, "indefinite", 10, 20, "count"), (10, 20)),
    ("清理二十几万条", ("二十几万", 200000, "indefinite", 200000, 300000, "count"),
     (200000, 300000)),
    ("抓获一百几十人", ("一百几十", 100, "indefinite", 100, 200, "count"), (100, 200)),
    ("涉及数以万计的网民", ("数以万计", 10000, "indefinite", 10000, 100000, "count"),
     (10000, 100000)),
    ("涉案上千万元", ("上千万", 10000000, "upwards", 10000000, 100000000, "count"),
     (10000000, math.inf)),
    ("处罚上百家", ("上百", 100, "upwards", 100, 1000, "count"), (100, math.inf)),
    ("涉及成千上万的网民", ("成千上万", 1000, "upwards", 1000, 100000, "count"), (1000, math.inf)),
    ("成百上千的账号", ("成百上千", 100, "upwards", 100, 10000, "count"), (100, math.inf)),
    ("侦破十余起", ("十余", 10, "more_than", 10, 20, "count"), (10, math.inf)),
    ("查获十来个", ("十来", 10, "about", 5, 15, "count"), (5, 15)),
    ("打掉两三个团伙", ("两三", 2, "range", 2, 3, "count"), (2, 3)),
    ("抓获三四百名", ("三四百", 300, "range", 300, 400, "count"), (300, 400)),
    ("清理二三十万条", ("二三十万", 200000, "range", 200000, 300000, "count"), (200000, 300000)),
    ("持续三五天", ("三五", 3, "range", 3, 5, "duration"), (3, 5)),
])
def test_indefinite_amounts(text, expected, bound):
    assert summary(one(text)) == expected
    assert (one(text, "bound").low, one(text, "bound").high) == bound


def test_indefinite_amounts_follow_the_readings_rule():
    # the rule of bulletin.figures.readings: [v, next multiple of 10 p above v)
    assert figure_range(10, "indefinite", place=1) == (10, 20)
    assert figure_range(200000, "indefinite", place=10000) == (200000, 300000)
    assert figure_range(10000000, "upwards") == (10000000, 100000000)
    assert figure_range(1000, "upwards", place=10000) == (1000, 100000)
    assert figure_range(1000, "upwards", reading="bound", place=10000) == (1000, math.inf)


@pytest.mark.parametrize("text", ["人数十分重要", "少数十分", "千万不要", "总数", "陆续抓获"])
def test_words_that_look_like_indefinite_amounts(text):
    assert find_figures_zh(text) == []


def test_upwards_needs_a_real_shang():
    # 网上 and 以上 end words: 上 does not mean "reaching" there
    assert [f.qualifier for f in find_figures_zh("网上万名网民")] == ["exact"]
    assert find_figures_zh("网上万名网民")[0].text == "万"


@pytest.mark.parametrize("text, expected", [
    ("二〇二一年", ("二〇二一年", 2021, "year")),
    ("2021年", ("2021年", 2021, "year")),
    ("发布时间 2020/4/11", ("2020/4/11", 11, "date")),
])
def test_years_in_any_digits(text, expected):
    figure = one(text)
    assert (figure.text, figure.value, figure.kind) == expected



def test_the_circle_zero_of_years():
    assert chinese_number("二○二一") == 2021
    assert [(f.text, f.kind) for f in scan_zh("二○二一年，查获手机3部").figures] == [
        ("二○二一年", "year"), ("3", "count")]
