"""scan_zh takes time in proportion to the length of the text (no per-figure scan of it all).

The paragraph is written for this test. The bound is loose on purpose (a shared machine
is noisy): eight times the text must take less than sixteen times the CPU time; a scan
that looked over the whole text for each figure would take about sixty-four times.
"""

import time

from bulletin.figures.zh import scan_zh

PARAGRAPH = (
    "2021年10月14日，“净网2021”专项行动共侦破案件3.7万余起，抓获犯罪嫌疑人8万余名，查获"
    "黑卡300余万张、黑号5000余万个，关停网站1.2万个，同比增长10.7%；偵辦案件1.8萬餘起，"
    "拨打110报警，15时30分，数十万人参加，第3年。\n"
)


def _cpu_seconds(copies: int) -> float:
    text = PARAGRAPH * copies
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        result = scan_zh(text)
        best = min(best, time.process_time() - start)
    assert len(result.figures) == copies * 9  # counted by hand: a date, 7 counts, 1 percent
    return best


def test_eight_times_the_text_takes_about_eight_times_as_long():
    small = _cpu_seconds(100)
    large = _cpu_seconds(800)
    assert large < 16 * small, (small, large)
