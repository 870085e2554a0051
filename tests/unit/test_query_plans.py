"""The plan of every list and count query, as SQLite chooses it for the statements the core
really sends: no list or count ever scans the messages, and no paged list sorts its whole
set. docs/queries.md shows these plans; regenerate its listing with

    .venv/bin/python tests/unit/test_query_plans.py PATH/TO/buzon.sqlite3
"""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text

from desktop.core import catalog, conversations, demo_scale, desk, inbox, messaging, orders, team, users
from desktop.core.db import Database

MESSAGES = ("messages", "newest", "last")          # the table and the names the queries give it
PAGED = {"conversation page", "conversation page after a cursor", "messages: newest page", "messages: page before",
         "messages: page after", "orders page", "orders page by status after a cursor", "products page",
         "products of a store after a cursor",
         "desk: all", "desk: unread", "desk: awaiting", "desk: overdue", "desk: archived", "desk: awaiting after a cursor",
         "desk: mine", "desk: unassigned", "desk: assigned"}
# The index each desk view must read (a partial index in the list's order, docs/desk.md).
DESK_INDEX = {"desk: all": "ix_conversation_members_inbox", "desk: unread": "ix_conversation_members_unread_list",
              "desk: awaiting": "ix_conversation_members_awaiting", "desk: overdue": "ix_conversation_members_awaiting",
              "desk: archived": "ix_conversation_members_archived",
              "desk: awaiting after a cursor": "ix_conversation_members_awaiting",
              # The team's lists walk All's index in its order, each id checked against the assignments.
              "desk: mine": "ix_conversation_members_inbox", "desk: unassigned": "ix_conversation_members_inbox",
              "desk: assigned": "ix_conversation_members_inbox"}


@contextmanager
def statements(db: Database):
    seen: list[tuple[str, tuple]] = []

    def grab(_conn, _cursor, statement, parameters, _context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and not executemany:
            seen.append((statement, tuple(parameters or ())))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)


def plan(db: Database, statement: str, parameters: tuple) -> list[str]:
    """The plan as SQLite's shell prints it: one line per step, indented under its parent."""
    raw = db.engine.raw_connection()
    try:
        rows = raw.cursor().execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
    finally:
        raw.close()
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + detail)
    return lines


def queries(db: Database):
    """(what, function) for every list and count the app runs, as the seller and as a buyer."""
    wei, lucia = users.resolve(db, "wei"), users.resolve(db, "lucia")
    first = inbox.conversation_page(db, wei, limit=50)
    cid = first.rows[0].id
    big = db.read(lambda s: s.execute(text("SELECT conversation_id FROM messages GROUP BY conversation_id "
                                           "ORDER BY count(*) DESC LIMIT 1")).scalar())
    newest = messaging.page(db, wei, big, limit=60)
    order_first = orders.order_page(db, wei, status="shipped", limit=20)
    product_first = catalog.product_page(db, store_handle="shenzhen-tech", limit=20)
    desk.add_label(db, wei, cid, "VIP")
    desk.archive(db, wei, first.rows[1].id)
    awaiting_first = desk.desk_page(db, wei, "awaiting", limit=50)
    for row in first.rows[2:40:3]:
        team.assign(db, wei, row.id)
    return [
        *[(f"desk: {view}", lambda view=view: desk.desk_page(db, wei, team_view=view, limit=50, pins_first=False))
          for view in team.VIEWS],
        *[(f"desk: {view}", lambda view=view: desk.desk_page(db, wei, view, limit=50)) for view in desk.VIEWS],
        ("desk: awaiting after a cursor", lambda: desk.desk_page(db, wei, "awaiting", after=awaiting_first.next)),
        ("desk: a label", lambda: desk.desk_page(db, wei, label="VIP")),
        ("desk: counts", lambda: desk.counts(db, wei)),
        ("conversation page", lambda: inbox.conversation_page(db, wei, limit=50)),
        ("conversation page after a cursor", lambda: inbox.conversation_page(db, wei, after=first.next, limit=50)),
        ("conversation page of a buyer", lambda: inbox.conversation_page(db, lucia, limit=50)),
        ("one conversation's row", lambda: inbox.conversation_row(db, wei, cid)),
        ("unread total (the badge)", lambda: inbox.unread_total(db, wei)),
        ("conversations and unread totals", lambda: inbox.totals(db, wei)),
        ("messages: newest page", lambda: messaging.page(db, wei, big, limit=60)),
        ("messages: page before", lambda: messaging.page(db, wei, big, before=newest[0].id, limit=60)),
        ("messages: page after", lambda: messaging.page(db, wei, big, after=newest[0].id, limit=60)),
        ("messages by id", lambda: messaging.rows_by_id(db, wei, big, [r.id for r in newest[:5]])),
        ("unread count of one member (recount)", lambda: conversations.mark_unread(db, wei, cid)),
        ("orders page", lambda: orders.order_page(db, wei, limit=20)),
        ("orders page by status after a cursor",
         lambda: orders.order_page(db, wei, status="shipped", after=order_first.next, limit=20)),
        ("orders of a buyer by status", lambda: orders.order_ids(db, lucia, status="shipped")),
        ("order ids (the table's model)", lambda: orders.order_ids(db, wei)),
        ("products page", lambda: catalog.product_page(db, limit=20)),
        ("products of a store after a cursor",
         lambda: catalog.product_page(db, store_handle="shenzhen-tech", after=product_first.next, limit=20)),
        ("product ids (the grid's model)", lambda: catalog.product_ids(db, store_handle="shenzhen-tech")),
        ("accounts", lambda: users.list_users(db)),
        # A send's retry finds what its client id stored (`send --store H --client-id K`, `--conversation`).
        ("a send's retry to a store", lambda: messaging.sent_before(db, lucia, "k1", "hola", store_handle="shenzhen-tech")),
        ("a send's retry in a conversation", lambda: messaging.sent_before(db, lucia, "k1", "hola", cid)),
    ]


def collect(db: Database) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    out = []
    for what, run in queries(db):
        with statements(db) as seen:
            run()
        out.append((what, [(sql, plan(db, sql, params)) for sql, params in seen]))
    return out


def scans_of_messages(lines: list[str]) -> list[str]:
    return [line for line in lines if re.match(rf"\s*SCAN ({'|'.join(MESSAGES)})\b", line)]


@pytest.fixture(scope="module")
def planned(tmp_path_factory):
    db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('plans') / 'buzon.sqlite3'}")
    demo_scale.generate(db, 20_000)
    yield collect(db)
    db.close()


def test_every_list_and_count_was_seen(planned):
    assert all(stmts for _what, stmts in planned), [what for what, stmts in planned if not stmts]


def test_no_list_or_count_scans_the_messages(planned):
    bad = {what: scans_of_messages(lines) for what, stmts in planned for _sql, lines in stmts
           if scans_of_messages(lines)}
    assert bad == {}


def test_paged_lists_read_an_index_in_order(planned):
    """A page of a keyset list never sorts the set it pages through (a subquery's own small sort,
    indented under it, is not the page's; nor is the desk's read of the rows of a page's ids)."""
    sorted_whole = {what: lines for what, stmts in planned if what in PAGED
                    for sql, lines in stmts if re.search(r"LIMIT \?( OFFSET \?)?\s*$", sql)
                    and "USE TEMP B-TREE FOR ORDER BY" in lines}
    assert sorted_whole == {}


def test_a_member_list_reads_the_inbox_index(planned):
    plans = dict(planned)
    first_sql, first_plan = plans["conversation page"][0]
    assert first_plan[0].startswith("SEARCH conversation_members USING INDEX ix_conversation_members_inbox")
    # The last message's sender (a teammate's reply is named on the row): one primary-key lookup.
    assert "SEARCH last_sender USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN" in first_plan
    badge = [line for _sql, lines in plans["unread total (the badge)"] for line in lines]
    assert any("ix_conversation_members_unread" in line for line in badge)


def test_each_desk_view_reads_its_own_index(planned):
    plans = dict(planned)
    for what, index in DESK_INDEX.items():
        ids_sql, ids_plan = next((sql, lines) for sql, lines in plans[what]
                                 if sql.lstrip().startswith("SELECT conversation_members.conversation_id, "
                                                            "conversation_members.last_activity_at"))
        assert ids_plan[0].startswith(f"SEARCH conversation_members USING INDEX {index} "), (what, ids_plan)


def test_desk_counts_are_index_only(planned):
    """Every count of the desk reads an index alone (the archived count excepted: it checks each
    archived member's hidden flag, and archived conversations are few; and the team's, whose cost
    follows the assigned conversations)."""
    counts = [(sql, lines) for sql, lines in dict(planned)["desk: counts"] if "count(" in sql]
    assert len(counts) >= 6
    for sql, lines in counts:
        if "archived = 1" in sql or "awaiting_since" in sql:
            assert "USING INDEX ix_conversation_members_" in lines[0], lines
        elif "FROM assignments" in sql:
            # The team's counts walk the assignments (Mine: the assignee's), each member read by its key.
            assert "USING COVERING INDEX ix_assignments_assignee_id" in lines[0], lines
            assert any("sqlite_autoindex_conversation_members_1" in line for line in lines), lines
        else:
            assert "COVERING INDEX" in lines[0] or "store_labels" in lines[0], lines


def test_a_send_s_retry_reads_the_store_s_client_id_index(planned):
    """`send --store H --client-id K` looked for K among all the buyer's messages (no index has
    the sender first: a scan of every message); the store is named, so it is one search of the
    (store_id, client_id) key."""
    for what in ("a send's retry to a store", "a send's retry in a conversation"):
        lines = [line for _sql, lines in dict(planned)[what] for line in lines]
        assert any(re.match(r"\s*SEARCH messages USING INDEX \S+ \(store_id=\? AND client_id=\?\)", line)
                   for line in lines), (what, lines)


def markdown(db: Database) -> str:
    parts = []
    for what, stmts in collect(db):
        parts.append(f"### {what}\n")
        for sql, lines in stmts:
            shown = re.sub(r"\(\?(, \?)+\)", "(?, …)", " ".join(sql.split()))
            parts.append("```sql\n" + shown + "\n```\n```\n" + "\n".join(lines) + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    database = Database.open(f"sqlite:///{sys.argv[1]}")
    print(markdown(database))
    database.close()


def test_a_batch_reply_and_its_retry_never_scan_the_messages(tmp_path_factory):
    """A batch looks up what an earlier run of it stored, per conversation, by client id; since
    0009_store_keys a client id is unique per store, so only a lookup that names the store is
    the index's (one without it scanned 1,000,000 messages per conversation: 8 sends/s)."""
    from desktop.core import batch
    from desktop.core.context import AppContext

    db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('batch') / 'buzon.sqlite3'}")
    demo_scale.generate(db, 5_000)
    wei = users.resolve(db, demo_scale.SELLER)
    ids = tuple(desk.view_ids(db, wei, "all")[:3])
    req = batch.BatchRequest(ids, text="We ship within 2-4 days.")
    ctx = AppContext(data_dir=tmp_path_factory.mktemp("batch-data"))
    with statements(db) as seen:
        first = batch.run_batch(db, ctx, wei, req)
        again = batch.run_batch(db, ctx, wei, req)
    assert [i.state for i in first.items] == [batch.SENT] * 3
    assert [i.reason for i in again.items] == ["sent before"] * 3
    scans = [lines for sql, params in seen for lines in [plan(db, sql, params)] if scans_of_messages(lines)]
    db.close()
    assert scans == []
