"""The evidence pack: contents, byte-identical rebuilds, verify, extractable Chinese and
Spanish text, deleted-for-me messages marked, and no partial ZIP after a crash."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.core import clock, conversations, disputes, evidence, users
from desktop.core import schema as m
from desktop.core.context import AppContext
from desktop.core.errors import KnownError, UsageError

DEMO_NOW = dt.datetime(2026, 11, 20, 9)
DELIVERED = 5                 # lucia's order from shenzhen-tech; its conversation has Chinese and Spanish


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 120, 200)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def ctx(tmp_path):
    c = AppContext(data_dir=tmp_path / "data")
    c.data_dir.mkdir()
    from desktop.core import demo
    demo.ensure_demo(c.db())
    with clock.frozen(DEMO_NOW):
        yield c
    c.close()


@pytest.fixture
def pack(ctx, tmp_path):
    db = ctx.db()
    lucia = users.resolve(db, "lucia")
    photo = tmp_path / "rota.png"
    photo.write_bytes(png())
    disputes.file_dispute(db, ctx, lucia, disputes.DisputeRequest(
        DELIVERED, "damaged", "La lámpara llegó rota", (disputes.EvidenceFile("rota.png", photo),)))
    conv = db.read(lambda s: s.scalar(select(m.Message.conversation_id).where(m.Message.order_id == DELIVERED)))
    second = db.read(lambda s: s.scalar(select(m.Message.id).where(
        m.Message.conversation_id == conv, m.Message.kind == m.MessageKind.TEXT).order_by(m.Message.id)))
    conversations.delete_for_me(db, lucia, conv, second)
    out = tmp_path / "pack.zip"
    evidence.export(db, lucia, DELIVERED, ctx.data_dir, out)
    return out, photo, second


def test_pack_holds_pdf_json_originals_and_sums(pack, tmp_path):
    out, photo, deleted_id = pack
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert names[:2] == ["conversation.pdf", "conversation.json"] and names[-1] == "SHA256SUMS"
        originals = [n for n in names if n.startswith("evidence/")]
        assert len(originals) == 1
        stored = z.read(originals[0])
        data = json.loads(z.read("conversation.json"))
        sums = z.read("SHA256SUMS").decode()
    assert hashlib.sha256(stored).hexdigest() in sums and len(sums.splitlines()) == len(names) - 1
    assert data["history"][0]["evidence"] == originals
    marked = [x for x in data["messages"] if x["deleted_for_me"]]
    assert [x["id"] for x in marked] == [deleted_id]
    assert {"buyer", "seller"} == set(data["messages"][0]["local"])
    folder = tmp_path / "unzipped"
    zipfile.ZipFile(out).extractall(folder)
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_pdf_text_has_chinese_and_spanish_and_page_numbers(pack, tmp_path):
    out, _photo, _ = pack
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(zipfile.ZipFile(out).read("conversation.pdf"))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "您好！我们的充电宝是原装正品" in text
    assert "¿Me podéis enviar fotos reales del producto?" in text
    assert "La lámpara llegó rota" in text
    assert "deleted by you" in text and re.search(r"\b1 ?/ ?1\b", text)
    assert b"/MediaBox [0 0 595.28 841.89]" in pdf.read_bytes()       # A4


def test_two_builds_are_byte_identical(ctx, pack, tmp_path):
    out, _photo, _ = pack
    again = tmp_path / "again.zip"
    with clock.frozen(DEMO_NOW + dt.timedelta(hours=5)):       # later: the pack's dates come from the data
        evidence.export(ctx.db(), users.resolve(ctx.db(), "lucia"), DELIVERED, ctx.data_dir, again)
    assert again.read_bytes() == out.read_bytes()


def _rewrite(src, dst, change) -> None:
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as w:
        for info in z.infolist():
            body = change(info.filename, z.read(info.filename))
            if body is not None:
                w.writestr(info, body)


def test_verify_passes_fresh_and_fails_on_one_byte_or_a_missing_file(pack, tmp_path, capsys):
    from desktop.cli import main

    out, _photo, _ = pack
    assert evidence.verify(out).ok
    assert main(["evidence", "verify", str(out)]) == 0
    one_byte = tmp_path / "one.zip"
    _rewrite(out, one_byte, lambda n, b: (b[:100] + bytes([b[100] ^ 1]) + b[101:]) if n == "conversation.json" else b)
    capsys.readouterr()
    assert main(["evidence", "verify", str(one_byte)]) == 1
    assert "changed: conversation.json" in capsys.readouterr().out
    missing = tmp_path / "missing.zip"
    _rewrite(out, missing, lambda n, b: None if n.startswith("evidence/") else b)
    result = evidence.verify(missing)
    assert not result.ok and len(result.missing) == 1 and not result.changed
    assert main(["evidence", "verify", str(tmp_path / "nothing.zip")]) == 2


def test_a_crash_mid_write_leaves_no_pack(ctx, pack, tmp_path, monkeypatch):
    out, _photo, _ = pack
    before = out.read_bytes()
    real = zipfile.ZipFile.writestr
    calls = []

    def crash(self, info, body, *a, **k):
        calls.append(info)
        if len(calls) == 2:
            raise MemoryError("killed mid-write")
        return real(self, info, body, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", crash)
    fresh = tmp_path / "fresh.zip"
    lucia = users.resolve(ctx.db(), "lucia")
    for dest in (fresh, out):
        calls.clear()
        with pytest.raises(MemoryError):
            evidence.export(ctx.db(), lucia, DELIVERED, ctx.data_dir, dest)
    assert not fresh.exists()
    assert out.read_bytes() == before                    # an older pack at the destination is untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_someone_elses_order_is_refused(ctx, tmp_path):
    james = users.resolve(ctx.db(), "james")
    with pytest.raises(Exception, match="no order 5"):
        evidence.export(ctx.db(), james, DELIVERED, ctx.data_dir, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_verify_refuses_devices_and_folders_at_once(tmp_path):
    # /dev/zero would be read for ever as a ZIP (its end never comes); a folder is no pack.
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(UsageError, match="not a file"):
            evidence.verify(path)


def _patched_zip(tmp_path: Path, *, method: int | None = None, encrypted: bool = False) -> Path:
    """A small pack whose headers claim a compression method zipfile lacks, or encryption."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.txt", b"hello")
        z.writestr("SHA256SUMS", f"{hashlib.sha256(b'hello').hexdigest()}  a.txt\n")
    data = bytearray(buf.getvalue())
    for sig, flags_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = data.find(sig)
        while at >= 0:
            if method is not None:
                data[at + method_at:at + method_at + 2] = method.to_bytes(2, "little")
            if encrypted:
                data[at + flags_at] |= 1
            at = data.find(sig, at + 4)
    out = tmp_path / "odd.zip"
    out.write_bytes(bytes(data))
    return out


def test_verify_refuses_an_unknown_compression_or_an_encrypted_member(tmp_path):
    # zipfile raises NotImplementedError for the one and RuntimeError for the other: an exit
    # code with the reason, never a traceback.
    for odd in (_patched_zip(tmp_path, method=99), _patched_zip(tmp_path, encrypted=True)):
        with pytest.raises(UsageError, match="cannot be read as a ZIP"):
            evidence.verify(odd)


def test_verify_reads_within_its_budget(pack, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_UNPACKED_BYTES", 1000)     # the pack's pictures unpack to more
    with pytest.raises(UsageError, match="unpacks to more than"):
        evidence.verify(pack[0])


def test_export_never_replaces_something_that_is_not_a_file(ctx, tmp_path):
    import os
    import stat

    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    with pytest.raises(KnownError, match="is not a file"):
        evidence.write_zip([("a.txt", b"a")], fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    with pytest.raises(KnownError, match="is not a file"):
        evidence.write_zip([("a.txt", b"a")], tmp_path)
