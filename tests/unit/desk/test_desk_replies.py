"""Quick replies: refused when bad (nothing saved), filled per conversation with fallbacks,
a missing value refused before sending with the placeholder named, the shipped defaults,
and `buzon replies` / `buzon send --reply` / `buzon batch-reply`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.cli import main
from desktop.core import batch, clock, messaging, quick_replies
from desktop.core.context import AppContext
from desktop.core.errors import UsageError

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


@pytest.fixture
def ctx(tmp_path):
    c = AppContext(data_dir=tmp_path / "data")
    from desktop.core import demo

    demo.ensure_demo(c.db())
    yield c
    c.close()


@pytest.mark.parametrize("code, title, text, words", [
    ("", "T", "hola", "needs a code"),
    ("Bad Code", "T", "hola", "not a code"),
    ("ok", "", "hola", "needs a title"),
    ("ok", "T", "", "is empty"),
    ("ok", "T", "x" * (quick_replies.MAX_TEXT + 1), "the limit is"),
    ("ok", "T", "Hola {nombre}", "Unknown placeholder {nombre}"),
    ("ok", "T", "Hola {Buyer_Name}", "Unknown placeholder {Buyer_Name}"),
    ("ok", "T", "Hola {}", "Unknown placeholder {}"),
])
def test_a_bad_reply_is_refused_and_nothing_saved(db, wei, code, title, text, words):
    before = quick_replies.list_replies(db, wei)
    with pytest.raises(UsageError, match=words.replace("{", r"\{").replace("}", r"\}").replace("|", r"\|")):
        quick_replies.add(db, wei, code, title, text)
    assert quick_replies.list_replies(db, wei) == before


def test_a_duplicate_code_is_refused(db, wei):
    quick_replies.add(db, wei, "hi", "Hi", "Hola")
    with pytest.raises(UsageError, match="already"):
        quick_replies.add(db, wei, "hi", "Other", "Hello")
    assert [r.title for r in quick_replies.list_replies(db, wei) if r.code == "hi"] == ["Hi"]


def test_a_duplicate_code_added_meanwhile_is_refused_not_a_bug(db, wei, monkeypatch):
    """Two clients adding one code at once (PostgreSQL reads before the other commits): the
    unique index refuses the second, which must be the same refusal, not an internal error."""
    quick_replies.add(db, wei, "hi", "Hi", "Hola")
    monkeypatch.setattr(quick_replies, "_code_taken", lambda *_a: False)     # the check ran before the other's commit
    with pytest.raises(UsageError, match="already"):
        quick_replies.add(db, wei, "hi", "Other", "Hello")
    assert [r.title for r in quick_replies.list_replies(db, wei) if r.code == "hi"] == ["Hi"]


def test_the_same_source_saved_again_keeps_its_versions(db, wei):
    """The window's Save sends the title and the text: a title changed alone marked every
    version written by hand "check" and made the others again, though the source was the same."""
    quick_replies.add(db, wei, "hi", "Hi", "你好", lang="zh")
    quick_replies.edit(db, wei, "hi", lang="es", text="Hola")
    row = quick_replies.edit(db, wei, "hi", title="Hello", text="你好")
    assert row.title == "Hello" and row.texts["es"] == "Hola" and row.by_hand == {"es"} and not row.check
    row = quick_replies.edit(db, wei, "hi", text="你好！")              # a real change still marks it
    assert row.check == {"es"}


def test_fill_uses_values_then_fallbacks_and_names_a_missing_one(db, wei):
    assert quick_replies.fill("Hola {buyer_name|amigo}", {"buyer_name": None}) == "Hola amigo"
    assert quick_replies.fill("Hola {buyer_name|amigo}", {"buyer_name": "Lucía"}) == "Hola Lucía"
    with pytest.raises(quick_replies.MissingValue, match=r"\{ship_by\}"):
        quick_replies.fill("Sale el {ship_by}", {"ship_by": None}, 4)


def test_values_of_a_conversation(db, wei):
    values = db.read(lambda s: quick_replies.values_in(s, wei, 4))
    assert values["buyer_name"] == "James" and values["order_number"] == "8190000000000201"
    assert values["carrier"] == "Royal Mail via Cainiao" and values["store"] == "Shenzhen Tech Official Store"
    assert values["buyer_local_time"] == "09:00"          # London in November: UTC
    assert values["ship_by"] is None                      # the order has shipped


def test_a_buyer_has_no_quick_replies(db, lucia):
    with pytest.raises(UsageError, match="buyer"):
        quick_replies.list_replies(db, lucia)


def test_defaults_cover_the_seed_in_three_languages(db, wei):
    assert quick_replies.install_defaults(db, wei) == 0          # the demo's stores have them
    quick_replies.remove(db, wei, "photos")
    assert quick_replies.install_defaults(db, wei) == 1
    rows = quick_replies.list_replies(db, wei)
    assert {"photos", "size", "material", "original", "shipping", "delay", "no-tracking", "returned", "customs",
            "cancel", "dispute"} <= {r.code for r in rows}
    for r in rows:
        assert set(r.texts) == {"es", "en", "zh"} and r.source_lang == "zh"
        for text in r.texts.values():
            quick_replies.check_text(text)
        assert {quick_replies.placeholders_in(t).__len__() for t in r.texts.values()}.__len__() == 1, r.code
    # Titled in the store's language: wei's store writes Chinese ("Real photos" was English).
    assert {r.code: r.title for r in rows}["photos"] == "实物照片"


def test_reorder(db, wei):
    for code in ("a", "b", "c"):
        quick_replies.add(db, wei, code, code.upper(), "hola")
    quick_replies.reorder(db, wei, ["c", "a"])
    codes = [r.code for r in quick_replies.list_replies(db, wei)]
    assert codes[:2] == ["c", "a"] and codes.index("b") > codes.index("photos")


def test_a_filled_reply_goes_through_the_content_policy(ctx):
    db = ctx.db()
    from desktop.core import users

    wei = users.resolve(db, "wei")
    quick_replies.add(db, wei, "wa", "WhatsApp", "Escríbeme al wasap 612 345 678")
    item = batch.send_reply(db, ctx, wei, 4, "wa")
    assert item.state == "refused" and "content policy" in item.reason
    assert messaging.page(db, wei, 4)[-1].text != item.text


def test_a_reply_is_stored_in_its_versions_language_however_short(ctx, monkeypatch):
    """Two words say little to the language detector, which took them for the seller's language
    (Chinese): the version's own language is stored, and the detector is not asked."""
    db = ctx.db()
    from desktop.core import message_translations, users

    wei = users.resolve(db, "wei")
    quick_replies.add(db, wei, "gracias", "谢谢", "谢谢您！", lang="zh")
    quick_replies.edit(db, wei, "gracias", text="¡Muchas gracias!", lang="es")
    asked = []
    real = message_translations.detect_language
    monkeypatch.setattr(message_translations, "detect_language", lambda *a: asked.append(a) or real(*a))
    item = batch.send_reply(db, ctx, wei, 1, "gracias")
    assert (item.state, item.text, item.lang) == ("sent", "¡Muchas gracias!", "es")
    stored = messaging.page(db, wei, 1)[-1]
    assert (stored.text, stored.lang) == ("¡Muchas gracias!", "es")
    assert asked == []


def test_batch_is_idempotent_resumable_and_reports_each_recipient(ctx):
    db = ctx.db()
    from desktop.core import users

    wei = users.resolve(db, "wei")
    quick_replies.install_defaults(db, wei)
    seen: list[tuple[int, int]] = []
    stop_after = {"n": 1}

    def cancelled() -> bool:
        return len(seen) >= stop_after["n"]

    req = batch.BatchRequest((4, 1), reply_code="delay")
    first = batch.run_batch(db, ctx, wei, req, progress=lambda done, total, _item: seen.append((done, total)),
                            cancelled=cancelled)
    assert first.cancelled and [i.conversation for i in first.items] == [4] and seen == [(1, 2)]
    again = batch.run_batch(db, ctx, wei, req)                # resumed: 4 is not sent twice
    assert [(i.conversation, i.state) for i in again.items] == [(4, "sent"), (1, "sent")]
    assert again.items[0].reason == "sent before" and again.key == first.key
    texts = [r.text for r in messaging.page(db, wei, 4)]
    assert texts.count(first.items[0].text) == 1
    assert again.items[1].lang == "es" and "8190000000000104" in again.items[1].text


def test_batch_refuses_a_missing_placeholder_per_recipient(ctx):
    db = ctx.db()
    from desktop.core import users

    wei = users.resolve(db, "wei")
    result = batch.run_batch(db, ctx, wei, batch.BatchRequest((4, 1), text="Sale el {ship_by}", dry_run=True))
    assert [(i.state, "{ship_by}" in i.reason) for i in result.items] == [("refused", True), ("refused", True)]
    assert result.items[0].to_json()["error_id"] == "placeholder_no_value"     # the window's text id (README)
    dry = batch.run_batch(db, ctx, wei, batch.BatchRequest((4,), reply_code=None, text="Hi {buyer_name}", dry_run=True))
    assert dry.items[0].state == "ready" and dry.items[0].text == "Hi James"
    assert messaging.page(db, wei, 4)[-1].text != "Hi James"          # a dry run sends nothing


def run(capsys, *argv):
    code = main(["--now", "2026-11-20T09:00:00Z", "--user", "wei", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_replies_and_send_reply_from_the_command_line(data_dir, capsys):
    code, out, err = run(capsys, "replies", "add", "thanks", "--title", "Thanks", "--text", "谢谢{buyer_name|朋友}",
                         "--json")
    assert code == 0, err
    assert json.loads(out)["texts"] == {"zh": "谢谢{buyer_name|朋友}"}     # no pack installed: no versions
    code, out, _ = run(capsys, "replies", "list", "--json")
    assert [r["code"] for r in json.loads(out)][-1] == "thanks"
    assert {"code", "title", "texts"} <= set(json.loads(out)[0])
    assert run(capsys, "replies", "edit", "thanks", "--lang", "en", "--text", "Thanks {buyer_name|friend}!")[0] == 0
    code, out, err = run(capsys, "send", "--conversation", "4", "--reply", "thanks", "--json")
    assert code == 0, err
    assert json.loads(out)["text"] == "Thanks James!" and json.loads(out)["lang"] == "en"
    code, _, err = run(capsys, "replies", "add", "x", "--title", "X", "--text", "{ship_by} hola")
    assert code == 0
    code, _, err = run(capsys, "send", "--conversation", "4", "--reply", "x")
    assert code == 2 and "{ship_by}" in err
    code, _, err = run(capsys, "replies", "add", "thanks", "--title", "T", "--text", "dup")
    assert code == 2 and "already" in err
    assert run(capsys, "replies", "remove", "thanks")[0] == 0
    code, out, _ = run(capsys, "replies", "list", "--json")
    assert [r["code"] for r in json.loads(out)][-1] == "x" and "thanks" not in [r["code"] for r in json.loads(out)]


def test_batch_reply_from_the_command_line(data_dir, capsys):
    assert run(capsys, "replies", "defaults")[0] == 0
    code, out, err = run(capsys, "batch-reply", "--filter", "awaiting", "--reply", "shipping", "--json")
    assert code == 0, err
    got = json.loads(out)
    assert [(r["conversation"], r["state"], r["lang"]) for r in got] == [(4, "sent", "en")]
    assert set(got[0]) == {"conversation", "state", "text", "lang", "reason", "error_id"}
    code, out, _ = run(capsys, "batch-reply", "--conversations", "4,1", "--text", "Escríbeme al wasap 612 345 678",
                       "--json")
    assert code == 1 and {r["state"] for r in json.loads(out)} == {"refused"}
    with pytest.raises(SystemExit) as exited:
        run(capsys, "batch-reply", "--conversations", "4,x", "--reply", "shipping")
    assert exited.value.code == 2 and "'x' is not an id" in capsys.readouterr().err
