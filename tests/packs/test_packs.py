"""Every bulletin pack in data/packs/: a valid manifest, its raw text intact, its tables in shape."""

import csv

import pytest

from bulletin.errors import BulletinError
from bulletin.packs.pack import LANGUAGES, MANIFEST, find_pack, load_pack, project_packs
from bulletin.paths import PACKS
from bulletin.text.load import sha256_of


def test_the_project_has_packs():
    assert [p.id for p in project_packs()], "data/packs/ holds no pack"


def test_the_pack_folder_is_named_after_its_id(pack):
    assert pack.root.name == pack.id


def test_the_manifest_names_the_raw_text_and_its_checksum(pack):
    assert pack.language in LANGUAGES
    assert pack.raw.is_relative_to(pack.root / "raw")
    assert sha256_of(pack.raw) == pack.sha256
    assert pack.text()


def test_a_sha256sums_beside_the_raw_text_agrees_with_the_manifest(pack):
    sums = pack.raw.parent / "SHA256SUMS"
    if sums.is_file():
        listed = dict(line.split("  ", 1)[::-1] for line in sums.read_text().splitlines())
        assert listed[pack.raw.name] == pack.sha256


def test_the_raw_text_is_found_as_its_pack(pack):
    assert find_pack(pack.raw) == pack


def test_operation_groups_are_named_and_ids_unique(pack):
    ids = [op.operation for op in pack.operations]
    assert len(ids) == len(set(ids))
    assert all(op.label for op in pack.operations)


def test_the_pack_source_line_names_a_source(pack):
    assert pack.source_line.startswith(("Source", "Sources"))


def test_the_processed_claims_are_what_the_command_writes_today(pack):
    """Drift: every pack's processed/claims.csv, not only the October one's."""
    from bulletin.cli.pack import claims_csv

    committed = pack.processed("claims.csv")
    assert committed.is_file(), f"{pack.id} has no processed/claims.csv"
    assert committed.read_text(encoding="utf-8") == claims_csv(pack), (
        f"{pack.id}: processed/claims.csv is stale or edited: run `python -m bulletin claims "
        f"{pack.raw} -o {committed}` and review the difference")


def test_the_pack_is_whole(pack):
    from bulletin.cli.pack import pack_check_problems

    assert pack_check_problems(pack.root) == []


def test_processed_tables_have_a_header_and_rows(pack):
    for path in sorted((pack.root / "processed").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, f"{path.name} has no rows"


def _write_pack(folder, **changes):
    raw = folder / "raw"
    raw.mkdir(parents=True)
    (raw / "b.txt").write_text("Police solved 12 cases.", encoding="utf-8")
    manifest = {
        "id": "test-pack", "language": "en", "title": "A test bulletin", "publisher": "A bureau",
        "published": "2020-01-02", "period_start": "2019-01", "period_end": "2019-12",
        "raw": "raw/b.txt", "sha256": sha256_of(raw / "b.txt"), "source_line": "Source: a test.",
    }
    manifest.update(changes)
    lines = [f'{k} = "{v}"' for k, v in manifest.items() if v is not None]
    (folder / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_pack_loads_from_any_folder(tmp_path):
    _write_pack(tmp_path / "test-pack")
    pack = load_pack(tmp_path / "test-pack")
    assert (pack.id, pack.published.isoformat(), pack.operations) == ("test-pack", "2020-01-02", [])
    assert pack.text() == "Police solved 12 cases."


@pytest.mark.parametrize("changes, message", [
    ({"title": None}, "lacks title"),
    ({"language": "fr"}, "use en or zh"),
    ({"published": "2 Jan 2020"}, "YYYY-MM-DD"),
    ({"raw": "raw/missing.txt"}, "not found"),
])
def test_a_bad_manifest_is_refused_with_a_reason(tmp_path, changes, message):
    _write_pack(tmp_path / "p", **changes)
    with pytest.raises(BulletinError, match=message):
        load_pack(tmp_path / "p")


def test_an_edited_raw_text_is_refused(tmp_path):
    _write_pack(tmp_path / "p")
    (tmp_path / "p" / "raw" / "b.txt").write_text("Police solved 13 cases.", encoding="utf-8")
    with pytest.raises(BulletinError, match="has changed"):
        load_pack(tmp_path / "p").text()


def test_a_folder_without_a_manifest_is_not_a_pack(tmp_path):
    with pytest.raises(BulletinError, match="not a bulletin pack"):
        load_pack(tmp_path)
    assert find_pack(tmp_path / "loose.txt") is None


def test_packs_live_in_the_project_packs_folder():
    assert PACKS.is_dir()
