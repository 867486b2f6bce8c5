"""How much rests on the reading of 余: the cases the Ministry's own numbers pin, a third
reading calibrated on them, and every verdict under each reading.

A figure printed with one significant digit and 余 (``8万余``) spans a whole step of its
only digit under the ``step`` reading: 80,000 to under 90,000. Some of the Ministry's
numbers pin such figures more narrowly (:func:`pinned_cases`):

- a total printed both ways, rounded with 余 and to the unit (``5.7万余起`` and ``57519起``);
- a stated growth on the year before: 2021's ``10.3万余名`` suspects grew ``28.7%``, so
  2020's ``8万余名`` lies in [80,000, 80,839];
- a yearly average over several years, if the years it averages are known.

The ``calibrated`` reading (:func:`calibrate`) reads a one-significant-digit 余 figure as if
its second digit were printed: ``8万余`` is [80,000, 81,000), one tenth of the step;
figures with two or more significant digits keep the step reading. It is the narrowing
the pinned year totals support; :func:`pinned_cases` says which pins it fits and which it
does not. :func:`verdicts` runs every check of :mod:`bulletin.analysis.campaign` under the three
readings and :func:`flips` keeps those whose verdict changes.

Examples
--------
>>> from bulletin.analysis.context import load_campaign_figures, pick
>>> figures = calibrate(load_campaign_figures(CAMPAIGN))
>>> row = pick(figures, 2020, FULL_YEAR, "headline", "suspects")
>>> row.phrase, row.low, row.high, row.reading
('8万余名', 80000, 81000, 'calibrated')
"""

from __future__ import annotations

import math

import pandas as pd

from bulletin.analysis.campaign import HEADLINE, parts_table, stage_vs_year_end, years_with_both
from bulletin.analysis.counting import comparability
from bulletin.analysis.growth import intersect, yoy_check, yoy_metrics
from bulletin.analysis.pace import increases, series_verdicts, year_end_jumps
from bulletin.analysis.scopes import AVERAGE, FULL_YEAR, SINCE_START, STAGE
from bulletin.analysis.checks import significant_digits
from bulletin.analysis.context import interval_of, load_campaign_figures, pick, reading_of
from bulletin.errors import BulletinError, FigureNotFound
from bulletin.analysis.intervals import Interval, total

CALIBRATED = "calibrated"
#: The readings every verdict is given under, in order.
READINGS = ("step", "bound", CALIBRATED)
#: The share of the step a calibrated one-digit 余 figure spans (its second digit's step).
ONE_DIGIT_SHARE = 0.1
_UPWARD = ("more_than", "at_least")


def calibrated_range(value: float, qualifier: str, low: float, high: float) -> tuple[float, float]:
    """A figure's range under the ``calibrated`` reading, from its ``step`` range.

    >>> calibrated_range(80000, "more_than", 80000, 90000)
    (80000, 81000)
    >>> calibrated_range(37000, "more_than", 37000, 38000), calibrated_range(16600, "exact", 16600, 16600)
    ((37000, 38000), (16600, 16600))
    """
    if qualifier in _UPWARD and math.isfinite(high) and high > low \
            and significant_digits(value) == 1:
        share = (high - low) * ONE_DIGIT_SHARE
        return low, low + (int(round(share)) if float(share).is_integer() or
                           abs(share - round(share)) < 1e-9 else share)
    return low, high


def calibrate(figures: pd.DataFrame) -> pd.DataFrame:
    """A ``step`` figures table re-ranged under the ``calibrated`` reading.

    Raises :class:`BulletinError` for a table under another reading.
    """
    if reading_of(figures) != "step":
        raise BulletinError("calibrate a table loaded under the step reading")
    out = figures.copy()
    ranges = [calibrated_range(v, q, lo, hi) if k == "count" else (lo, hi)
              for v, q, lo, hi, k in zip(out["value"], out["qualifier"], out["low"],
                                         out["high"], out["kind"])]
    out["low"] = pd.Series([r[0] for r in ranges], index=out.index, dtype=object)
    out["high"] = pd.Series([r[1] for r in ranges], index=out.index, dtype=object)
    out["reading"] = CALIBRATED
    return out


def load_readings(campaign, pack=None) -> dict[str, pd.DataFrame]:
    """The campaign figures of a campaign folder (with ``pack``'s claims) under each of
    :data:`READINGS`."""
    step = load_campaign_figures(campaign, pack, "step")
    return {"step": step, "bound": load_campaign_figures(campaign, pack, "bound"),
            CALIBRATED: calibrate(step)}


# --- what the Ministry's own numbers pin -------------------------------------------------------

def _pin(row: pd.Series, pinned: Interval | None, by: str, kind: str, assumption: str = "") -> dict:
    low, high = row["low"], row["high"]
    step = high - low
    cal = calibrated_range(row["value"], row["qualifier"], low, high)
    if pinned is None:
        p_low = p_high = math.nan
        position = (math.nan, math.nan)
        fits = False
    else:
        p_low, p_high = pinned.low, pinned.high
        position = ((p_low - low) / step, (p_high - low) / step)
        fits = pinned.overlaps(Interval(cal[0], cal[1]))
    return {
        "campaign_year": int(row["campaign_year"]), "scope": row["scope"],
        "operation": row["operation"], "metric": row["metric"], "phrase": row["phrase"],
        "digits": significant_digits(row["value"]), "step_low": low, "step_high": high,
        "pinned_low": p_low, "pinned_high": p_high,
        "position_low": position[0], "position_high": position[1],
        "calibrated_low": cal[0], "calibrated_high": cal[1], "fits_calibrated": fits,
        "pinned_by": by, "kind": kind, "assumption": assumption,
    }


def pinned_cases(figures: pd.DataFrame) -> pd.DataFrame:
    """The 余 figures the Ministry's own numbers pin, and where in the step they lie.

    ``figures`` is a ``step`` table. One row per pinned figure: its phrase, significant
    ``digits``, ``step_low``/``step_high``, ``pinned_low``/``pinned_high`` (what the other
    numbers leave), ``position_low``/``position_high`` (where that is, as a share of the
    step: 0 is the printed floor), the ``calibrated`` range and whether the pinned range
    meets it (``fits_calibrated``), ``pinned_by`` (the phrases that pin it), ``kind``
    (``printed to the unit``, ``stated growth``, ``yearly average``) and the
    ``assumption`` the pin needs, if any.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> p = pinned_cases(load_campaign_figures(CAMPAIGN))
    >>> p[["campaign_year", "phrase", "kind", "fits_calibrated"]].values.tolist()[:3]
    [[2018, '5.7万余起', 'printed to the unit', True], [2018, '8.3万余名', 'printed to the unit', True], [2021, '6.2万余起', 'stated growth', True]]
    """
    if reading_of(figures) != "step":
        raise BulletinError("pin the figures of a table loaded under the step reading")
    rows, seen = [], set()
    counts = figures[figures["kind"] == "count"]
    key = ["campaign_year", "scope", "operation", "metric"]
    for _, r in counts[counts["qualifier"].isin(_UPWARD)].iterrows():
        same = counts.loc[(counts[key] == r[key]).all(axis=1)]
        for _, e in same[same["qualifier"] == "exact"].iterrows():
            notes = comparability([r, e])
            if ("category" in notes or not r["low"] <= e["value"] < r["high"]
                    or significant_digits(e["value"]) <= significant_digits(r["value"])):
                continue
            mark = (tuple(r[key]), r["phrase"], e["value"])
            if mark in seen:
                continue
            seen.add(mark)
            rows.append(_pin(r, Interval.exact(e["value"]), e["phrase"], "printed to the unit"))
    for year, metric in yoy_metrics(figures):
        c = yoy_check(figures, year, metric)
        current = pick(figures, year, FULL_YEAR, HEADLINE, metric)
        previous = pick(figures, year - 1, FULL_YEAR, HEADLINE, metric)
        by = f"{c['current']} and {c['stated']} growth"
        if previous["qualifier"] in _UPWARD:
            rows.append(_pin(previous, intersect(interval_of(previous), c["implied_previous"]),
                             by, "stated growth"))
        elif current["qualifier"] in _UPWARD:
            rows.append(_pin(current, intersect(interval_of(current), c["implied_current"]),
                             f"{c['previous']} and {c['stated']} growth", "stated growth",
                             f"the bare {c['previous']} is as printed"))
    averages = counts[(counts["scope"] == AVERAGE) & (counts["use"] == "yes")
                      & counts["qualifier"].isin(_UPWARD)]
    for _, a in averages.iterrows():
        first, last = int(a["period_start"][:4]), int(a["period_end"][:4]) - 1
        years = [y for y in range(first, last + 1)
                 if not counts[(counts["campaign_year"] == y) & (counts["scope"] == FULL_YEAR)
                               & (counts["operation"] == a["operation"])
                               & (counts["metric"] == a["metric"]) & (counts["use"] == "yes")].empty]
        if not years:
            continue
        summed = total([interval_of(pick(figures, y, FULL_YEAR, a["operation"], a["metric"]))
                        for y in years])
        mean = Interval(summed.low / len(years), summed.high / len(years))
        rows.append(_pin(a, intersect(interval_of(a), mean),
                         f"the mean of the full-year totals {years[0]}–{years[-1]}",
                         "yearly average",
                         f"the average is of the full years {years[0]}–{years[-1]}"))
    return pd.DataFrame(rows)


# --- every verdict under every reading ---------------------------------------------------------

def _verdict_rows(figures: pd.DataFrame, extras) -> list[dict]:
    rows = []
    for _, r in parts_table(figures, extras=extras).iterrows():
        rows.append({"check": "parts", "campaign_year": r["campaign_year"], "scope": r["scope"],
                     "operation": HEADLINE, "metric": r["metric"], "variant": r["variant"],
                     "verdict": r["verdict"]})
    for year in sorted({int(y) for y in figures.loc[figures["scope"] == STAGE, "campaign_year"]}):
        table = stage_vs_year_end(figures, year)
        for _, r in table.iterrows():
            rows.append({"check": "stage vs year-end", "campaign_year": year, "scope": "",
                         "operation": r["operation"], "metric": r["metric"], "variant": "",
                         "verdict": r["verdict"]})
    jumps = year_end_jumps(figures)
    for _, r in jumps.iterrows():
        rows.append({"check": "pace", "campaign_year": r["campaign_year"], "scope": "",
                     "operation": HEADLINE, "metric": r["metric"], "variant": r["cut_off"],
                     "verdict": r["verdict"]})
    for year in years_with_both(figures):
        for metric in ("cases", "suspects"):
            try:
                _, summary = increases(figures, year, metric)
            except FigureNotFound:
                continue
            for _, r in summary.iterrows():
                if r["n"]:
                    rows.append({"check": "increases", "campaign_year": year, "scope": "",
                                 "operation": HEADLINE, "metric": metric,
                                 "variant": r["operations"], "verdict": r["verdict"]})
    for metric in ("cases", "suspects"):
        for _, r in series_verdicts(figures, metric).iterrows():
            rows.append({"check": "series", "campaign_year": int(r["campaign_year"]),
                         "scope": SINCE_START, "operation": HEADLINE, "metric": metric,
                         "variant": r["taken"], "verdict": r["verdict"]})
    for year, metric in yoy_metrics(figures):
        c = yoy_check(figures, year, metric)
        rows.append({"check": "growth", "campaign_year": year, "scope": FULL_YEAR,
                     "operation": HEADLINE, "metric": metric, "variant": "",
                     "verdict": "consistent" if c["consistent"] else "inconsistent"})
    return rows


def verdicts(frames: dict[str, pd.DataFrame], extras=()) -> pd.DataFrame:
    """Every check's verdict under each reading: one row per check and subject, one column
    per reading (the keys of ``frames``, e.g. :func:`load_readings`), and ``flips`` (the
    verdicts are not all the same).

    Checks: ``parts`` (:func:`~bulletin.analysis.campaign.parts_table`, with ``extras``), ``stage vs
    year-end`` (:func:`~bulletin.analysis.campaign.stage_vs_year_end`, every year), ``pace`` (the
    headline's pace after the stage report, :func:`~bulletin.analysis.pace.year_end_jumps`),
    ``increases`` (:func:`~bulletin.analysis.pace.increases`), ``series`` (what a running total
    leaves for its last year, against the fastest year-end jump,
    :func:`~bulletin.analysis.pace.series_check`) and ``growth``
    (:func:`~bulletin.analysis.growth.yoy_check`).
    """
    key = ["check", "campaign_year", "scope", "operation", "metric", "variant"]
    merged = None
    for reading, figures in frames.items():
        table = pd.DataFrame(_verdict_rows(figures, extras)).rename(columns={"verdict": reading})
        merged = table if merged is None else merged.merge(table, on=key, how="outer", sort=False)
    readings = list(frames)
    merged[readings] = merged[readings].fillna("not computed")
    merged["flips"] = merged[readings].nunique(axis=1) > 1
    return merged


def flips(table: pd.DataFrame, between=None) -> pd.DataFrame:
    """The rows of a :func:`verdicts` table whose verdict changes between the readings
    ``between`` (default: all of them).

    >>> t = pd.DataFrame({"check": ["parts"], "step": ["over"], "bound": ["consistent"],
    ...                   "calibrated": ["over"]})
    >>> len(flips(t)), len(flips(t, ["step", "calibrated"]))
    (1, 0)
    """
    readings = list(between or [r for r in READINGS if r in table.columns])
    return table[table[readings].nunique(axis=1) > 1].reset_index(drop=True)
