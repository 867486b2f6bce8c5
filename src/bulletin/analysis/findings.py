"""The numbers behind the project's findings, computed from a campaign's tables and a pack.

Each ``*_facts`` function runs one check and returns the numbers a finding states, as a
plain dict (intervals as :class:`~bulletin.analysis.intervals.Interval`, verdicts as short
ids). The analytic choices they rest on (which figure is counted beside which, which
operation may nest another, where a stage report's count may end) are data: the campaign
folder's ``findings.toml`` (:func:`load_choices`). :func:`facts` runs them all; the words a
reader sees are :mod:`bulletin.present.findings`, which writes ``reports/findings.csv``.

Examples
--------
>>> from bulletin.analysis.example import example_figures
>>> f = umbrella_parts(example_figures(), 2052, {"scope": "full_year", "metric": "suspects",
...                    "operation": "op_b", "includes": ["op_a"]})
>>> f["parts"], f["total"].low, f["verdict"]
(Interval(low=600, high=600, reading='step'), 1100, 'short')
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd

from bulletin.analysis import checks
from bulletin.analysis.campaign import parts_check, stage_vs_year_end
from bulletin.analysis.checks import HEADLINE
from bulletin.analysis.context import interval_of, period_months, pick
from bulletin.analysis.intervals import Interval
from bulletin.analysis.pace import (
    increases, operation_pace, pace_row, previous_month_end, series_check, year_end_jumps,
)
from bulletin.analysis.scopes import FULL_YEAR, STAGE
from bulletin.analysis.sensitivity import flips, load_readings, pinned_cases, verdicts
from bulletin.analysis.translation import align, chinese_texts, load_zh_figures, status_counts
from bulletin.errors import BulletinError

#: The campaign folder's file of analytic choices.
FINDINGS_TOML = "findings.toml"


def load_choices(campaign: Path) -> dict:
    """The analytic choices of a campaign folder (``findings.toml``), checked for the keys
    the findings need."""
    path = Path(campaign) / FINDINGS_TOML
    if not path.is_file():
        raise BulletinError(f"{path}: not found; a campaign's findings need its choices file")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    missing = [k for k in ("year", "extras", "nested", "umbrella", "stage_ends", "scope_jump",
                           "payments")
               if k not in data]
    if missing:
        raise BulletinError(f"{path}: no {', '.join(missing)}")
    return data


def extras_for(choices: dict, metric: str) -> list[tuple[str, str]]:
    """The (operation, metric) figures counted beside the parts of ``metric``."""
    return [(e["operation"], e["metric"]) for e in choices["extras"] if e["added_to"] == metric]


def extra_triples(choices: dict) -> list[tuple[str, str, str]]:
    """The extras as :func:`bulletin.analysis.campaign.parts_table` takes them."""
    return [(e["operation"], e["metric"], e["added_to"]) for e in choices["extras"]]


# --- one bulletin's parts ---------------------------------------------------------------------

def october_parts(claims: dict[str, pd.DataFrame], choices: dict) -> dict:
    """The stage bulletin's parts against its headline, under the step and bound readings,
    with the extras and with the nested operations left out (nesting, not adding)."""
    step, bound = claims["step"], claims["bound"]
    out = {}
    for metric in ("cases", "suspects"):
        parts = checks.operations_with(step, metric)
        nested = [p for p in parts if p not in choices["nested"]["includes"]]
        r = checks.parts_vs_total(step, metric, parts)
        out[metric] = {
            "parts": r["parts"], "total": r["total"], "excess": r["excess"], "verdict": r["verdict"],
            "bound": checks.parts_vs_total(bound, metric, parts)["verdict"],
            "nested": checks.parts_vs_total(step, metric, nested)["verdict"],
        }
        extra = extras_for(choices, metric)
        if extra:
            out[metric]["with_extras"] = checks.parts_vs_total(step, metric, parts, extra=extra)
    return out


# --- the campaign's reports -------------------------------------------------------------------

def umbrella_parts(figures: pd.DataFrame, year: int, umbrella: dict) -> dict:
    """A report's parts when one figure is an umbrella count that includes other
    operations': those operations are left out of the parts."""
    claims_all = parts_check(figures, year, umbrella["scope"], umbrella["metric"])
    kept = [p for p in claims_all["parts_ids"] if p not in umbrella["includes"]]
    r = parts_check(figures, year, umbrella["scope"], umbrella["metric"], parts=kept)
    return {"parts": r["parts"], "total": r["total"], "shortfall": r["total"] - r["parts"],
            "verdict": r["verdict"], "left_out": umbrella["includes"]}


def year_end_parts(frames: dict[str, pd.DataFrame], year: int, choices: dict) -> dict:
    """The year-end parts against the headline as assigned, without the inferred figure and
    under the umbrella reading, under every reading."""
    umbrella = choices["umbrella"]
    scope, metric = umbrella["scope"], umbrella["metric"]
    out = {}
    for reading, figures in frames.items():
        assigned = parts_check(figures, year, scope, metric)
        without = [p for p in assigned["parts_ids"] if p not in assigned["inferred"]]
        short = parts_check(figures, year, scope, metric, parts=without)
        out[reading] = {"assigned": assigned, "without": short,
                        "umbrella": umbrella_parts(figures, year, umbrella)}
    step = frames["step"]
    inferred = pick(step, year, scope, umbrella["operation"], metric)
    out["inferred_phrase"] = inferred["phrase"]
    out["includes_counted"] = [pick(step, year, scope, o, metric)["counted"]
                               for o in umbrella["includes"]]
    used = step[(step["campaign_year"] == year) & (step["scope"] == scope)
                & (step["use"] == "yes") & (step["origin"] == "table")]
    files = sorted(set(used["source_file"]))
    out["sources"] = len(files)
    out["machine_translated"] = sum("_MT_" in f for f in files)
    return out


def increases_facts(frames: dict[str, pd.DataFrame], year: int, choices: dict) -> dict:
    """The operations' smallest increases after the stage report against the headline's
    largest: every operation, without the inferred figure, and under the umbrella reading."""
    umbrella = choices["umbrella"]
    metric = umbrella["metric"]
    by_op, summary = increases(frames["step"], year, metric)
    s = summary.set_index("operations")
    # As an umbrella count, the year-end figure covers its own operation and the ones it
    # includes, which October states apart: their stage figures are added before comparing.
    compared = stage_vs_year_end(frames["step"], year)
    compared = compared[compared["metric"] == metric].set_index("operation")
    group = [umbrella["operation"]] + [o for o in umbrella["includes"] if o in compared.index]
    grouped = max(0, compared.loc[umbrella["operation"], "year_end_low"]
                  - sum(compared.loc[o, "stage_high"] for o in group))
    rest = by_op[~by_op["operation"].isin(group)]
    bound = increases(frames["bound"], year, metric)[1].set_index("operations")
    return {"every": int(s.loc["every operation", "smallest_sum"]),
            "without": int(s.loc["without inferred", "smallest_sum"]),
            "umbrella": int(rest["smallest"].sum() + grouped),
            "headline_high": int(s.loc["every operation", "headline_high"]),
            "verdict": s.loc["every operation", "verdict"],
            "bound": bound.loc["every operation", "verdict"]}


def pace_facts(frames: dict[str, pd.DataFrame], year: int) -> dict:
    """The headline's speed-up after the stage report of ``year`` at both cut-offs, every
    earlier year's (step reading), and the ceilings the bound reading leaves."""
    step = frames["step"]
    end = pick(step, year, STAGE, HEADLINE, "cases")["period_end"]
    out = {"year": year, "this": {}, "month_before": {}}
    for metric in ("cases", "suspects"):
        for key, cut in (("this", None), ("month_before", previous_month_end(end))):
            r = pace_row(step, year, HEADLINE, metric, cut)
            out[key][metric] = (r["speed_up_low"], r["speed_up_high"])
    jumps = year_end_jumps(step)
    stated = jumps[(jumps["cut_off"] == "stated") & (jumps["campaign_year"] != year)]
    out["earlier"] = {(int(r.campaign_year), r.metric): (r.speed_up_low, r.speed_up_high)
                      for r in stated.itertuples()}
    bound = year_end_jumps(frames["bound"])
    bound = bound[bound["cut_off"] == "stated"]
    out["bound"] = {(int(r.campaign_year), r.metric): (r.speed_up_low, r.speed_up_high)
                    for r in bound.itertuples()}
    return out


def series_facts(frames: dict[str, pd.DataFrame], choices: dict) -> dict:
    """The running total against the yearly totals: the speed-up the last year's total
    needs, the earlier jumps it is set against (under each possible stage end of ``stage_ends``), and
    what the running total leaves for suspects a month against the year before's pace."""
    step = frames["step"]
    cases = series_check(step, "cases").set_index("taken")
    needed = float(cases["speed_up_low"].min())
    statement_year = int(cases["campaign_year"].iloc[0])
    ends = {}
    for year, cut_offs in choices["stage_ends"].items():
        for cut in cut_offs:
            r = pace_row(step, int(year), HEADLINE, "cases", cut)
            ends[(int(year), cut)] = (r["speed_up_low"], r["speed_up_high"])
    (fastest_year, fastest_cut), (_, fastest) = max(ends.items(), key=lambda item: item[1][1])
    suspects = series_check(step, "suspects").set_index("taken").loc["as printed"]
    months = float(suspects["months_before"])
    before = statement_year - 1
    full = pick(step, before, FULL_YEAR, HEADLINE, "suspects")
    per_month = period_months(full["period_start"], full["period_end"])
    return {
        "year": statement_year, "year_total": cases.loc["as printed", "year_total"],
        "needed": needed, "stage_ends": ends, "fastest_end_high": fastest,
        "fastest_year": fastest_year, "fastest_cut": fastest_cut,
        "beyond": needed / fastest - 1,
        "suspects_left_month": (suspects["left_low"] / months, suspects["left_high"] / months),
        "suspects_year_before_month": interval_of(full).low / per_month,
        "year_before": before, "period": cases.loc["as printed", "period"],
    }


def translation_facts(pack, claims: pd.DataFrame, figures: pd.DataFrame, year: int) -> dict:
    """How many claims the Chinese text in hand prints alike, differently or not at all,
    and the English-only stage figures the year-end puts in question."""
    zh = load_zh_figures(pack.reference("zh-bulletin-figures.csv"), pack.operations, reading="step")
    aligned = align(claims, zh)
    n = dict(status_counts(aligned).values.tolist())
    compared = stage_vs_year_end(figures, year)
    questioned = compared[(compared["stage_origin"] == "claims")
                          & compared["verdict"].isin(["shrank", "may have shrunk"])]
    return {"claims": len(aligned), "confirmed": n.get("confirmed", 0),
            "differ": n.get("qualifier_differs", 0) + n.get("value_differs", 0),
            "english_only": n.get("no_chinese_source", 0), "texts": len(chinese_texts(zh)),
            "questioned": list(zip(questioned["operation"], questioned["metric"],
                                   questioned["stage"]))}


def sensitivity_facts(frames: dict[str, pd.DataFrame], choices: dict) -> dict:
    """How many verdicts change under the bound and the calibrated readings, and how many
    pinned one-digit totals the calibrated reading rests on."""
    table = verdicts(frames, extras=extra_triples(choices))
    pins = pinned_cases(frames["step"])
    one = pins[(pins["digits"] == 1) & pins["fits_calibrated"]]
    return {"verdicts": len(table), "bound": len(flips(table, ["step", "bound"])),
            "calibrated": len(flips(table, ["step", "calibrated"])), "pinned": len(one),
            "pinned_phrases": list(one["phrase"])}


def insiders_facts(figures: pd.DataFrame) -> dict:
    """The reports that state insiders, and the ones whose wording puts them among the
    suspects of personal-information cases (one phrase holds both)."""
    rows = figures[(figures["metric"] == "insiders") & (figures["use"] == "yes")
                   & (figures["origin"] == "table")]
    inside = rows[rows["counted"].str.contains("个人信息|個人信息", regex=True)]
    apart = rows[~rows.index.isin(inside.index)]
    return {"inside": list(zip(inside["campaign_year"], inside["scope"], inside["counted"])),
            "apart": list(zip(apart["campaign_year"], apart["scope"]))}


def scope_jump_facts(frames: dict[str, pd.DataFrame], year: int, choices: dict) -> dict:
    """The operations whose pace after the stage report jumps beyond ``scope_jump`` times
    the pace before (step reading), and the earlier rows marked as a wider class."""
    step = frames["step"]
    paces = operation_pace(step, year)
    big = paces[(paces["operation"] != HEADLINE) & (paces["speed_up_low"] > choices["scope_jump"])]
    jumps = [(r.operation, r.metric, r.speed_up_low, r.speed_up_high) for r in big.itertuples()]
    ops = {op for op, *_ in jumps}
    earlier = step[(step["operation"].isin(ops)) & (step["comparable"] != "yes")
                   & (step["campaign_year"] < year)]
    return {"jumps": jumps, "precedents": list(zip(earlier["campaign_year"], earlier["scope"],
                                                   earlier["operation"], earlier["metric"]))}


def payments_facts(figures: pd.DataFrame, year: int, payments: dict) -> dict:
    """The payment side at both reports (``payments``: an ``operation`` and its two
    ``metrics``, platforms then gangs): each figure, and the two together."""
    out = {}
    for scope in (STAGE, FULL_YEAR):
        rows = [pick(figures, year, scope, payments["operation"], m) for m in payments["metrics"]]
        total = Interval(sum(r["low"] for r in rows), sum(r["high"] for r in rows), "step")
        out[scope] = {"phrases": [r["phrase"] for r in rows], "total": total,
                      "comparable": [r["comparable"] for r in rows]}
    return out


def facts(campaign: Path, pack) -> dict[str, dict]:
    """Every finding's numbers, for a campaign folder and the stage bulletin's pack."""
    choices = load_choices(campaign)
    year = int(choices["year"])
    frames = load_readings(campaign, pack)
    path = pack.processed("claims.csv")
    claims = {r: checks.load_claims(path, r) for r in ("step", "bound")}
    return {
        "choices": choices,
        "october": october_parts(claims, choices),
        "year_end": year_end_parts(frames, year, choices),
        "increases": increases_facts(frames, year, choices),
        "pace": pace_facts(frames, year),
        "series": series_facts(frames, choices),
        "translation": translation_facts(pack, claims["step"], frames["step"], year),
        "sensitivity": sensitivity_facts(frames, choices),
        "insiders": insiders_facts(frames["step"]),
        "scope_jumps": scope_jump_facts(frames, year, choices),
        "payments": payments_facts(frames["step"], year, choices["payments"]),
    }
