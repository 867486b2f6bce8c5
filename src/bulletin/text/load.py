"""Load a bulletin's text: UTF-8 only, never empty, checksum-verified where one is kept.

A folder may hold a ``SHA256SUMS`` file in the format ``sha256sum`` writes. When the
file being loaded is listed there, its digest must match, so an edited copy of the raw
bulletin is refused rather than analysed.

Offsets everywhere in the package index the text exactly as Python reads the file with
``open(path, encoding="utf-8")``: a UTF-8 byte-order mark is kept as the character U+FEFF
at offset 0 (not stripped, as ``utf-8-sig`` would), so offset ``n`` in a table is
character ``n`` of the file for every reader.

Examples
--------
>>> from bulletin.packs.pack import project_pack
>>> load_text(project_pack("jingwang2021-stage").raw).startswith("Attention")
True
>>> decode("\ufeff12 cases".encode())[1:]
'12 cases'
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bulletin.errors import BulletinError

CHECKSUM_FILE = "SHA256SUMS"


def sha256_of(path: str | Path) -> str:
    """The hex sha256 digest of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def recorded_checksum(path: Path) -> str | None:
    """The digest recorded for ``path`` in a ``SHA256SUMS`` beside it, if any."""
    sums = path.parent / CHECKSUM_FILE
    if not sums.is_file():
        return None
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.strip().partition("  ")
        if name.lstrip("*") == path.name:
            return digest.lower()
    return None


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 text, refusing empty, binary and non-UTF-8 input.

    Examples
    --------
    >>> decode("3900余起".encode())
    '3900余起'
    >>> decode(b"\\xff\\xfe")
    Traceback (most recent call last):
    ...
    bulletin.errors.BulletinError: input is not UTF-8 text (bad byte 0xff at offset 0); convert it to UTF-8 first
    """
    if not data.strip():
        raise BulletinError(f"{name} is empty; give a file that holds the bulletin's text")
    if b"\x00" in data:
        raise BulletinError(f"{name} looks binary (it contains NUL bytes); give a plain-text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BulletinError(
            f"{name} is not UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); convert it to UTF-8 first"
        ) from None


def load_text(path: str | Path) -> str:
    """Read a text file as UTF-8, verifying its checksum when one is recorded."""
    path = Path(path)
    if not path.exists():
        raise BulletinError(f"no such file: {path}")
    if not path.is_file():
        raise BulletinError(f"not a file: {path}")
    data = path.read_bytes()
    expected = recorded_checksum(path)
    if expected is not None:
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise BulletinError(
                f"{path} has changed: its sha256 is {actual}, but {CHECKSUM_FILE} records "
                f"{expected}; restore the original (files in data/raw/ are never edited)"
            )
    return decode(data, str(path))
