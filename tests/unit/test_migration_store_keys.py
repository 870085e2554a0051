"""Migration 0009_store_keys (issue 18 §5): every row of a store's data carries its store, and
the keys hold it there. A database with data made at 0008 (the demo, taken down to 0008, plus
rows written as a Buzón of 0008 writes them: a file attached in two stores, a file attached to
nothing, a trigger) is upgraded on SQLite and on PostgreSQL: the rows keep their ids, every
store_id is its parent's, the foreign keys hold, the trigger is still there and fires, search
still finds the same messages; and a row cannot point at another store's conversation."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from desktop.core import messaging, users
from desktop.core.migrations import current_revision, head_revision, run, store_keys
from desktop.core.search.messages import search_messages

BEFORE = "0008_tracking_codes"
# each table of a store's data, with the parent its store comes from (table, column)
PARENTS = {k.table: k.parent for k in store_keys.TABLES if k.parent is not None}
# a trigger on a table that is made again, and one on another table whose body reads it
AUDIT_TRIGGERS = ("""CREATE TRIGGER audit_messages AFTER INSERT ON messages
BEGIN INSERT INTO audit (message_id) VALUES (NEW.id); END""",
                  """CREATE TRIGGER audit_newest AFTER UPDATE OF last_message_id ON conversations
BEGIN INSERT INTO audit (message_id) SELECT id FROM messages WHERE id = NEW.last_message_id; END""")


def _all(db, sql: str, params: dict | None = None) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params or {})]


def _keys(db) -> dict[str, list[tuple]]:
    """Every row's key in every changed table (the files and their links apart: a file attached in
    two stores becomes two rows, and a link points at its store's)."""
    out = {}
    for keys in store_keys.TABLES:
        if keys.table != "attachments" and keys.table not in store_keys.FILE_LINKS:
            out[keys.table] = _all(db, f"SELECT {', '.join(keys.pk)} FROM {keys.table} ORDER BY {', '.join(keys.pk)}")
    return out


def _write_at_0008(db) -> dict[str, int]:
    """Rows as Buzón 0008 writes them: one picture attached in two stores (a message in each),
    one stored for a send that never happened."""
    with db.engine.begin() as conn:
        run_ = conn.execute
        pairs = list(conn.execute(text(
            "SELECT min(m.id), c.store_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "GROUP BY c.store_id ORDER BY c.store_id")))
        assert len(pairs) >= 2
        (first, store_a), (second, store_b) = pairs[0], pairs[1]
        for n, sha in enumerate(("a" * 64, "b" * 64)):
            run_(text("INSERT INTO attachments (sha256, mime, bytes, safe_name, created_at) "
                      "VALUES (:sha, 'image/png', :n, 'x.png', '2026-11-01 10:00:00')"), {"sha": sha, "n": 100 + n})
        shared = conn.execute(text("SELECT id FROM attachments WHERE sha256 = :s"), {"s": "a" * 64}).scalar()
        for mid in (first, second):
            run_(text("INSERT INTO message_attachments (message_id, attachment_id, position) VALUES (:m, :a, 0)"),
                 {"m": mid, "a": shared})
    return {"shared": shared, "first": first, "second": second, "store_a": store_a, "store_b": store_b}


def _prepare(db) -> dict:
    run(db, command.downgrade, BEFORE)
    assert current_revision(db) == BEFORE
    made = _write_at_0008(db)
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE audit (message_id INTEGER)")
            for trigger in AUDIT_TRIGGERS:
                conn.exec_driver_sql(trigger)
    made["keys"] = _keys(db)
    return made


def test_an_0008_database_is_upgraded_with_its_rows_ids_and_keys(db):
    lucia = users.resolve(db, "lucia")
    found = [h.message_id for h in search_messages(db, lucia, "hola").hits]
    made = _prepare(db)
    run(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()
    assert _keys(db) == made["keys"]                       # every row kept, under its id
    for table, (parent, column) in PARENTS.items():        # each row's store is its parent's
        wrong = _all(db, f"SELECT count(*) FROM {table} t JOIN {parent} p ON p.id = t.{column} "
                         "WHERE p.store_id <> t.store_id")
        assert wrong == [(0,)], table
    if db.is_sqlite:
        assert _all(db, "PRAGMA foreign_key_check") == []
    # the shared picture: a row in each store, same hash, each message pointing at its own store's
    files = _all(db, "SELECT a.store_id, a.sha256, l.message_id FROM message_attachments l "
                     "JOIN attachments a ON a.id = l.attachment_id AND a.store_id = l.store_id ORDER BY l.message_id")
    assert files == [(made["store_a"], "a" * 64, made["first"]), (made["store_b"], "a" * 64, made["second"])]
    assert _all(db, "SELECT count(*) FROM attachments WHERE sha256 = :s", {"s": "b" * 64}) == [(0,)]   # attached to nothing
    # the application goes on: a send, and search finds what it found before
    sent = messaging.send(db, lucia, 1, "hola después de la migración").message_id
    assert [h.message_id for h in search_messages(db, lucia, "hola").hits] == [sent, *found]
    if db.is_sqlite:
        assert _all(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == [
            ("audit_messages",), ("audit_newest",)]
        assert _all(db, "SELECT message_id FROM audit") == [(sent,), (sent,)]


def test_on_postgresql_the_primary_keys_start_with_the_store(db):
    if db.is_sqlite:
        pytest.skip("SQLite keeps its rowid as the key, with UNIQUE (store_id, id) beside it")
    pk = dict(_all(db, "SELECT c.conrelid::regclass::text, array_to_string(array_agg(a.attname ORDER BY k.n), ',') "
                       "FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) "
                       "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
                       "WHERE c.contype = 'p' GROUP BY c.conrelid"))
    for keys in store_keys.TABLES:
        assert pk[keys.table] == ",".join(("store_id", *keys.pk)), keys.table


def _other_store_conversation(db) -> tuple[int, int, int]:
    """(a message's store, a conversation of another store, a sender)"""
    return _all(db, "SELECT m.store_id, c.id, m.sender_id FROM messages m JOIN conversations c "
                    "ON c.store_id <> m.store_id WHERE m.sender_id IS NOT NULL ORDER BY m.id, c.id LIMIT 1")[0]


def test_a_row_cannot_point_at_another_stores_conversation(db):
    store, conversation, sender = _other_store_conversation(db)
    insert = text("INSERT INTO messages (store_id, conversation_id, sender_id, kind, text, lang, client_id, "
                  "created_at, sent_at) VALUES (:s, :c, :u, 'text', 'x', '', :k, '2026-12-01', '2026-12-01')")
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(insert, {"s": store, "c": conversation, "u": sender, "k": "cross-store"})
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:     # nor a draft, nor a note
        conn.execute(text("INSERT INTO drafts (store_id, user_id, conversation_id, text, updated_at) "
                          "VALUES (:s, :u, :c, 'x', '2026-12-01')"), {"s": store, "u": sender, "c": conversation})
    own = _all(db, "SELECT store_id FROM conversations WHERE id = :c", {"c": conversation})[0][0]
    with db.engine.begin() as conn:                        # with its own store it is accepted
        conn.execute(insert, {"s": own, "c": conversation, "u": sender, "k": "cross-store"})


def test_a_client_id_is_unique_per_store(db):
    """The behaviour change of 0009: the same client id may be used in two stores, not twice in one."""
    lucia = users.resolve(db, "lucia")
    convs = _all(db, "SELECT c.store_id, min(c.id) FROM conversations c JOIN conversation_members m "
                     "ON m.conversation_id = c.id WHERE m.user_id = :u GROUP BY c.store_id ORDER BY c.store_id",
                 {"u": lucia.id})
    assert len(convs) >= 2
    (_, first), (_, second) = convs[:2]
    a = messaging.send(db, lucia, first, "mismo id", client_id="same-key")
    b = messaging.send(db, lucia, second, "mismo id", client_id="same-key")
    assert a.message_id != b.message_id and not b.duplicate
    again = messaging.send(db, lucia, second, "mismo id", client_id="same-key")
    assert again.duplicate and again.message_id == b.message_id
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(text("INSERT INTO messages (store_id, conversation_id, sender_id, kind, text, lang, client_id, "
                          "created_at, sent_at) SELECT store_id, id, :u, 'text', 'x', '', 'same-key', '2026-12-01', "
                          "'2026-12-01' FROM conversations WHERE id = :c"), {"u": lucia.id, "c": first})


def test_the_downgrade_merges_a_files_rows_back_into_one(db):
    made = _prepare(db)
    run(db, command.upgrade, "head")
    run(db, command.downgrade, BEFORE)
    assert _keys(db) == made["keys"]
    files = _all(db, "SELECT l.message_id, a.sha256 FROM message_attachments l JOIN attachments a "
                     "ON a.id = l.attachment_id ORDER BY l.message_id")
    assert files == [(made["first"], "a" * 64), (made["second"], "a" * 64)]
    assert _all(db, "SELECT count(*) FROM attachments WHERE sha256 = :s", {"s": "a" * 64}) == [(1,)]
    run(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()


def test_a_file_sent_in_two_stores_is_a_row_in_each_and_one_in_one(db, tmp_path):
    """What the core writes after 0009: the same picture in two stores gives two rows (one file
    on disk), and given twice in one store it is one row."""
    from pathlib import Path

    from desktop.core.attachment_rows import attachment_ids
    from desktop.core.attachments import StoredAttachment

    picture = StoredAttachment("c" * 64, "image/png", 4, 4, 70, Path(tmp_path / "c.png"), "c.png")
    a, b = (r[0] for r in _all(db, "SELECT id FROM stores ORDER BY id LIMIT 2"))
    first = db.write(lambda s: attachment_ids(s, a, [picture, picture]))
    other = db.write(lambda s: attachment_ids(s, b, [picture]))
    again = db.write(lambda s: attachment_ids(s, a, [picture]))
    assert first[0] == first[1] == again[0] and other[0] != first[0]
    assert _all(db, "SELECT store_id FROM attachments WHERE sha256 = :s ORDER BY store_id", {"s": "c" * 64}) == [
        (a,), (b,)]
