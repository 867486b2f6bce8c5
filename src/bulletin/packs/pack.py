"""Bulletin packs: one folder per bulletin, described by a small manifest.

A pack holds what the engine knows of one particular report::

    <pack>/
      pack.toml      the manifest: id, language, raw file and its sha256, publisher,
                     date, period covered, title, chart source line
      raw/           the text exactly as received (never edited)
      reference/     that bulletin's hand-kept tables: operations.csv (operations, their
                     English and Chinese cues and their groups), and any others the
                     analysis reads (the Chinese phrases behind its figures, its damaged
                     sentences)
      processed/     tables written by code (claims.csv), checked for drift by a test

The engine names no bulletin: operation groups (which operations are the crackdowns,
which the industry actions), titles and source lines come from here. With no pack the
claims table still works, from the text's own structure.

Examples
--------
>>> pack = load_pack(PACKS / "jingwang2021-stage")
>>> pack.id, pack.language, pack.raw.name
('jingwang2021-stage', 'en', 'cleaning-the-internet-2021-stage-results.en.txt')
>>> pack.group("industry_action")
['four_disruptions', 'four_governance', 'four_pipes']
>>> find_pack(pack.raw) == pack
True
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bulletin.errors import BulletinError
from bulletin.paths import PACKS
from bulletin.packs.corrections import CORRECTIONS, Correction, load_corrections
from bulletin.packs.operations import Operation, load_operations
from bulletin.text.load import load_text, sha256_of

MANIFEST = "pack.toml"
#: Manifest keys every pack must give, and what each is.
REQUIRED = {
    "id": "a short id, the same as the pack folder's name",
    "language": "en or zh",
    "title": "the report's title as published",
    "publisher": "who published it",
    "published": "the publication date, YYYY-MM-DD (an empty string when the text prints none)",
    "period_start": "the first month the report counts, YYYY-MM",
    "period_end": "the last month (or day) it counts, YYYY-MM or YYYY-MM-DD",
    "raw": "the raw text's path inside the pack (raw/...)",
    "sha256": "the raw text's sha256",
    "source_line": "the source line printed under every chart",
}
LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class Pack:
    """One bulletin as data. Build it with :func:`load_pack`."""

    root: Path
    id: str
    language: str
    title: str
    publisher: str
    published: datetime.date | None
    period_start: str
    period_end: str
    raw: Path
    sha256: str
    source_line: str
    short_title: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    def text(self) -> str:
        """The raw text, verified against the manifest's sha256."""
        actual = sha256_of(self.raw)
        if actual != self.sha256:
            raise BulletinError(
                f"{self.raw} has changed: its sha256 is {actual}, but {self.root / MANIFEST} "
                f"records {self.sha256}; restore the original (raw files are never edited)"
            )
        return load_text(self.raw)

    def reference(self, name: str) -> Path:
        """A hand-kept table of this pack: ``reference/<name>``."""
        return self.root / "reference" / name

    def processed(self, name: str) -> Path:
        """A table written by code for this pack: ``processed/<name>``."""
        return self.root / "processed" / name

    @cached_property
    def operations(self) -> list[Operation]:
        """The pack's operations (``reference/operations.csv``); none if it has no table."""
        path = self.reference("operations.csv")
        return load_operations(path) if path.is_file() else []

    @cached_property
    def corrections(self) -> list[Correction]:
        """The pack's hand corrections of figures (``reference/corrections.csv``), if any."""
        return load_corrections(self.reference(CORRECTIONS))

    def group(self, name: str) -> list[str]:
        """The ids of the operations in group ``name``, in table order."""
        ids = [op.operation for op in self.operations if op.group == name]
        if not ids:
            groups = sorted({op.group for op in self.operations if op.group})
            raise BulletinError(f"pack {self.id} has no operation in group {name!r}; "
                                f"its groups are: {', '.join(groups) or 'none'}")
        return ids

    def operation(self, operation: str) -> Operation:
        """One operation by id."""
        for op in self.operations:
            if op.operation == operation:
                return op
        raise BulletinError(f"pack {self.id} has no operation {operation!r}")


def load_pack(folder: str | Path) -> Pack:
    """Read a pack's manifest, checking that every required key is there.

    Errors name the pack folder and the missing or bad key in one line.
    """
    folder = Path(folder)
    manifest = folder / MANIFEST
    if not manifest.is_file():
        raise BulletinError(f"{folder} is not a bulletin pack: it has no {MANIFEST}")
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BulletinError(f"{manifest} is not valid TOML: {exc}") from None
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise BulletinError(f"{manifest} lacks {', '.join(missing)} "
                            f"({'; '.join(REQUIRED[k] for k in missing)})")
    if data["language"] not in LANGUAGES:
        raise BulletinError(f"{manifest}: language is {data['language']!r}; use en or zh")
    published = data["published"]
    if published == "":
        published = None
    elif not isinstance(published, datetime.date):
        try:
            published = datetime.date.fromisoformat(str(published))
        except ValueError:
            raise BulletinError(f"{manifest}: published is {published!r}; "
                                "write it as YYYY-MM-DD") from None
    raw = folder / data["raw"]
    if not raw.is_file():
        raise BulletinError(f"{manifest}: raw file {data['raw']} not found in the pack")
    known = set(REQUIRED) | {"short_title"}
    return Pack(
        root=folder.resolve(), id=data["id"], language=data["language"], title=data["title"],
        publisher=data["publisher"], published=published,
        period_start=str(data["period_start"]), period_end=str(data["period_end"]),
        raw=raw.resolve(), sha256=str(data["sha256"]).lower(), source_line=data["source_line"],
        short_title=data.get("short_title", ""),
        extra={k: v for k, v in data.items() if k not in known},
    )


def find_pack(file: str | Path) -> Pack | None:
    """The pack whose raw text ``file`` is, if it sits in one (``<pack>/raw/<file>``)."""
    path = Path(file).resolve()
    for folder in path.parents[:3]:
        if (folder / MANIFEST).is_file():
            pack = load_pack(folder)
            return pack if pack.raw == path else None
    return None


def project_packs(folder: Path = PACKS) -> list[Pack]:
    """Every pack in the project's ``data/packs/`` folder, in id order."""
    if not folder.is_dir():
        return []
    return [load_pack(p) for p in sorted(folder.iterdir()) if (p / MANIFEST).is_file()]


def project_pack(pack_id: str, folder: Path = PACKS) -> Pack:
    """One of the project's packs, by id."""
    path = folder / pack_id
    if not (path / MANIFEST).is_file():
        known = ", ".join(p.id for p in project_packs(folder)) or "none"
        raise BulletinError(f"no pack {pack_id!r} in {folder}; the packs are: {known}")
    return load_pack(path)
