"""A pack written from a text alone, and the checks that a pack is whole.

:func:`init_pack` lays out a new pack (see :mod:`bulletin.packs.pack`)::

    DIR/pack.toml                 id, language, title, date if printed, raw file and sha256
    DIR/raw/<file>, SHA256SUMS    the text as received, and its digest
    DIR/reference/operations.csv  one row per operation the text opens (drafted: edit it)
    DIR/reference/corrections.csv a figure's noun, metric or operation set by hand (empty)
    DIR/processed/                tables written by code (claims.csv: written by the caller)
    DIR/README.md                 what the pack is, what to edit, how to rebuild

The operations are drafted by the caller (the claims layer reads the text's structure;
this layer only writes them). :func:`pack_problems` lists what is wrong with a pack,
one line each: a manifest key, a changed raw text, a digest that disagrees, an operations
or corrections table that does not load, a reference table copied from another pack.

Examples
--------
>>> printed_date("2021年10月14日，公安部召开发布会。"), printed_date("Beijing, 14 October 2021 -")
('2021-10-14', '2021-10-14')
>>> printed_date("Police solved 12 cases.")
''
>>> title_of("# http://example.com/a\\n\\n公安机关开展净网行动\\n\\n正文。")
'公安机关开展净网行动'
"""

from __future__ import annotations

import calendar
import csv
import datetime
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from bulletin.errors import BulletinError
from bulletin.packs.corrections import COLUMNS as CORRECTION_COLUMNS, CORRECTIONS
from bulletin.packs.operations import load_operations
from bulletin.packs.pack import MANIFEST, load_pack
from bulletin.text.load import CHECKSUM_FILE, load_text, sha256_of

#: The columns of a drafted operations table (those :func:`load_operations` reads, and the
#: draft's own ``cue`` note).
OPERATION_COLUMNS = ["operation", "group", "label", "in_sentence", "name_en", "name_zh",
                     "cues_en", "cues_zh", "extent", "description"]
#: The reference tables every pack may hold; any other must name only this pack's operations.
OWN_TABLES = ("operations.csv", CORRECTIONS)

_MONTHS = "|".join(calendar.month_name[1:])
_DATES = [
    (re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"), "ymd"),
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"), "ymd"),
    (re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTHS}),?\s+(?P<y>(?:19|20)\d\d)\b"), "dmy"),
    (re.compile(rf"\b(?P<mon>{_MONTHS})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"), "mdy"),
]
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")


@dataclass(frozen=True)
class DraftOperation:
    """One operation found in the text, for the user to edit."""

    operation: str
    group: str
    cue: str
    lang: str
    extent: str = "sentence"


def printed_date(text: str) -> str:
    """The first full date the text prints, as ``YYYY-MM-DD`` (empty when none)."""
    found = []
    for pattern, _ in _DATES:
        match = pattern.search(text)
        if match:
            parts = match.groupdict()
            month = int(parts["m"]) if "m" in parts and parts.get("m") else \
                list(calendar.month_name).index(parts["mon"])
            try:
                day = datetime.date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
            found.append((match.start(), day.isoformat()))
    return min(found)[1] if found else ""


def title_of(text: str, limit: int = 120) -> str:
    """The text's title: its first line that is not an address, without a heading mark."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip().lstrip("\ufeff")
        if line and not _URL_LINE.match(line):
            return line if len(line) <= limit else line[:limit - 1] + "…"
    return ""


def _toml(value: str) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _operation_rows(drafts: list[DraftOperation]) -> list[dict]:
    rows = []
    for d in drafts:
        label = d.operation.replace("_", " ").capitalize() if d.lang == "en" else d.operation
        rows.append({"operation": d.operation, "group": d.group, "label": label,
                     "in_sentence": "", "name_en": label if d.lang == "en" else "",
                     "name_zh": label if d.lang == "zh" else "",
                     "cues_en": d.cue if d.lang == "en" else "",
                     "cues_zh": d.cue if d.lang == "zh" else "", "extent": d.extent,
                     "description": "drafted by `pack init` from the text: check and edit"})
    return rows


README = """# {title}

A bulletin pack written by `python -m bulletin pack init` on {today}.

| file | what it is |
|---|---|
| `pack.toml` | the manifest: id, language, title, date (if the text prints one), raw file and its sha256; fill in `publisher`, `period_start`, `period_end` and `source_line` |
| `raw/{raw}` | the text as received: never edit it (`raw/SHA256SUMS` and the manifest hold its digest) |
| `reference/operations.csv` | one row per operation the text opens, drafted from its structure: edit the ids, groups (`headline`, `operation`, `passage`, `example_case`), labels and cue phrases |
| `reference/corrections.csv` | a figure's `noun`, `metric` or `operation` set by hand (`start` and `text` as `claims` writes them), with the `reason` |
| `processed/claims.csv` | the claims, written by code: rebuild with `python -m bulletin claims raw/{raw} -o processed/claims.csv` |

Check the pack with `python -m bulletin pack check {folder}`; the project's tests check
every pack in `data/packs/` the same way.
"""


def init_pack(file: Path, folder: Path, drafts: list[DraftOperation], language: str) -> Path:
    """Write a new pack for the text ``file`` in ``folder`` (which must not hold files yet);
    return the manifest's path. ``processed/claims.csv`` is left to the caller."""
    file, folder = Path(file), Path(folder)
    text = load_text(file)
    if not folder.parent.is_dir():
        raise BulletinError(f"the folder {folder.parent} does not exist; create it first")
    if folder.exists() and any(folder.iterdir()):
        raise BulletinError(f"{folder} is not empty; give a new folder for the pack")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", folder.name):
        raise BulletinError(f"{folder.name!r} cannot be a pack id: use letters, digits, "
                            "'-', '_' and '.' only")
    for sub in ("raw", "reference", "processed"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    raw = folder / "raw" / file.name
    shutil.copyfile(file, raw)
    digest = sha256_of(raw)
    (folder / "raw" / CHECKSUM_FILE).write_text(f"{digest}  {raw.name}\n", encoding="utf-8")
    title = title_of(text)
    manifest = {"id": folder.name, "language": language, "title": title,
                "short_title": title[:60], "publisher": "", "published": printed_date(text),
                "period_start": "", "period_end": "", "raw": f"raw/{raw.name}",
                "sha256": digest, "source_line": f"Source: {title}."}
    lines = ["# Written by `python -m bulletin pack init`: fill in the empty keys."]
    lines += [f"{key} = {_toml(value)}" for key, value in manifest.items()]
    (folder / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
    _write_csv(folder / "reference" / "operations.csv", OPERATION_COLUMNS, _operation_rows(drafts))
    _write_csv(folder / "reference" / CORRECTIONS, CORRECTION_COLUMNS, [])
    (folder / "README.md").write_text(README.format(
        title=title or folder.name, today=datetime.date.today().isoformat(), raw=raw.name,
        folder=folder), encoding="utf-8")
    return folder / MANIFEST


def _sums_problem(pack) -> str | None:
    sums = pack.raw.parent / CHECKSUM_FILE
    if not sums.is_file():
        return None
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.strip().partition("  ")
        listed[name.lstrip("*")] = digest.lower()
    if listed.get(pack.raw.name) not in (None, pack.sha256):
        return f"raw/{CHECKSUM_FILE} and {MANIFEST} give different digests for {pack.raw.name}"
    return None


def _foreign_tables(pack) -> list[str]:
    """Reference tables with an ``operation`` column naming operations the pack does not have."""
    known = {op.operation for op in pack.operations}
    problems = []
    for path in sorted((pack.root / "reference").glob("*.csv")):
        if path.name in OWN_TABLES or not known:
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if "operation" not in (reader.fieldnames or []):
                continue
            strange = sorted({row["operation"] for row in reader} - known - {""})
        if strange:
            problems.append(f"reference/{path.name} names operations this pack does not have "
                            f"({', '.join(strange[:3])}{' …' if len(strange) > 3 else ''}): "
                            "copied from another pack? delete it or fix it")
    return problems


def pack_problems(folder: Path) -> list[str]:
    """What is wrong with the pack in ``folder``, one line each (none: the pack is whole).
    The claims' drift is checked by the caller (it needs the claims layer)."""
    try:
        pack = load_pack(folder)
        pack.text()
    except BulletinError as exc:
        return [str(exc)]
    problems = []
    if pack.id != Path(folder).resolve().name:
        problems.append(f"{MANIFEST}: id is {pack.id!r} but the folder is "
                        f"{Path(folder).resolve().name!r}; make them the same")
    sums = _sums_problem(pack)
    if sums:
        problems.append(sums)
    operations = pack.reference("operations.csv")
    for load in (lambda: operations.is_file() and load_operations(operations),
                 lambda: pack.corrections):
        try:
            load()
        except BulletinError as exc:
            problems.append(str(exc))
    problems += _foreign_tables(pack)
    readme = pack.root / "README.md"
    if readme.is_file():
        head = readme.read_text(encoding="utf-8")
        if pack.id not in head and (pack.title or "\0") not in head:
            problems.append("README.md names neither the pack's id nor its title: "
                            "copied from another pack? rewrite it")
    return problems
