"""Migrations: from empty, from the previous revision with data kept, and models in step with them."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from desktop.core import demo, schema
from desktop.core.db import Database
from desktop.core.migrations import current_revision, head_revision, upgrade_to_head
from desktop.core.search import index as search_index


def test_from_empty_reaches_head(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert current_revision(db) == head_revision()
    db.close()


def test_models_match_migrations(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with db.engine.connect() as conn:
        # the search index's FTS tables are made by migration 0004 and have no model
        opts = {"compare_type": True, "include_name": lambda name, kind, _: not search_index.is_index_table(name)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), schema.Base.metadata)
    assert diff == []
    db.close()


def test_previous_revision_is_migrated_with_data_kept_and_backed_up(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database.open(f"sqlite:///{path}", migrate=False)
    upgrade_to_head(old, revision="0001")
    assert current_revision(old) == "0001"
    # An older Buzón wrote a user; the newer one must keep it.
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (handle, name, role, language, time_zone, city) "
                             "VALUES ('old', 'Old User', 'buyer', 'es', 'Europe/Madrid', 'Madrid')")
    old.close()
    db = Database.open(f"sqlite:///{path}")
    assert current_revision(db) == head_revision()
    assert db.read(lambda s: s.scalar(select(schema.User.name).where(schema.User.handle == "old"))) == "Old User"
    assert not demo.ensure_demo(db)              # not empty: the demo never overwrites data
    backup = tmp_path / "old.sqlite3.before-0001.bak"
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM users").fetchall() == [("Old User",)]
    con.close()
    db.close()


def test_reopening_at_head_makes_no_backup(tmp_path):
    path = tmp_path / "a.sqlite3"
    Database.open(f"sqlite:///{path}").close()
    Database.open(f"sqlite:///{path}").close()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".bak")] == []


def test_the_head_constant_is_alembics_head():
    from desktop.core.migrations import HEAD

    assert HEAD == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    Database.open(url).close()
    probe = (f"import sys; from desktop.core.db import Database; Database.open({url!r}).close(); "
             "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_0003_fills_the_counters_and_activity_from_the_data(tmp_path):
    """A 0002 database with read positions, a cleared conversation and a message deleted for
    one member: after the upgrade each member's counter is the count the list used to compute."""
    from desktop.core import inbox

    path = tmp_path / "old.sqlite3"
    old = Database.open(f"sqlite:///{path}", migrate=False)
    upgrade_to_head(old, revision="0002")
    with old.engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO stores (id, handle, name, city, country, language, rating, followers) "
            "VALUES (1, 'st', 'Store', 'Shenzhen', 'CN', 'zh', 0, 0)")
        for uid, handle, role, store in ((1, "ana", "buyer", None), (2, "bo", "buyer", None), (3, "wu", "seller", 1)):
            run("INSERT INTO users (id, handle, name, role, language, time_zone, city, store_id) "
                "VALUES (?, ?, ?, ?, 'es', 'UTC', '', ?)", (uid, handle, handle, role, store))
        for cid, buyer, at in ((1, 1, "2026-01-02 10:00:00.000000"), (2, 2, "2026-01-03 10:00:00.000000")):
            run("INSERT INTO conversations (id, buyer_id, store_id, created_at, last_message_id, last_activity_at) "
                "VALUES (?, ?, 1, '2026-01-01 00:00:00.000000', NULL, ?)", (cid, buyer, at))
        messages = [(1, 1, 1), (2, 1, 1), (3, 1, 3), (4, 1, 1), (5, 1, 1), (6, 2, 2), (7, 2, 2), (8, 2, 3)]
        for mid, cid, sender in messages:
            run("INSERT INTO messages (id, conversation_id, sender_id, kind, text, lang, client_id, created_at, "
                "sent_at) VALUES (?, ?, ?, 'text', 'hola', 'es', ?, '2026-01-02 00:00:00.000000', "
                "'2026-01-02 00:00:00.000000')", (mid, cid, sender, f"c{mid}"))
        members = [(1, 1, 5, 0, 0), (1, 3, 2, 0, 0), (2, 2, 0, 0, 0), (2, 3, 6, 7, 1)]
        for cid, uid, read, cleared, hidden in members:
            run("INSERT INTO conversation_members (conversation_id, user_id, last_read_message_id, "
                "cleared_before_message_id, hidden, archived, labels) VALUES (?, ?, ?, ?, ?, 0, '')",
                (cid, uid, read, cleared, hidden))
        run("INSERT INTO message_deletions (user_id, message_id) VALUES (3, 5)")
    old.close()
    db = Database.open(f"sqlite:///{path}")
    rows = db.read(lambda s: s.execute(schema.ConversationMember.__table__.select()
                                       .order_by("conversation_id", "user_id")).mappings().all())
    got = {(r["conversation_id"], r["user_id"]): (r["unread_count"], str(r["last_activity_at"])) for r in rows}
    assert got == {(1, 1): (0, "2026-01-02 10:00:00"),     # ana read everything
                   (1, 3): (1, "2026-01-02 10:00:00"),     # wu: 4 (5 deleted for wu; 3 is wu's own)
                   (2, 2): (1, "2026-01-03 10:00:00"),     # bo: wu's 8
                   (2, 3): (0, "2026-01-03 10:00:00")}     # wu cleared up to 7; 8 is wu's own
    def derived(s):
        return {(mem.conversation_id, mem.user_id): inbox.unread_of(s, mem.user_id, mem.conversation_id,
                                                                    mem.last_read_message_id,
                                                                    mem.cleared_before_message_id)
                for mem in s.scalars(select(schema.ConversationMember))}
    assert {k: v[0] for k, v in got.items()} == db.read(derived)
    db.close()


def test_side_unread_recounts_a_teams_counters(tmp_path):
    """0011_side_unread: a store's agents whose counters held their colleagues' replies (as the
    older code counted, one for every member but the sender) count the buyer's side only after
    the upgrade; a buyer's counter stays as it was."""
    path = tmp_path / "team.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.reset(db, cases=True)
    right = db.read(lambda s: {(r.conversation_id, r.user_id): r.unread_count
                               for r in s.scalars(select(schema.ConversationMember))})
    with db.engine.begin() as conn:
        conn.exec_driver_sql("""UPDATE conversation_members SET unread_count = (
            SELECT count(*) FROM messages WHERE messages.conversation_id = conversation_members.conversation_id
              AND messages.id > conversation_members.last_read_message_id
              AND messages.id > conversation_members.cleared_before_message_id
              AND (messages.sender_id IS NULL OR messages.sender_id != conversation_members.user_id)
              AND NOT EXISTS (SELECT 1 FROM message_deletions WHERE message_deletions.user_id =
                  conversation_members.user_id AND message_deletions.message_id = messages.id))""")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0010_bigint_ids'")
        for table in ("disputes", "stores"):       # what 0012_return_address adds, as at 0010
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN return_address")
    wrong = db.read(lambda s: {(r.conversation_id, r.user_id): r.unread_count
                               for r in s.scalars(select(schema.ConversationMember))})
    assert wrong != right                            # the demo's Mei had Wei's reply as unread
    db.close()
    db = Database.open(f"sqlite:///{path}")
    assert current_revision(db) == head_revision()
    assert db.read(lambda s: {(r.conversation_id, r.user_id): r.unread_count
                              for r in s.scalars(select(schema.ConversationMember))}) == right
    db.close()
