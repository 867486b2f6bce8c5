"""Loading text: checksum, encoding and the clear errors on bad input."""

import hashlib

import pytest

from bulletin.errors import BulletinError
from bulletin.packs.pack import project_pack
from bulletin.text.load import decode, load_text, recorded_checksum

OCTOBER = project_pack("jingwang2021-stage")
BULLETIN = OCTOBER.raw
CHECKSUMS = BULLETIN.parent / "SHA256SUMS"


def test_raw_bulletin_matches_the_published_checksum():
    published = "127c7029fe4cedac157309e11febd12ce7c808840db92664ff5087fa729c1a7b"
    assert hashlib.sha256(BULLETIN.read_bytes()).hexdigest() == published
    assert recorded_checksum(BULLETIN) == published
    assert CHECKSUMS.is_file()


def test_loads_as_text():
    text = load_text(BULLETIN)
    assert text.startswith("Attention | The public security organs")
    assert "“Cleaning the Internet 2021”" in text


def test_a_changed_copy_is_refused(tmp_path):
    copy = tmp_path / BULLETIN.name
    copy.write_bytes(BULLETIN.read_bytes().replace(b"37,000", b"38,000"))
    (tmp_path / "SHA256SUMS").write_text(CHECKSUMS.read_text())
    with pytest.raises(BulletinError, match="has changed"):
        load_text(copy)


def test_a_file_without_a_recorded_checksum_loads(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Police solved 12 cases.", encoding="utf-8")
    assert load_text(other) == "Police solved 12 cases."


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\n ", "is empty"),
    (b"abc\x00def", "looks binary"),
    (b"caf\xe9 12 cases", "is not UTF-8"),
])
def test_bad_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(BulletinError, match=message):
        decode(data)


def test_missing_file(tmp_path):
    with pytest.raises(BulletinError, match="no such file"):
        load_text(tmp_path / "nope.txt")


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(BulletinError, match="not a file"):
        load_text(tmp_path)


def test_utf8_bom_is_kept_so_offsets_match_the_file_as_python_reads_it(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffPolice solved 12 cases.".encode("utf-8"))
    text = load_text(path)
    assert text == path.read_text(encoding="utf-8")
    assert text.index("12") == 15
