"""Every write keeps the index in step, in its own transaction: after each kind of write the
index holds exactly the postings a rebuild from the rows makes."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, insert, select, update

from desktop.core import conversations, demo, messaging
from desktop.core import schema as m
from desktop.core.search import build, sync
from desktop.core.search.messages import search_messages

from conftest import all_postings, assert_in_step


def ids(db, user, query) -> list[int]:
    return [h.message_id for h in search_messages(db, user, query, limit=1000).hits]


def test_sends_and_cached_translations(db, db_path, lucia, wei):
    messaging.send(db, lucia, 1, "¿Me enviáis el número de seguimiento? Pedido 8190000000000104",
                   translations={"zh": ("请发给我运单号", "1")})
    messaging.send(db, wei, 1, "运单号是 LP00523419876523")

    def cache(s):
        s.add(m.MessageTranslation(store_id=s.get(m.Message, 4).store_id, message_id=4, target_lang="es",
                                   text="Hola, el producto es original.",
                                   pack_version="1"))
        s.get(m.MessageTranslation, (28, "zh")).text = "请把运单号发给我"     # replaced by a newer pack
    db.write(cache)
    assert ids(db, lucia, "original") == [4, 3]
    assert ids(db, wei, "请把运单号") == [28]
    assert ids(db, wei, "请发给我运单号") == []
    assert_in_step(db, db_path)


def test_product_store_and_order_changes(db, db_path, lucia):
    def change(s):
        s.get(m.Product, 4).title = "Batería externa 20000 mAh"         # the power bank of message 1's card
        s.get(m.Store, 2).name = "Guangzhou Moda"
        order = s.get(m.Order, 4)
        order.tracking_number = "RB998877665CN"
        order.items[0].title = "Reloj inteligente S8"
    db.write(change)
    assert ids(db, lucia, "bateria externa") == [1]                     # the card follows its product
    assert ids(db, lucia, "power bank") == [2]
    from desktop.core.search.catalog import search_orders, search_products
    assert [h.number for h in search_orders(db, lucia, "8877").hits] == ["8190000000000104"]
    assert [h.field.value for h in search_orders(db, lucia, "inteligente").hits] == ["product"]
    assert search_products(db, "moda").hits
    assert_in_step(db, db_path)


def test_physical_deletes_orm_and_statements(db, db_path, lucia, james):
    def orm_deletes(s):
        s.delete(s.get(m.Message, 15))                                  # one message
        s.delete(s.get(m.Conversation, 5))                              # a conversation: its messages cascade
    db.write(orm_deletes)
    assert ids(db, lucia, "hola") == [2]
    assert ids(db, james, "您好") == [21]
    db.write(lambda s: s.execute(delete(m.Message).where(m.Message.conversation_id == 2)))
    assert ids(db, lucia, "pedido") == []
    db.write(lambda s: s.execute(update(m.Message).where(m.Message.id == 2).values(text="Adiós")))
    assert ids(db, lucia, "hola") == [] and ids(db, lucia, "adios") == [2]
    assert_in_step(db, db_path)


def test_a_reused_id_never_inherits_the_deleted_message_words(db, db_path, lucia):
    last = messaging.send(db, lucia, 1, "palabra secreta").message_id
    db.write(lambda s: s.delete(s.get(m.Message, last)))
    again = messaging.send(db, lucia, 1, "frase distinta").message_id
    # SQLite reuses the highest id; a PostgreSQL sequence never does
    assert again == last if db.is_sqlite else again > last
    assert ids(db, lucia, "secreta") == [] and ids(db, lucia, "frase distinta") == [again]
    assert_in_step(db, db_path)


def test_statements_run_through_a_session(db, db_path, lucia):
    def bulk(s):
        now = m.utcnow()
        store = s.get(m.Conversation, 1).store_id
        s.execute(insert(m.Message), [{"store_id": store, "conversation_id": 1, "sender_id": lucia.id,
                                       "kind": m.MessageKind.TEXT,
                                       "text": f"masivo {i}", "client_id": f"bulk-{i}", "created_at": now,
                                       "sent_at": now} for i in range(5)])
        first = s.scalar(select(func.min(m.Message.id)).where(m.Message.client_id.like("bulk-%")))
        s.execute(insert(m.MessageTranslation), [{"store_id": store, "message_id": first, "target_lang": "en", "text": "bulk one",
                                                  "pack_version": "1", "sent_by_author": False}])
        s.execute(update(m.MessageTranslation).where(m.MessageTranslation.message_id == first).values(text="mass"))
    db.write(bulk)
    assert len(ids(db, lucia, "masivo")) == 5 and len(ids(db, lucia, "mass")) == 1 and ids(db, lucia, "bulk") == []
    kept = all_postings(db_path)
    # updates of columns the index does not read leave it alone
    db.write(lambda s: s.execute(update(m.Conversation).values(last_activity_at=m.utcnow())))
    db.write(lambda s: s.execute(update(m.Product).values(sold_count=m.Product.sold_count + 1)))
    db.write(lambda s: s.execute(update(m.Message).where(m.Message.id < 5).values(lang="xx")))
    assert all_postings(db_path) == kept
    assert_in_step(db, db_path)


def test_deleting_every_row_of_a_table_starts_its_index_afresh(db, db_path, lucia):
    db.write(lambda s: s.execute(delete(m.MessageTranslation)))   # every row: the message index starts afresh
    assert build.check(db).pending == 27 and ids(db, lucia, "hola") == []
    messaging.send(db, lucia, 1, "hola otra vez")  # a write catches a small gap up...
    assert build.check(db).ok and len(ids(db, lucia, "hola")) == 3
    demo.reset(db)                                # every table emptied through the session, then the demo again
    assert ids(db, lucia, "hola") == [15, 2]
    assert_in_step(db, db_path)


def test_a_failed_write_leaves_the_index_as_it_was(db, db_path, lucia):
    kept = all_postings(db_path)

    def fails(s):
        s.add(m.Message(store_id=s.get(m.Conversation, 1).store_id, conversation_id=1, sender_id=lucia.id,
                        kind=m.MessageKind.TEXT, text="nunca",
                        client_id="x-1"))
        s.flush()
        s.get(m.Message, 2).text = "cambiado"
        s.flush()
        raise RuntimeError("the write fails after its flushes")

    with pytest.raises(RuntimeError):
        db.write(fails)
    assert all_postings(db_path) == kept
    assert ids(db, lucia, "nunca") == [] and ids(db, lucia, "hola") == [15, 2]


def test_rows_loaded_outside_the_orm_wait_for_the_build(db, db_path, lucia, monkeypatch):
    monkeypatch.setattr(sync, "CATCH_UP_MAX", 10)
    now = m.utcnow()
    with db.engine.begin() as conn:                  # a bulk loader: Core executemany, no Session
        store = conn.execute(select(m.Conversation.store_id).where(m.Conversation.id == 1)).scalar()
        conn.execute(insert(m.Message), [{"store_id": store, "conversation_id": 1, "sender_id": lucia.id,
                                          "kind": m.MessageKind.TEXT.value, "text": f"cargado {i}",
                                          "client_id": f"load-{i}", "created_at": now, "sent_at": now}
                                         for i in range(30)])
    page = search_messages(db, lucia, "cargado")
    assert page.hits == () and page.indexing
    sent = messaging.send(db, lucia, 1, "recién cargado").message_id    # too big a gap for a write to fill
    assert ids(db, lucia, "cargado") == [] and not build.check(db).ok
    progress = []
    assert build.build(db, progress=progress.append, size=8) == 31
    assert progress[-1].done == progress[-1].total == 31
    assert len(ids(db, lucia, "cargado")) == 31 and ids(db, lucia, "recien") == [sent]
    assert not search_messages(db, lucia, "cargado").indexing
    assert_in_step(db, db_path)


def test_delete_for_me_changes_no_index(db, db_path, lucia):
    kept = all_postings(db_path)
    conversations.delete_for_me(db, lucia, 3, 15)
    conversations.delete_for_me(db, lucia, 1)
    conversations.mark_read(db, lucia, 2)
    assert all_postings(db_path) == kept
