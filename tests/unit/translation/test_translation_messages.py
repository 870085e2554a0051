"""Translation of real messages in a real database: sent with the message, cached for the
reader, never translated twice, and a clear outcome where no pack exists."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import demo, message_translations, messaging, outbox, schema as m, users
from desktop.core.context import AppContext
from desktop.core.translation.engine import Translator


@pytest.fixture
def ctx(installed_packs):
    c = AppContext(data_dir=installed_packs)
    demo.ensure_demo(c.db())
    yield c
    c.close()


def test_outgoing_translation_is_sent_with_the_message(ctx):
    db = ctx.db()
    lucia = users.resolve(db, "lucia")
    out = outbox.deliver(db, ctx, lucia, outbox.SendRequest(text="Hola, ¿tenéis esta talla en azul?",
                                                             conversation_id=1))
    msg_id = out.result.message_id
    rows = db.read(lambda s: list(s.scalars(select(m.MessageTranslation).where(
        m.MessageTranslation.message_id == msg_id))))
    assert [(r.target_lang, r.sent_by_author) for r in rows] == [("zh", True)]      # the store reads Chinese
    assert rows[0].text and rows[0].pack_version
    stored = messaging.page(db, lucia, 1)[-1]
    assert stored.lang == "es" and stored.translations == {"zh": rows[0].text}
    # The seller sees the sender's translation without translating again.
    wei = users.resolve(db, "wei")
    seen = message_translations.for_reader(db, Translator(ctx.data_dir), wei, 1, [msg_id], "zh")
    assert seen[msg_id].text == rows[0].text and seen[msg_id].cached


def test_sending_translation_can_be_switched_off(ctx):
    ctx.settings = ctx.settings.changed(send_translation=False)     # settings are frozen: a new object
    db = ctx.db()
    lucia = users.resolve(db, "lucia")
    out = outbox.deliver(db, ctx, lucia, outbox.SendRequest(text="Hola, ¿tenéis esta talla en azul?",
                                                             conversation_id=1))
    assert messaging.page(db, lucia, 1)[-1].translations == {}
    assert out.result.state == "sent"


def test_incoming_is_translated_once_and_cached(ctx, monkeypatch):
    db = ctx.db()
    lucia, wei = users.resolve(db, "lucia"), users.resolve(db, "wei")
    sent = messaging.send(db, lucia, 1, "¿Cuándo enviáis el pedido?", lang="es")
    translator = Translator(ctx.data_dir)
    first = message_translations.for_reader(db, translator, wei, 1, [sent.message_id], "en")
    assert first[sent.message_id].text and not first[sent.message_id].cached
    calls = []
    monkeypatch.setattr(translator, "translate_batch", lambda *a: calls.append(a) or ["x"])
    again = message_translations.for_reader(db, translator, wei, 1, [sent.message_id], "en")
    assert again[sent.message_id].text == first[sent.message_id].text and again[sent.message_id].cached
    assert calls == []                                                   # nothing translated twice


def test_no_pack_names_the_missing_packs(ctx):
    db = ctx.db()
    lucia = users.resolve(db, "lucia")
    chinese = [r for r in messaging.page(db, lucia, 1) if r.lang == "zh"][0]
    seen = message_translations.for_reader(db, Translator(ctx.data_dir), lucia, 1, [chinese.id], "es")
    assert seen[chinese.id].text is None
    assert ("zh", "en") in seen[chinese.id].missing


def test_my_own_messages_are_not_translated_for_me(ctx):
    db = ctx.db()
    lucia = users.resolve(db, "lucia")
    mine = [r for r in messaging.page(db, lucia, 1) if r.mine and r.kind == "text"][0]
    assert message_translations.for_reader(db, Translator(ctx.data_dir), lucia, 1, [mine.id], "en") == {}


@pytest.mark.parametrize("text, expected", [("ok", "es"), ("Hello, is this in stock?", "en"), ("你好", "zh")])
def test_detection_falls_back_for_very_short_messages(text, expected):
    assert message_translations.detect_language(text, "es") == expected
