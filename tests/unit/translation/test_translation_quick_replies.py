"""Quick replies and batch replies with real (tiny) argos packs: a version per buyer language
made by the translator with the placeholders kept, a version written by hand kept (and marked
"check") when the source changes, and a batch text translated for each buyer."""

from __future__ import annotations

import pytest

from desktop.core import batch, demo, messaging, quick_replies, users
from desktop.core.context import AppContext
from desktop.core.translation import packs
from desktop.core.translation.engine import Translator


@pytest.fixture
def ctx(installed_packs, tiny_pack_files):
    packs.install(installed_packs, tiny_pack_files[("en", "es")])
    c = AppContext(data_dir=installed_packs)
    demo.ensure_demo(c.db())
    yield c
    c.close()


def test_versions_are_translated_with_placeholders_kept(ctx):
    db, tr = ctx.db(), Translator(ctx.data_dir)
    wei = users.resolve(db, "wei")
    row = quick_replies.add(db, wei, "late", "Late", "Hello {buyer_name|friend}, order {order_number} is late.",
                            lang="en", translator=tr)
    assert set(row.texts) == {"en", "es", "zh"} and row.by_hand == frozenset()
    for lang in ("es", "zh"):
        assert quick_replies.placeholders_in(row.texts[lang]) == ["buyer_name", "order_number"], row.texts[lang]
        assert "{buyer_name|friend}" in row.texts[lang]
        assert row.texts[lang] != row.texts["en"]


def test_a_version_by_hand_survives_a_source_change_marked_check(ctx):
    db, tr = ctx.db(), Translator(ctx.data_dir)
    wei = users.resolve(db, "wei")
    quick_replies.add(db, wei, "late", "Late", "Order {order_number} is late.", lang="en", translator=tr)
    quick_replies.edit(db, wei, "late", lang="es", text="El pedido {order_number} va con retraso.", translator=tr)
    before = quick_replies.get(db, wei, "late")
    row = quick_replies.edit(db, wei, "late", text="Order {order_number} is a little late, sorry.", translator=tr)
    assert row.texts["es"] == "El pedido {order_number} va con retraso." and row.check == frozenset({"es"})
    assert row.texts["zh"] != before.texts["zh"]          # the translated version was made again
    assert row.by_hand == frozenset({"es"})


def test_a_batch_text_reaches_each_buyer_in_their_language(ctx):
    db = ctx.db()
    wei = users.resolve(db, "wei")
    result = batch.run_batch(db, ctx, wei, batch.BatchRequest((1, 4), text="Hello {buyer_name}, your parcel left today."))
    by_id = {i.conversation: i for i in result.items}
    assert [i.state for i in result.items] == ["sent", "sent"]
    assert by_id[4].lang == "en" and by_id[4].text == "Hello James, your parcel left today."
    assert by_id[1].lang == "es" and "Lucía" in by_id[1].text and by_id[1].text != "Hello Lucía, your parcel left today."
    stored = messaging.page(db, wei, 1)[-1]
    assert stored.text == by_id[1].text
