"""Which language a text is in, read from its script; and simplified folding of Chinese.

:func:`detect_language` counts Chinese characters (CJK ideographs, simplified or
traditional) against Latin letters: a Chinese character carries about as much text as
three Latin letters, so a text is ``zh`` when ``3 × characters ≥ letters``, ``en`` when it
has Latin letters and fewer characters, and ``None`` when it has neither (or when other
scripts, such as Cyrillic, kana or Hangul, outweigh both). :func:`language_runs` does the
same paragraph by paragraph, so that a bilingual text (an English relay with the Chinese
original under each paragraph) is read with the right finder in each part.

:func:`fold` maps traditional characters to simplified ones, one character for one, so
that offsets into the folded text are offsets into the original. The word lists of the
package (verbs, cues, metric patterns) are written in simplified script and matched
against folded text; what a table shows (quotes, nouns) stays as printed.

Examples
--------
>>> detect_language("Police solved 3,900 cases."), detect_language("侦破案件3900余起。")
('en', 'zh')
>>> detect_language("偵破案件3900餘起。"), detect_language("Полиция раскрыла 3900 дел."), detect_language("2021")
('zh', None, None)
>>> fold("偵辦網絡犯罪案件6.2萬起")
'侦办网络犯罪案件6.2万起'
"""

from __future__ import annotations

import re

try:
    from .script import to_simplified as _to_simplified
except ImportError:  # pragma: no cover - script.py ships with the package
    _to_simplified = None

LANGUAGES = ("en", "zh")
#: A Chinese character carries about as much text as this many Latin letters.
LETTERS_PER_CHARACTER = 3
#: A paragraph with fewer Chinese characters and fewer Latin letters than these takes
#: its text's language (a line such as "2021-10-14" or "Source: CCTV" says little).
MIN_CHARACTERS, MIN_LETTERS = 4, 12

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")

_TRADITIONAL = (
    "網絡偵辦獲處罰關閉違規業單務團夥個萬億餘類動專項軍淨凈條張臺機詐騙賭資產門國與會戰這對時開級計數據鏈戶證碼販賣買傳謠員視"
    "頻遊戲錢結廣術撐轄區縣廳隊組織領導實現興舉掃黃書圖聲訊話電腦軟庫錄問題試竊聽攝頭衛護斷眾審決繳毀鏟搗檢約凍攔刪訴發報預勸"
    "緝締銷責線擊號賬帳設備貓來們為於從後裡裏並還進過達運營態應當經濟歲齡額親屬轉帶貨價幣虛擬嚴厲懲續揮職穩總體協調聯繫係參勢"
    "亂壞築壘點熱難醫療遞騎駕車輛飛鐵彈質優惡貪賄賂廠場倫災險兇綁搶傷紅綠藍稱賽雙邊陣際範圍擴邏輯層勵獎懸賞敗勝陸島灣臨間簡記"
    "議論說講評談認識讀寫編製樣種積極觀長別獄監園學習黨頓謹紀師飯館藝劇畫節檔貸債銀鑒鑑權洩內驗註冊頁壇貼蹤跡穢槍測簽掛駭馬補"
    "緊隱紮雲劍崑侖蘇東陝遼寧龍慶貴嶺鄉鎮剷殲勞獨錯誤衝創鬥爭統幫兒礙僅盤夠歷載輸懷聞訪採週劃環鍵強執複蓋稅費貿購儲値響頒佈謂"
    "僞偽詳細諮詢謀殺濫豐碩績歸憑諾僱懼嗎麼啓啟鎖鑰匯彙擁辯紛擾騷饋償損腳幾撥鬧鐘鍾沖輿慣駐灘濱漢陽陰臉聰齊劑壓縮燒燈爐戀廟舊"
    "蘭豬貝賓貧孫廈絲縱緩綜羅義翹聖肅脅膽臟艦藥蟲蠻襲覺觸訂討訓託許訟診詞該誠誘請諸謝譯讓豈負貢財貫貶賀賊賠賦賴贈贊趨躍軌較輔"
    "輕輪辭農遠遷選遺邁鄭鄰醜釋針鉤鋒鍛鏡閃閱闊陳隨雜雞離雖靈韓頂順須顧顯風飄飽養駛驅驚髮鬆魚鮮鳥鳴麥齒"
)
_SIMPLIFIED = (
    "网络侦办获处罚关闭违规业单务团伙个万亿余类动专项军净净条张台机诈骗赌资产门国与会战这对时开级计数据链户证码贩卖买传谣员视"
    "频游戏钱结广术撑辖区县厅队组织领导实现兴举扫黄书图声讯话电脑软库录问题试窃听摄头卫护断众审决缴毁铲捣检约冻拦删诉发报预劝"
    "缉缔销责线击号账帐设备猫来们为于从后里里并还进过达运营态应当经济岁龄额亲属转带货价币虚拟严厉惩续挥职稳总体协调联系系参势"
    "乱坏筑垒点热难医疗递骑驾车辆飞铁弹质优恶贪贿赂厂场伦灾险凶绑抢伤红绿蓝称赛双边阵际范围扩逻辑层励奖悬赏败胜陆岛湾临间简记"
    "议论说讲评谈认识读写编制样种积极观长别狱监园学习党顿谨纪师饭馆艺剧画节档贷债银鉴鉴权泄内验注册页坛贴踪迹秽枪测签挂骇马补"
    "紧隐扎云剑昆仑苏东陕辽宁龙庆贵岭乡镇铲歼劳独错误冲创斗争统帮儿碍仅盘够历载输怀闻访采周划环键强执复盖税费贸购储值响颁布谓"
    "伪伪详细咨询谋杀滥丰硕绩归凭诺雇惧吗么启启锁钥汇汇拥辩纷扰骚馈偿损脚几拨闹钟钟冲舆惯驻滩滨汉阳阴脸聪齐剂压缩烧灯炉恋庙旧"
    "兰猪贝宾贫孙厦丝纵缓综罗义翘圣肃胁胆脏舰药虫蛮袭觉触订讨训托许讼诊词该诚诱请诸谢译让岂负贡财贯贬贺贼赔赋赖赠赞趋跃轨较辅"
    "轻轮辞农远迁选遗迈郑邻丑释针钩锋锻镜闪阅阔陈随杂鸡离虽灵韩顶顺须顾显风飘饱养驶驱惊发松鱼鲜鸟鸣麦齿"
)
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def script_counts(text: str) -> tuple[int, int, int]:
    """The numbers of Chinese characters, Latin letters and other letters in ``text``.

    >>> script_counts("3.7万余起 cases")
    (3, 5, 0)
    """
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    cjk = other = 0
    for run in _NON_ASCII.findall(text):
        chinese = len(_CJK.findall(run))
        cjk += chinese
        if chinese < len(run):
            for char in run:
                if char.isalpha() and not _CJK.match(char):
                    if _LATIN.match(char):
                        latin += 1
                    else:
                        other += 1
    return cjk, latin, other


def detect_language(text: str) -> str | None:
    """``"zh"``, ``"en"`` or ``None``: the language of ``text``, read from its script."""
    cjk, latin, other = script_counts(text)
    weight = cjk * LETTERS_PER_CHARACTER
    if weight + latin == 0 or other > weight + latin:
        return None
    return "zh" if weight >= latin else "en"


def fold(text: str) -> str:
    """``text`` with traditional Chinese characters replaced by simplified ones.

    The result has the same length, so offsets carry over. It uses
    :func:`bulletin.script.to_simplified` (OpenCC) when that is installed, else a table of
    the characters common in police bulletins.
    """
    if _to_simplified is not None:
        try:
            return _to_simplified(text)
        except ImportError:
            pass
    return text.translate(_FOLD)


def language_runs(text: str, paras, lang: str | None = None) -> list[tuple[int, int, str]]:
    """The text cut into runs of one language: ``(start, end, lang)``, covering all of it.

    Each paragraph (``paras``, from :func:`bulletin.text.paragraphs`) takes the language
    its own script shows; a short one (fewer than :data:`MIN_CHARACTERS` Chinese characters
    and :data:`MIN_LETTERS` Latin letters) or one in neither
    language takes the text's. ``lang`` forces one language for the whole text.
    Consecutive paragraphs of one language make one run, so a text in one language is a
    single run from 0 to its end.

    >>> from bulletin.text import paragraphs
    >>> doc = "Police solved 3 cases in the city.\\n侦破案件3起，抓获犯罪嫌疑人5名。"
    >>> language_runs(doc, paragraphs(doc))
    [(0, 35, 'en'), (35, 52, 'zh')]
    """
    overall = lang or detect_language(text)
    if overall is None:
        return []
    if lang is not None or (overall == "en" and not _CJK.search(text)):
        return [(0, len(text), overall)]
    runs: list[list] = []
    for para in paras:
        cjk, latin, _ = script_counts(para.text)
        own = detect_language(para.text) if cjk >= MIN_CHARACTERS or latin >= MIN_LETTERS \
            else None
        own = own or overall
        if runs and runs[-1][2] == own:
            continue
        if runs:
            runs[-1][1] = para.start
        runs.append([para.start if runs else 0, len(text), own])
    return [tuple(run) for run in runs] or [(0, len(text), overall)]
