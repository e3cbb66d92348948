"""Files are replaced whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from partnerdesk.files import atomic_path, atomic_write


def test_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("old")
    with atomic_write(target) as stream:
        stream.write("new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("good")
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write("half of a")
        raise RuntimeError("disk unplugged")
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]


def test_atomic_path_for_writers_that_need_a_name(tmp_path: Path) -> None:
    target = tmp_path / "new" / "chart.png"
    with atomic_path(target) as temporary:
        assert temporary.parent == target.parent and temporary != target
        temporary.write_bytes(b"\x89PNG")
        assert not target.exists()
    assert target.read_bytes() == b"\x89PNG"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    new = tmp_path / "new.csv"
    old_umask = os.umask(0o022)
    try:
        with atomic_write(new) as stream:
            stream.write("x")
    finally:
        os.umask(old_umask)
    assert new.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.csv"
    kept.write_text("old")
    kept.chmod(0o640)
    with atomic_write(kept) as stream:
        stream.write("new")
    assert kept.stat().st_mode & 0o777 == 0o640
