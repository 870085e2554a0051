"""Opening a dispute: only the buyer, only on a delivered order; evidence rows, status, change log."""

from __future__ import annotations

import datetime as dt
import io
import json
import struct
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.core import changes, clock, disputes, users
from desktop.core import schema as m
from desktop.core.attachments import Limits, ingest_evidence, store_dir
from desktop.core.context import AppContext
from desktop.core.errors import UsageError
from desktop.core.kinds import DisputeState

DELIVERED = "8190000000000105"        # lucia's delivered order in the demo
SHIPPED = "8190000000000103"
IN_DISPUTE = "8190000000000107"
JAMES_DELIVERED = "8190000000000202"


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4() -> bytes:
    mvhd = _box(b"mvhd", bytes(100))
    return _box(b"ftyp", b"isom" + bytes(4) + b"isommp41") + _box(b"moov", mvhd) + _box(b"mdat", bytes(512))


def png(colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


DEMO_NOW = dt.datetime(2026, 11, 20, 9)      # the demo's base_time: its delivered orders are in their window


@pytest.fixture(autouse=True)
def demo_time():
    with clock.frozen(DEMO_NOW):
        yield


@pytest.fixture
def ctx(tmp_path):
    c = AppContext(data_dir=tmp_path)
    c.db()
    yield c
    c.close()


def order_id(ctx, number: str) -> int:
    return ctx.db().read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def stored(ctx, *sources):
    return [ingest_evidence(src, store_dir=store_dir(ctx.data_dir), limits=Limits(), name=name)
            for src, name in sources]


def test_dispute_on_delivered_order_stores_evidence_and_changes_status(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    oid = order_id(ctx, DELIVERED)
    before = changes.latest_id(ctx.db())
    evidence = stored(ctx, (png(), "broken.png"), (mp4(), "unboxing.mp4"))

    record = disputes.open_dispute(ctx.db(), lucia, oid, "damaged", "  The lamp arrived cracked.  ", evidence)

    assert record.order_number == DELIVERED
    assert record.reason == "damaged"
    assert record.description == "The lamp arrived cracked."
    assert record.state == "open"
    assert sorted(e.mime for e in record.evidence) == ["image/png", "video/mp4"]
    assert {e.name for e in record.evidence} == {"broken.png", "unboxing.mp4"}

    def facts(s):
        order = s.get(m.Order, oid)
        dispute = s.get(m.Dispute, record.id)
        rows = s.scalars(select(m.DisputeEvidence).where(m.DisputeEvidence.dispute_id == record.id)).all()
        return order.status, dispute.opened_by, dispute.reason, len(rows)

    assert ctx.db().read(facts) == (m.OrderStatus.IN_DISPUTE, lucia.id, "damaged", 2)
    new = changes.since(ctx.db(), before)
    # the order changed, and the opening is a step of the dispute with its card in the chat
    assert {(c.kind, c.order_id, c.user_id) for c in new if c.kind != "message"} == {
        ("order", oid, lucia.id), ("dispute", oid, lucia.id)}
    assert [c.kind for c in new].count("message") == 1
    assert disputes.dispute_for_order(ctx.db(), lucia, oid) == record


def test_check_can_open_passes_on_delivered_order(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    before = changes.latest_id(ctx.db())
    assert disputes.check_can_open(ctx.db(), lucia, order_id(ctx, DELIVERED), "damaged", "Cracked.", 3) is None
    assert changes.latest_id(ctx.db()) == before


def test_same_file_twice_is_one_attachment_and_one_evidence_row(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    evidence = stored(ctx, (png(), "a.png"), (png(), "b.png"))
    assert evidence[0].sha256 == evidence[1].sha256
    record = disputes.open_dispute(ctx.db(), lucia, order_id(ctx, DELIVERED), "wrong_item", "Blue, not red.",
                                   evidence)
    assert len(record.evidence) == 1
    count = ctx.db().read(lambda s: s.scalar(select(func.count()).select_from(m.Attachment)
                                             .where(m.Attachment.sha256 == evidence[0].sha256)))
    assert count == 1


def test_existing_attachment_row_is_reused(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    evidence = stored(ctx, (png((1, 2, 3)), "x.png"))
    store = ctx.db().read(lambda s: s.scalar(select(m.Order.store_id).where(m.Order.id == order_id(ctx, DELIVERED))))
    first = ctx.db().write(lambda s: disputes.attachment_ids(s, store, evidence))
    record = disputes.open_dispute(ctx.db(), lucia, order_id(ctx, DELIVERED), "damaged", "Scratched.", evidence)
    assert [e.attachment_id for e in record.evidence] == first


@pytest.mark.parametrize("number, words", [
    (SHIPPED, "shipped; a dispute can only be opened once the order is delivered"),
    (IN_DISPUTE, "already open"),
])
def test_refused_unless_delivered(ctx, number, words):
    lucia = users.resolve(ctx.db(), "lucia")
    oid = order_id(ctx, number)
    status_before = ctx.db().read(lambda s: s.get(m.Order, oid).status)
    disputes_before = ctx.db().read(lambda s: s.scalar(select(func.count()).select_from(m.Dispute)))
    with pytest.raises(UsageError, match=words):
        disputes.check_can_open(ctx.db(), lucia, oid, "not_received", "Where is it?", 2)
    with pytest.raises(UsageError, match=words) as info:
        disputes.open_dispute(ctx.db(), lucia, oid, "not_received", "Where is it?")
    assert number in info.value.message
    assert ctx.db().read(lambda s: s.get(m.Order, oid).status) == status_before
    assert ctx.db().read(lambda s: s.scalar(select(func.count()).select_from(m.Dispute))) == disputes_before


def test_second_submit_is_refused(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    oid = order_id(ctx, DELIVERED)
    disputes.open_dispute(ctx.db(), lucia, oid, "not_as_described", "Smaller than the photos.")
    with pytest.raises(UsageError, match="already open"):
        disputes.open_dispute(ctx.db(), lucia, oid, "not_as_described", "Smaller than the photos.")
    assert ctx.db().read(lambda s: s.scalar(select(func.count()).select_from(m.Dispute)
                                            .where(m.Dispute.order_id == oid))) == 1


def test_another_buyers_order_is_unknown(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    with pytest.raises(UsageError, match="no order"):
        disputes.open_dispute(ctx.db(), lucia, order_id(ctx, JAMES_DELIVERED), "damaged", "Broken.")
    with pytest.raises(UsageError, match="no order"):
        disputes.open_dispute(ctx.db(), lucia, 999_999, "damaged", "Broken.")


def test_seller_cannot_open_a_dispute(ctx):
    oid = order_id(ctx, DELIVERED)
    store_id = ctx.db().read(lambda s: s.get(m.Order, oid).store_id)
    handle = ctx.db().read(lambda s: s.scalar(select(m.User.handle).where(m.User.store_id == store_id)))
    seller = users.resolve(ctx.db(), handle)
    with pytest.raises(UsageError, match="Only the buyer"):
        disputes.open_dispute(ctx.db(), seller, oid, "damaged", "Broken.")
    assert disputes.dispute_for_order(ctx.db(), seller, oid) is None


@pytest.mark.parametrize("reason, description, n, words", [
    ("broken_heart", "Sad.", 0, "Unknown dispute reason"),
    ("damaged", "   ", 0, "no description"),
    ("damaged", "x" * (disputes.MAX_DESCRIPTION + 1), 0, "limit is 2000"),
    ("damaged", "Broken.", disputes.MAX_EVIDENCE + 1, "evidence files"),
])
def test_bad_input_refused_before_writing(ctx, reason, description, n, words):
    lucia = users.resolve(ctx.db(), "lucia")
    oid = order_id(ctx, DELIVERED)
    evidence = stored(ctx, (png(), "a.png")) * n
    before = changes.latest_id(ctx.db())
    with pytest.raises(UsageError, match=words):
        disputes.check_can_open(ctx.db(), lucia, oid, reason, description, len(evidence))
    with pytest.raises(UsageError, match=words):
        disputes.open_dispute(ctx.db(), lucia, oid, reason, description, evidence)
    assert changes.latest_id(ctx.db()) == before
    assert ctx.db().read(lambda s: s.get(m.Order, oid).status) == m.OrderStatus.DELIVERED


def test_demo_dispute_is_visible_to_buyer_and_store(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    oid = order_id(ctx, IN_DISPUTE)
    record = disputes.dispute_for_order(ctx.db(), lucia, oid)
    assert record is not None and record.reason == "not_received" and record.evidence == ()
    assert record.to_json()["order"] == IN_DISPUTE


# -- the whole journey: file_dispute, and `buzon dispute` -----------------------------------------

def test_file_dispute_stores_evidence_then_opens(ctx, tmp_path):
    lucia = users.resolve(ctx.db(), "lucia")
    photo = tmp_path / "cracked.png"
    photo.write_bytes(png())
    request = disputes.DisputeRequest(order_id(ctx, DELIVERED), "damaged", "Cracked on arrival.",
                                      (disputes.EvidenceFile("cracked.png", photo),
                                       disputes.EvidenceFile("unboxing.mp4", mp4())))
    record = disputes.file_dispute(ctx.db(), ctx, lucia, request)
    assert record.state is DisputeState.OPEN
    assert sorted(e.name for e in record.evidence) == ["cracked.png", "unboxing.mp4"]
    out = record.to_json(store_dir(ctx.data_dir))
    assert all(Path(e["path"]).is_file() for e in out["evidence"])


def test_file_dispute_names_a_refused_file_and_writes_nothing(ctx, tmp_path):
    lucia = users.resolve(ctx.db(), "lucia")
    oid = order_id(ctx, DELIVERED)
    fake = tmp_path / "invoice.png"
    fake.write_bytes(b"%PDF-1.4 not a picture")
    before = changes.latest_id(ctx.db())
    request = disputes.DisputeRequest(oid, "damaged", "See the files.",
                                      (disputes.EvidenceFile("good.png", png()), disputes.EvidenceFile("invoice.png", fake)))
    with pytest.raises(disputes.EvidenceRefused) as refused:
        disputes.file_dispute(ctx.db(), ctx, lucia, request)
    assert refused.value.name == "invoice.png" and refused.value.message.startswith("invoice.png: ")
    assert changes.latest_id(ctx.db()) == before
    assert ctx.db().read(lambda s: s.get(m.Order, oid).status) == m.OrderStatus.DELIVERED


def test_file_dispute_refuses_before_storing_a_byte(ctx):
    lucia = users.resolve(ctx.db(), "lucia")
    request = disputes.DisputeRequest(order_id(ctx, SHIPPED), "damaged", "Broken.",
                                      (disputes.EvidenceFile("a.png", png()),))
    with pytest.raises(UsageError, match="delivered"):
        disputes.file_dispute(ctx.db(), ctx, lucia, request)
    assert not store_dir(ctx.data_dir).exists()


def run_cli(capsys, *argv):
    """(exit code, stdout, stderr) of `buzon ARGV` in this process; argparse's refusals included."""
    from desktop.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exited:           # argparse refuses an argument by exiting 2
        code = exited.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_open_and_show(data_dir, tmp_path, capsys):
    photo = tmp_path / "rota.png"
    photo.write_bytes(png())
    video = tmp_path / "unboxing.mp4"
    video.write_bytes(mp4())
    code, out, err = run_cli(capsys, "orders", "--json")
    oid = next(o["id"] for o in json.loads(out) if o["number"] == DELIVERED)
    code, out, err = run_cli(capsys, "dispute", "open", "--order", str(oid), "--reason", "damaged", "--text",
                             "La lámpara llegó rota.", "--evidence", str(photo), "--evidence", str(video), "--json")
    assert code == 0, err
    opened = json.loads(out)
    assert {"id", "order_id", "order", "reason", "description", "state", "created_at", "evidence",
            "deadline", "history"} <= set(opened)
    assert opened["deadline"] == "2026-11-25T09:00:00Z" and opened["history"][0]["action"] == "dispute_opened"
    assert [e["name"] for e in opened["history"][0]["evidence"]] == ["rota.png", "unboxing.mp4"]
    assert (opened["order_id"], opened["order"], opened["state"]) == (oid, DELIVERED, "open")
    assert [e["name"] for e in opened["evidence"]] == ["rota.png", "unboxing.mp4"]
    assert Path(opened["evidence"][1]["path"]).read_bytes() == video.read_bytes()   # a video keeps its bytes
    code, out, _ = run_cli(capsys, "dispute", "show", "--order", str(oid), "--json")
    assert code == 0 and json.loads(out) == opened
    code, out, _ = run_cli(capsys, "--user", "wei", "dispute", "show", "--order", str(oid))     # the store sees it
    assert code == 0 and DELIVERED in out
    code, _, err = run_cli(capsys, "dispute", "open", "--order", str(oid), "--reason", "damaged", "--text", "Again")
    assert code == 2 and "already open" in err


def test_cli_show_without_a_dispute_is_null(data_dir, capsys):
    code, out, _ = run_cli(capsys, "orders", "--json")
    oid = next(o["id"] for o in json.loads(out) if o["number"] == SHIPPED)
    code, out, _ = run_cli(capsys, "dispute", "show", "--order", str(oid), "--json")
    assert code == 0 and json.loads(out) is None


@pytest.mark.parametrize("argv, code, says", [
    (("open", "--order", "99999999999999999999", "--reason", "damaged", "--text", "x"), 2, "ids go from 1"),
    (("open", "--order", "-3", "--reason", "damaged", "--text", "x"), 2, "not an id"),
    (("open", "--order", "424242", "--reason", "damaged", "--text", "x"), 2, "no order 424242"),
    (("open", "--order", "5", "--reason", "sad", "--text", "x"), 2, "invalid choice"),
    (("open", "--order", "5", "--reason", "damaged", "--text", "\udcff\udcfe"), 2, "not valid UTF-8"),
    (("open", "--order", "5", "--reason", "damaged", "--text", "   "), 2, "no description"),
    (("open", "--order", "5", "--reason", "damaged", "--text", "x", "--evidence", "/dev/zero"), 1, "not a regular file"),
    (("open", "--order", "5", "--reason", "damaged", "--text", "x", "--evidence", "/nonexistent.png"), 1, "nonexistent"),
    (("show", "--order", "424242"), 2, "no order 424242"),
])
def test_cli_bad_input_exits_with_a_reason(data_dir, capsys, argv, code, says):
    got, _, err = run_cli(capsys, "dispute", *argv)
    assert got == code and says in err
