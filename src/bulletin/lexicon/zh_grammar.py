"""The grammar of Chinese figures as data: numerals, qualifiers, measure words, verbs.

Every list is in *simplified* script only: :mod:`bulletin.figures.zh` scans
:func:`bulletin.text.script.to_simplified` of the text (same length, so offsets still hold)
and reports the spans of the original text, so traditional forms (萬, 餘, 偵辦, 團夥)
need no entries of their own. The lists hold general bulletin vocabulary, nothing of one
bulletin. :mod:`bulletin.figures.zh` builds its regular expressions from them once, at import.
"""

from __future__ import annotations

# --- numerals ---------------------------------------------------------------------------

#: Chinese digits, everyday and financial (大写) forms.
DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "参": 3, "肆": 4, "伍": 5,
    "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
#: Financial digits: in running text they count only beside a financial unit (壹佰贰拾),
#: since 伍, 陆 and 参 are also ordinary characters (队伍, 陆续, 参加).
FINANCIAL_DIGITS = "壹贰叁参肆伍陆柒捌玖"
FINANCIAL_UNITS = "拾佰仟"
#: Units inside a section of four digits.
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Tens written as one character: 廿 = 20, 卅 = 30, 卌 = 40.
TENS = {"廿": 20, "卅": 30, "卌": 40}
#: Scales: 万 = 10^4, 亿 = 10^8, 兆 = 10^12 (the mainland financial reading).
SCALES = {"万": 10**4, "亿": 10**8, "兆": 10**12}
#: What may not follow a unit or scale character for it to be one (千克 is a kilogram,
#: 百分之 a percentage, 兆瓦 a megawatt).
NOT_AFTER_MULTIPLIER = {
    "百": ("分之", "分点", "分比"), "佰": ("分之",),
    "千": ("分之", "克", "米", "瓦", "帕", "伏", "卡", "字节", "兆"),
    "万": ("分之",),
    "兆": ("瓦", "字节", "赫", "比特", "帧", "位", "帕", "欧", "焦", "吨", "像素"),
}
#: Signs of a negative number, written before it.
NEGATIVE = ("负",)

# --- qualifiers -------------------------------------------------------------------------

#: Qualifiers written before the number, mapped to the qualifier id.
QUALIFIERS_BEFORE = {
    "将近": "nearly", "接近": "nearly", "几近": "nearly", "近": "nearly",
    "大约": "about", "大概": "about", "约": "about",
    "超过": "more_than", "逾": "more_than", "超": "more_than",
    "至少": "at_least", "最少": "at_least", "不少于": "at_least", "不低于": "at_least",
    "不下": "at_least",
    "不足": "less_than", "不到": "less_than", "不满": "less_than", "少于": "less_than",
    "低于": "less_than",
    "多达": "up_to", "高达": "up_to", "最多": "up_to", "至多": "up_to",
}
#: Qualifiers that count before a bare unit only (过千, 过万): elsewhere 过 is a verb ending.
QUALIFIERS_BEFORE_BARE = {"过": "more_than"}
#: A one-character qualifier does not count after these characters (最近, 公约, 赶超, 通过).
NOT_QUALIFIER_AFTER = {
    "近": set("最附靠临贴亲就远逼"),
    "约": set("公条合契签预节制相邀婉履特"),
    "超": set("赶高"),
    "过": set("通经不透度错看做路难见去来超越跨闯渡"),
}
#: Qualifiers written right after the number: 3900余, 20多, 十来.
QUALIFIERS_IN = {"余": "more_than", "多": "more_than", "来": "about"}
#: Qualifiers written after the measure word (or after 10%): 1000名以上, 60%左右.
QUALIFIERS_AFTER = {
    "以上": "at_least", "有余": "more_than", "开外": "more_than", "左右": "about",
    "上下": "about", "以下": "up_to", "以内": "up_to", "之多": "up_to",
}
#: After a time unit 多 and 余 still qualify: 两年多, 10年余.
QUALIFIERS_AFTER_TIME = {"多": "more_than", "余": "more_than"}
#: Which qualifiers state a bound: before 的 such a figure defines a group (a threshold).
BOUND_QUALIFIERS = frozenset({"more_than", "at_least", "less_than", "up_to"})

# --- indefinite amounts -----------------------------------------------------------------

#: Before a bare unit (数十, 几百, 好几千), "several": the ``indefinite`` qualifier.
SEVERAL = ("好几", "数", "几")
#: 数 is not "several" after these characters (人数, 总数, 无数, 少数, 倍数).
NOT_SEVERAL_AFTER = set("人次总件户多少无半倍分函指参系变基岁条笔位数")
#: Before a bare unit (上千, 上百, 上千万), "reaching": the ``upwards`` qualifier.
UPWARDS = ("上",)
#: 上 is a postposition, not "reaching", after these characters (网上, 线上, 以上, 会上).
NOT_UPWARDS_AFTER = set("网线以之马早晚路身会市向往加至楼台桌面地天世史镇省县区")

# --- measure words ----------------------------------------------------------------------

#: Measure words of counts and amounts; the longest match wins (人次 over 人).
MEASURE_WORDS = (
    "个百分点", "百分点", "人次", "家次", "户次", "架次", "台次", "车次", "周岁",
    "美元", "港元", "欧元", "日元", "公斤", "千克", "公里",
    "名", "人", "起", "个", "家", "张", "台", "款", "套", "件", "条", "部", "类", "种",
    "次", "户", "处", "只", "辆", "份", "篇", "项", "组", "批", "元", "间", "座", "枚",
    "支", "箱", "吨", "位", "宗", "单", "笔", "例", "层", "道", "场", "轮", "架", "艘",
    "本", "册", "页", "亩", "岁", "所", "块", "瓶", "包", "袋", "盒", "颗", "粒", "根",
    "栋", "克",
)
#: Measure words that count a thing named beside them (抓获1400余名网络水军): the noun
#: may follow them. The others (人, 元, 吨, 岁 ...) name what they count themselves.
CLASSIFIERS = frozenset(
    "名 个 起 家 张 台 款 套 件 条 部 类 种 户 处 只 辆 份 篇 项 组 批 间 座 枚 支 箱 位 宗 "
    "单 笔 例 层 道 场 轮 架 艘 本 册 页 所 块 瓶 包 袋 盒 颗 粒 根 栋".split()
)
#: Currency measure words: written right after 万 or 亿 they join it (万元, 亿元).
MONEY = ("元", "美元", "港元", "欧元", "日元")
#: Measure words of percentage points: the figure is a percent.
PERCENT_POINTS = ("个百分点", "百分点")
#: Units of durations; the unit is the figure's measure.
TIME_UNITS = (
    "个小时", "个星期", "个工作日", "个月", "工作日", "小时", "星期", "分钟", "年",
    "天", "日", "周", "秒",
)
#: Words that start with a measure-word character but are not one (部署, 处罚, 条件).
NOT_MEASURE = (
    "部署", "部门", "部分", "处罚", "处理", "处置", "批准", "条件", "条例", "台湾", "次要",
    "道路", "种类", "人民", "项目", "类型", "场所", "单位", "批次", "元旦", "名义", "名单",
    "名称", "本地", "本人", "本次", "本年", "年度", "年龄", "年级", "天然", "日期", "次日",
    "件事",
)

# --- words that are not figures ---------------------------------------------------------

#: Words that start with a numeral character but hold no figure.
IDIOMS = (
    "零容忍", "零部件", "零件", "零售", "零星", "零距离", "零散", "十分", "十足", "十全",
    "一次性", "一条龙", "一部分", "一大批", "一道", "一把手", "一揽子", "一系列", "一体化",
    "千家万户", "千方百计", "百姓", "百度", "百货", "百科", "万众", "万无一失", "百分百",
    "千千万万", "三令五申", "五花八门", "四面八方",
)
#: Words in which a Chinese digit is not a number (统一部署: 一 is not "one 部").
DIGIT_WORDS = frozenset(
    "统一 唯一 之一 同一 单一 逐一 万一 专一 不一 划一 合一 第一 一一".split()
)
#: After a bare Chinese 一 and its measure word, a noun makes 一 the article "a"
#: (打掉一个团伙); these measure words are always the article (一批 "a batch of").
INDEFINITE_ONE_ALWAYS = ("批",)
#: Number + these words is the code name of a case or campaign (12.15专案).
CODE_NAME_AFTER = ("专案", "专项", "行动", "战役", "会战", "系列案", "号案", "工程")
#: Characters after which a bare 2021 is a year (截至2021, 于2021), not a name (净网2021).
BEFORE_BARE_YEAR = set("至于在从自到和与及是为的今前后即")
#: Words near a number that make it a telephone number or hotline.
PHONE_BEFORE = ("拨打", "电话", "热线", "致电", "报警", "举报", "号码", "专线", "短信", "反诈")
PHONE_AFTER = ("热线", "电话", "专线", "报警", "号码", "短信", "举报")
#: Before 时/点, words of the time of day: 上午9点 is a clock time.
TIME_OF_DAY = (
    "上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "深夜", "夜间", "当晚", "当天",
    "清晨", "晚", "早",
)
#: 时 after a number is not an hour before these (时间, 时期).
NOT_HOUR_BEFORE = set("间期候代段刻效空速长差尚政事局势节令机常光装评")

# --- verbs and the counted noun ---------------------------------------------------------

#: Verbs that govern a bulletin's counts (抓获犯罪嫌疑人2600余名).
HEAD_VERBS = (
    "抓获", "抓捕", "破获", "侦破", "侦办", "查办", "办理", "打掉", "捣毁", "摧毁", "端掉",
    "铲除", "关停", "关闭", "查处", "查获", "查扣", "查封", "查明", "缴获", "收缴", "扣押",
    "没收", "清理", "清除", "删除", "屏蔽", "下架", "封堵", "封禁", "封停", "注销", "处置",
    "处理", "解救", "挽救", "拦截", "冻结", "止付", "追缴", "挽回", "返还", "整改", "约谈",
    "警告", "罚款", "责令", "刑拘", "逮捕", "批捕", "起诉", "移送", "判处", "立案", "受理",
    "接报", "排查", "清查", "督办", "通报", "曝光", "公布", "发布", "推送", "劝阻", "培训",
    "走访", "检查", "作出", "发出", "帮助", "教育", "取缔", "收到", "查实", "捕获", "阻止",
    "阻断", "查缴", "侦结", "解散", "清缴", "处分", "封闭", "关掉", "巡查",
)
#: Measure words of events: with no object named, the count is of the action itself
#: (警告3.5万余次, 开展监督检查20万余次: the noun is 警告, 监督检查).
EVENT_MEASURES = frozenset({"次", "轮", "场"})
#: Verbs that also sit inside nouns (处罚决定, 涉及): used only when no head verb is found.
INNER_VERBS = ("涉及", "处罚", "发现", "打击", "整治", "治理", "开展", "组织")
#: Verbs of change before a percentage (同比增长10.7%).
CHANGE_VERBS = (
    "增长", "上升", "下降", "减少", "增加", "提高", "降低", "提升", "回落", "攀升", "下滑",
    "增幅", "降幅", "占",
)
#: Words joining two verbs that share an object (发现并关停, 抓获和刑拘).
VERB_JOINERS = ("并依法", "并", "和", "及", "与", "或", "、", "后")
#: Words that mark a list: after them the noun shares the previous figure's verb.
LIST_JOINERS = ("以及", "和", "及", "与", "、")
#: Words trimmed from the left edge of the counted noun.
NOUN_LEFT_TRIM = (
    "全国公安机关", "各地公安机关", "各级公安机关", "公安机关", "警方", "全国", "各地",
    "今年以来", "年内", "依法", "一举", "成功", "先后", "陆续", "相继", "共计", "累计",
    "总计", "合计", "当场", "现场", "其中", "此外", "另外", "同时", "以及", "各类", "各种",
    "各级", "涉嫌", "分别", "这些", "共", "并", "和", "及", "与", "或", "了", "的",
    "被", "已", "还", "又", "均", "都", "该", "等", "对", "向", "在", "从", "将",
)
#: Words protected from the left trim (被害人 keeps its 被, 共享 its 共).
NOUN_LEFT_KEEP = (
    "被害", "被告", "被执行", "被骗", "被盗", "被拐", "被侵害", "共享", "共同", "和平", "及时",
    "与会", "或者", "都市", "还款", "已婚", "均衡", "等级", "并购", "了解", "的士",
    "对象", "对外", "在校", "在逃", "在线", "在押", "在职", "在建", "向导", "从业", "将领",
)
#: Words trimmed from the right edge of the counted noun.
NOUN_RIGHT_TRIM = (
    "分别为", "分别", "达到", "共计", "累计", "总计", "合计", "共有", "总数为", "达", "共",
    "是", "等", "的", "各", "已", "了", "就", "即", "中", "为", "有",
)
#: Endings protected from the right trim (行为 keeps its 为, 所有 its 有, 其中 its 中).
NOUN_RIGHT_KEEP = (
    "行为", "作为", "认为", "成为", "因为", "所有", "拥有", "持有", "具有", "含有", "国有",
    "私有", "集中", "其中", "初中", "高中", "目的", "平等", "同等", "高等", "中等", "发达",
    "表达", "到达", "送达", "传达", "下达", "为了",
)
#: Words that cannot start a noun written after the measure word (3900余起为黑客案件).
NOUN_AFTER_STOP = (
    "为", "是", "被", "在", "已", "将", "同比", "其中", "共", "涉及", "的", "中", "等",
    "分别", "次", "后", "时", "前", "之", "均", "都", "也", "还", "又", "就", "和", "及",
    "与", "并", "或", "以上", "左右", "以下", "以内", "不等", "左", "占",
)
#: Words that end a noun written after the measure word.
NOUN_AFTER_END = (
    "并", "和", "及", "与", "或", "等", "被", "已", "均", "都", "也", "在", "将", "同比",
    "其中", "分别", "共", "流入", "流向", "用于", "进入", "实施", "从事", "提供", "参与",
    "作案", "发送", "遭受", "受骗", "上当", "进行", "开展", "通过", "利用", "非法", "涉嫌",
    "为", "是", "的是", "至", "到", "向", "从", "给",
)
#: How far the counted noun may reach: before the number, and after the measure word.
NOUN_REACH_BEFORE = 30
NOUN_REACH_AFTER = 12
#: Without a verb in reach, a noun before the number longer than this is not trusted.
NOUN_MAX_WITHOUT_VERB = 12
