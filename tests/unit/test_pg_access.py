"""Who sees what on PostgreSQL, enforced by the server (issue 18 §2): every role × every table ×
SELECT / INSERT / UPDATE / DELETE, as direct SQL through psycopg logged in as that role, against
what the rules say, row by row. The expected results come from `Model`, a second writing of the
rules in Python over the rows as the owner sees them; a row a role may not touch that it can
read, add, change or remove is a leak, and the test wants 0. It also wants each allowed row to be
allowed (a policy that shuts everything is not a pass).

INSERT tries a copy of each row as that role: the server checks the policy before the row's
keys, so a refusal by policy (SQLSTATE 42501) is "refused" and anything else (stored, or a
unique key that exists already) is "allowed". UPDATE sets a column to itself; DELETE runs in a
savepoint that is rolled back; both count the rows the server let them touch.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from desktop.core import access, demo_cases, dispute_steps, messaging, orders, users
from desktop.core import team as team_core
from desktop.core import schema as m
from desktop.core.db import Database, DatabaseFault, DbFault

pytestmark = pytest.mark.slow

# the demo's escalated disputes (James's, Lucía's, Lucía's escalated automatically)
DECIDED, OTHER_CASE, ESCALATED = "8190000000000117", "8190000000000118", "8190000000000123"
ROLES = ("lucia", "james", "wei", "ana", "OTHER_SELLER", "marketplace")
OPS = ("SELECT", "INSERT", "UPDATE", "DELETE")


@dataclass
class Model:
    """The rules, for one person, over every row as the owner reads them."""

    me: int
    store: int | None
    rows: dict[str, list[dict]]
    arbiter: bool = False
    _index: dict = field(default_factory=dict)

    # the marketplace (desktop.core.arbiter): an order whose dispute is escalated, or whose
    # history has an escalation or a decision; that buyer's conversation with that store
    def case(self, oid) -> bool:
        return self.arbiter and (
            any(d["order_id"] == oid and d["state"] == "escalated" for d in self.rows["disputes"])
            or any(e["order_id"] == oid and e["subject"] == "dispute"
                   and e["action"] in ("escalated", "auto_escalated", "decided") for e in self.rows["order_events"]))

    def case_conv(self, cid) -> bool:
        c = self.by_id("conversations").get(cid)
        return c is not None and any(o["buyer_id"] == c["buyer_id"] and o["store_id"] == c["store_id"]
                                     and self.case(o["id"]) for o in self.rows["orders"])

    def case_message(self, mid) -> bool:
        x = self.by_id("messages").get(mid)
        return x is not None and self.case_conv(x["conversation_id"])

    def case_dispute(self, did) -> bool:
        d = self.by_id("disputes").get(did)
        return d is not None and self.case(d["order_id"])

    def reads_order(self, oid) -> bool:
        return self.order(oid) or self.case(oid)

    def by_id(self, table: str) -> dict:
        if table not in self._index:
            self._index[table] = {r["id"]: r for r in self.rows[table]}
        return self._index[table]

    def conv(self, cid) -> bool:
        c = self.by_id("conversations").get(cid)
        return c is not None and (c["buyer_id"] == self.me or c["store_id"] == self.store)

    def order(self, oid) -> bool:
        o = self.by_id("orders").get(oid)
        return o is not None and (o["buyer_id"] == self.me or o["store_id"] == self.store)

    def message(self, mid) -> bool:
        x = self.by_id("messages").get(mid)
        return x is not None and self.conv(x["conversation_id"])

    def dispute(self, did) -> bool:
        d = self.by_id("disputes").get(did)
        return d is not None and self.order(d["order_id"])

    def staff_of_product(self, pid) -> bool:
        p = self.by_id("products").get(pid)
        return p is not None and self.store is not None and p["store_id"] == self.store

    def attachment(self, aid) -> bool:
        links = [r["message_id"] for r in self.rows["message_attachments"] if r["attachment_id"] == aid]
        evidence = [r["dispute_id"] for r in self.rows["dispute_evidence"] if r["attachment_id"] == aid]
        steps = [r["event_id"] for r in self.rows["order_event_evidence"] if r["attachment_id"] == aid]
        return (any(self.message(x) or self.case_message(x) for x in links)
                or any(self.dispute(x) or self.case_dispute(x) for x in evidence) or any(map(self.event, steps))
                or (not links and not evidence and not steps))

    def event(self, eid) -> bool:
        e = self.by_id("order_events").get(eid)
        return e is not None and self.reads_order(e["order_id"])

    def reply(self, r) -> bool:
        return bool(r) and (r.get("user_id") == self.me
                            or (self.store is not None and r.get("store_id") == self.store))

    def staff(self, cid) -> bool:
        c = self.by_id("conversations").get(cid)
        return c is not None and self.store is not None and c["store_id"] == self.store

    def change(self, r, case: bool = True) -> bool:
        if r["kind"] in access.TEAM_KINDS:
            return self.staff(r["conversation_id"])
        if r["kind"] in access.STORE_KINDS:
            return (self.store is not None and r["store_id"] == self.store) or r["user_id"] == self.me
        if r["conversation_id"] is not None:
            return self.conv(r["conversation_id"]) or (case and self.case_conv(r["conversation_id"]))
        if r["order_id"] is not None:
            return self.order(r["order_id"]) or (case and self.case(r["order_id"]))
        return r["user_id"] == self.me

    def allowed(self, table: str, op: str, r: dict) -> bool:
        me, store = self.me, self.store
        mine = r.get("user_id") == me
        seen = {
            "stores": lambda: (True, False, False, False),
            "users": lambda: (True, False, False, False),
            "products": lambda: (True, r.get("store_id") == store, r.get("store_id") == store, False),
            "product_variants": lambda: (True, self.staff_of_product(r.get("product_id")), False, False),
            "product_images": lambda: (True, self.staff_of_product(r.get("product_id")), False, False),
            "conversations": lambda: (self.conv(r.get("id")) or self.case_conv(r.get("id")), r.get("buyer_id") == me,
                                      self.conv(r.get("id")) or self.case_conv(r.get("id")), False),
            "conversation_members": lambda: (self.conv(r.get("conversation_id")) or self.case_conv(r.get("conversation_id")),
                                             self.conv(r.get("conversation_id")),
                                             self.conv(r.get("conversation_id")) or self.case_conv(r.get("conversation_id")),
                                             False),
            "messages": lambda: (self.conv(r.get("conversation_id")) or self.case_conv(r.get("conversation_id")),
                                 (self.conv(r.get("conversation_id")) and r.get("sender_id") in (me, None))
                                 or (self.case_conv(r.get("conversation_id")) and r.get("sender_id") is None
                                     and r.get("kind") == "request_card" and self.case(r.get("order_id"))),
                                 r.get("sender_id") == me, False),
            "message_deletions": lambda: (mine, mine and self.message(r.get("message_id")), mine, mine),
            "message_attachments": lambda: (self.message(r.get("message_id")) or self.case_message(r.get("message_id")),
                                    self.by_id("messages").get(r.get("message_id"), {}).get("sender_id") == me,
                                    False, False),
            "message_translations": lambda: (self.message(r.get("message_id")) or self.case_message(r.get("message_id")),
                                             self.message(r.get("message_id")),
                                     self.message(r.get("message_id")), False),
            "attachments": lambda: (self.attachment(r.get("id")), not self.arbiter, False, False),
            "orders": lambda: (self.reads_order(r.get("id")), r.get("buyer_id") == me, self.reads_order(r.get("id")),
                               False),
            "order_items": lambda: (self.reads_order(r.get("order_id")), self.order(r.get("order_id")), False, False),
            "tracking_events": lambda: (self.reads_order(r.get("order_id")),
                                self.order(r.get("order_id")) and self.by_id("orders")[r["order_id"]]["store_id"]
                                == store, False, False),
            "cancellation_requests": lambda: (self.reads_order(r.get("order_id")),
                                      self.order(r.get("order_id")) and r.get("requested_by") == me,
                                      self.order(r.get("order_id")), False),
            "disputes": lambda: (self.reads_order(r.get("order_id")),
                                 self.order(r.get("order_id")) and r.get("opened_by") == me,
                                 self.reads_order(r.get("order_id")), False),
            "dispute_evidence": lambda: (self.dispute(r.get("dispute_id")) or self.case_dispute(r.get("dispute_id")),
                                         self.dispute(r.get("dispute_id")), False, False),
            "drafts": lambda: (mine, mine and self.conv(r.get("conversation_id")), mine, mine),
            "change_log": lambda: (self.change(r), self.change(r), False, self.change(r, case=False)),
            "quick_replies": lambda: (self.reply(r) and not self.arbiter,) * 4,
            "quick_reply_texts": lambda: (self.reply(self.by_id("quick_replies").get(r.get("reply_id"), {}))
                                          and not self.arbiter,) * 4,
            "store_labels": lambda: (store is not None and r.get("store_id") == store,) * 4,
            "conversation_labels": lambda: (self.staff(r.get("conversation_id")),) * 4,
            "store_settings": lambda: (True,) + (store is not None and r.get("store_id") == store,) * 3,
            "response_episodes": lambda: ((store is not None and r.get("store_id") == store)
                                          or self.conv(r.get("conversation_id")),
                                          self.conv(r.get("conversation_id")), self.conv(r.get("conversation_id")),
                                          False),
            "order_events": lambda: (self.reads_order(r.get("order_id")),
                                     self.order(r.get("order_id")) or (self.case(r.get("order_id"))
                                                                       and r.get("actor_id") == me
                                                                       and r.get("subject") == "dispute"
                                                                       and r.get("action") == "decided"),
                                     self.order(r.get("order_id")) or (self.case(r.get("order_id"))
                                                                       and r.get("actor_id") == me), False),
            "order_event_evidence": lambda: (self.event(r.get("event_id")),
                                             self.order(self.by_id("order_events").get(r.get("event_id"), {})
                                                        .get("order_id")), False, False),
            "assignments": lambda: (self.staff(r.get("conversation_id")),) * 4,
            "internal_notes": lambda: (self.staff(r.get("conversation_id")),)
            + (self.staff(r.get("conversation_id")) and r.get("author_id") == me,) * 3,
            "presence": lambda: (self.staff(r.get("conversation_id")),)
            + (self.staff(r.get("conversation_id")) and r.get("user_id") == me,) * 3,
            "search_messages": lambda: (self.message(r.get("rowid")) or self.case_message(r.get("rowid")),) * 3
            + (self.message(r.get("rowid")),),
            "search_orders": lambda: (self.order(r.get("rowid")),) * 4,
            "search_products": lambda: (True,) + (self.staff_of_product(r.get("rowid")),) * 3,
        }[table]()
        return seen[OPS.index(op)]


def _rows(con: psycopg.Connection, table: str) -> list[dict]:
    cur = con.cursor(row_factory=psycopg.rows.dict_row)
    return list(cur.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))))


def _keys(table: str) -> list[str]:
    if table.startswith("search_"):
        return ["rowid"]
    return [c.name for c in m.Base.metadata.tables[table].primary_key.columns]


def _where(keys: list[str], row: dict) -> tuple[sql.Composable, list]:
    return sql.SQL(" AND ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in keys), [row[k] for k in keys]


def _try(con: psycopg.Connection, statement, params) -> int | None:
    """Rows touched (inside a savepoint that is rolled back); None when refused by a policy or a right."""
    try:
        with con.transaction(force_rollback=True):
            cur = con.execute(statement, params)
            return cur.rowcount
    except psycopg.errors.InsufficientPrivilege:
        return None
    except psycopg.errors.IntegrityError:
        return 1            # past the policy, stopped by a key: allowed as far as access goes


def _matrix(con: psycopg.Connection, model: Model, table: str) -> dict[str, list]:
    """For each operation, the rows whose outcome differs from the model: (key, expected, got)."""
    keys = _keys(table)
    wrong: dict[str, list] = {op: [] for op in OPS}
    visible = {tuple(r[k] for k in keys) for r in _rows_as(con, table, keys)}
    cols = [c for c in model.rows[table][0]] if model.rows[table] else []
    for row in model.rows[table]:
        key = tuple(row[k] for k in keys)
        expect = {op: model.allowed(table, op, row) for op in OPS}
        got = {"SELECT": key in visible}
        where, params = _where(keys, row)
        ins_cols = [c for c in cols if not (c == "id" and table != "attachments")]
        insert = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, ins_cols)),
            sql.SQL(", ").join(sql.Placeholder() * len(ins_cols)))
        got["INSERT"] = _try(con, insert, [row[c] for c in ins_cols]) is not None
        first = keys[0]
        update = sql.SQL("UPDATE {} SET {} = {} WHERE ").format(
            sql.Identifier(table), sql.Identifier(first), sql.Identifier(first)) + where
        got["UPDATE"] = bool(_try(con, update, params))
        delete = sql.SQL("DELETE FROM {} WHERE ").format(sql.Identifier(table)) + where
        got["DELETE"] = bool(_try(con, delete, params))
        for op in OPS:
            if got[op] != expect[op]:
                wrong[op].append((key, expect[op], got[op]))
    return wrong


def _rows_as(con, table, keys) -> list[dict]:
    cur = con.cursor(row_factory=psycopg.rows.dict_row)
    cols = sql.SQL(", ").join(map(sql.Identifier, keys))
    with con.transaction(force_rollback=True):
        return list(cur.execute(sql.SQL("SELECT {} FROM {}").format(cols, sql.Identifier(table))))


@pytest.fixture
def team(pg_server, pg_url):
    """The demo with row-level security on, a login role for each person and Ana as Wei's agent."""
    db = Database.open(pg_url)
    demo_cases.seed(db)                     # the orders that went wrong, the marketplace among the people
    access.init(db)
    access.demo_roles(db)
    access.create_user(db, access.NewUser("ana", "agent", "shenzhen-tech", "Ana"), "ana")
    # some of each kind of row, so that every table has rows to try
    lucia = users.resolve(db, "lucia")
    messaging.send(db, lucia, 1, "¿Tenéis el cargador en blanco?", translations={"zh": ("有白色的充电器吗？", "1")})

    def extras(s):
        store = s.get(m.Conversation, 1).store_id           # messages 1 and 2 are in conversation 1
        s.add(m.Draft(store_id=store, user_id=lucia.id, conversation_id=1, text="borrador"))
        s.add(m.QuickReply(user_id=users.resolve(db, "wei").id, title="hola", text="¡Hola! ¿En qué te ayudo?"))
        s.add(m.MessageDeletion(store_id=store, user_id=lucia.id, message_id=2))
        dispute = s.scalar(select(m.Dispute).limit(1))
        files = [m.Attachment(store_id=store if n in (0, 2) else dispute.store_id, sha256=f"{n:064x}",
                              mime="image/jpeg", bytes=1000 + n) for n in range(4)]
        s.add_all(files)
        s.flush()
        s.add(m.MessageAttachment(store_id=store, message_id=1, attachment_id=files[0].id, position=0))
        s.add(m.DisputeEvidence(store_id=dispute.store_id, dispute_id=dispute.id,
                                attachment_id=files[1].id))     # files[2]: not linked yet
        step = m.OrderEvent(store_id=dispute.store_id, order_id=dispute.order_id, subject="dispute",
                            subject_id=dispute.id, actor_id=lucia.id, action="dispute_open", text="No llegó")
        s.add(step)
        s.flush()
        s.add(m.OrderEventEvidence(store_id=dispute.store_id, event_id=step.id, attachment_id=files[3].id))
    db.write(extras)
    # a case the marketplace decided (its step, its card), beside the demo's escalated ones
    decided = db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == DECIDED)))
    dispute_steps.decide(db, users.resolve(db, "marketplace"), decided, "partial", amount=5, text="Mitad")
    other = db.read(lambda s: s.scalar(
        select(m.User.handle).where(m.User.role == m.Role.SELLER, m.User.store_id != users.resolve(db, "wei").store_id)
        .order_by(m.User.id).limit(1)))
    for handle in ("wei", other):              # each store's team: an assignment, a note, someone typing
        seller = users.resolve(db, handle)
        cid = db.read(lambda s, seller=seller: s.scalar(select(m.Conversation.id).where(
            m.Conversation.store_id == seller.store_id).order_by(m.Conversation.id).limit(1)))
        team_core.assign(db, seller, cid)
        team_core.add_note(db, seller, cid, f"nota de {handle}")
        team_core.typing(db, seller, cid)
    db.close()
    return make_url(pg_url).database, other


def test_every_role_every_table_every_operation_0_leaks(pg_server, team):
    dbname, other_seller = team
    with psycopg.connect(pg_server.dsn(dbname)) as owner:
        rows = {t: _rows(owner, t) for t in access.RULES}
        people = {r["handle"]: r for r in rows["users"]}
    leaks, refused_rightly_allowed = [], []
    checked = {"SELECT": 0, "allowed": 0, "all": 0}
    for role in ROLES:
        handle = other_seller if role == "OTHER_SELLER" else role
        me = people[handle]
        model = Model(me["id"], me["store_id"], rows, arbiter=me["role"] == "arbiter")
        with psycopg.connect(pg_server.dsn(dbname, user=handle, password=handle)) as con:
            for table in access.RULES:
                for row in rows[table]:
                    checked["all"] += 1
                    checked["allowed"] += model.allowed(table, "SELECT", row)
                checked["SELECT"] += len(_rows_as(con, table, _keys(table)))
                for op, wrong in _matrix(con, model, table).items():
                    for key, expected, got in wrong:
                        (leaks if got and not expected else refused_rightly_allowed).append((handle, table, op, key))
    assert leaks == [], f"{len(leaks)} leaks: {leaks[:20]}"
    assert refused_rightly_allowed == [], refused_rightly_allowed[:20]
    print(f"matrix: {checked['all']} row x role pairs, {3 * checked['all'] + len(ROLES) * len(access.RULES)} statements")
    assert [t for t in access.RULES if not rows[t]] == []         # every table had rows to try
    assert checked["SELECT"] > 0 and 0 < checked["allowed"] < checked["all"]


def _as(pg_server, dbname: str, handle: str) -> Database:
    return Database.open(pg_server.url(dbname, user=handle, password=handle))


def test_the_app_works_as_each_person_and_sees_only_theirs(pg_server, team, capsys):
    from desktop.cli import main
    from desktop.core import conversations

    dbname, _ = team
    lucia_db, wei_db, ana_db, james_db = (_as(pg_server, dbname, h) for h in ("lucia", "wei", "ana", "james"))
    try:
        lucia = users.resolve(lucia_db, "lucia")
        sent = messaging.send(lucia_db, lucia, 1, "¿Lo enviáis hoy?").message_id
        # the store's seller and its agent both have it; another buyer sees nothing of Lucía's
        for db, handle in ((wei_db, "wei"), (ana_db, "ana")):
            me = users.resolve(db, handle)
            assert 1 in {c.id for c in conversations.list_conversations(db, me)}
            assert sent in messaging.visible_ids(db, me, 1)
        james = users.resolve(james_db, "james")
        assert 1 not in {c.id for c in conversations.list_conversations(james_db, james)}
        # a person who says they are someone else gets nothing of theirs: the server knows who it is
        assert conversations.list_conversations(james_db, lucia) == []
        # the agent answers; Lucía's read position is hers alone
        messaging.send(ana_db, users.resolve(ana_db, "ana"), 1, "Sí, sale esta tarde.")
        with pytest.raises(DatabaseFault) as refused:
            ana_db.write(lambda s: s.execute(
                update(m.ConversationMember).where(m.ConversationMember.user_id == lucia.id)
                .values(last_read_message_id=0)))
        assert refused.value.fault is DbFault.NO_RIGHTS and "only for oneself" in str(refused.value.__cause__)
    finally:
        for db in (lucia_db, wei_db, ana_db, james_db):
            db.close()
    url = pg_server.url(dbname, user="james", password="james")
    assert main(["--database", url, "--user", "james", "messages", "--conversation", "1", "--json"]) == 2
    assert "conversation" in capsys.readouterr().err.lower()


def test_a_seller_sets_its_own_stores_return_address_and_nothing_else_of_it(pg_server, team):
    """The return address is a store setting (`buzon store-settings --return-address`): the store's
    team may change that one column of its own store; not its name, not another store's. The
    change reaches the agent's client (a STORE_SETTINGS change of the store) and no buyer's."""
    from desktop.core import changes, desk_settings

    dbname, other = team
    wei_db, ana_db, other_db, lucia_db = (_as(pg_server, dbname, h) for h in ("wei", "ana", other, "lucia"))
    try:
        wei, ana = users.resolve(wei_db, "wei"), users.resolve(ana_db, "ana")
        seen = {name: changes.latest_id(db) for name, db in (("ana", ana_db), ("lucia", lucia_db))}
        desk_settings.update(wei_db, wei, return_address="Wei Returns\n88 Huaqiang Rd")
        assert desk_settings.read(ana_db, ana).return_address == "Wei Returns\n88 Huaqiang Rd"
        assert [c.kind.value for c in changes.since(ana_db, seen["ana"]) if c.kind] == ["store_settings"]
        assert [c for c in changes.since(lucia_db, seen["lucia"]) if c.kind and c.kind.value == "store_settings"] == []
        with pytest.raises(DatabaseFault) as refused:            # no column but the return address
            wei_db.write(lambda s: s.execute(update(m.Store).where(m.Store.id == wei.store_id).values(name="Renamed")))
        assert refused.value.fault is DbFault.NO_RIGHTS
        # another store's seller changes its own store, never Wei's (the policy leaves the row unseen)
        touched = other_db.write(lambda s: s.execute(update(m.Store).where(m.Store.id == wei.store_id)
                                                     .values(return_address="Hijacked 1")).rowcount)
        assert touched == 0
        desk_settings.update(other_db, users.resolve(other_db, other), return_address="Theirs 1")
        assert desk_settings.read(wei_db, wei).return_address == "Wei Returns\n88 Huaqiang Rd"
    finally:
        for db in (wei_db, ana_db, other_db, lucia_db):
            db.close()


def test_revoke_takes_the_store_away(pg_server, team, pg_url):
    dbname, _ = team
    owner = Database.open(pg_url)
    ana_db = _as(pg_server, dbname, "ana")
    try:
        ana = users.resolve(ana_db, "ana")
        from desktop.core import conversations

        assert conversations.list_conversations(ana_db, ana)
        access.revoke(owner, "shenzhen-tech", "ana")
        assert conversations.list_conversations(ana_db, users.resolve(ana_db, "ana")) == []
        with pytest.raises(DatabaseFault) as refused:        # and the server does not let her put it back
            ana_db.write(lambda s: s.execute(update(m.User).where(m.User.id == ana.id).values(store_id=ana.store_id)))
        assert refused.value.fault is DbFault.NO_RIGHTS
    finally:
        ana_db.close()
        owner.close()


def test_admin_refuses_bad_input(pg_url, tmp_path):
    from desktop.core.errors import UsageError

    db = Database.open(pg_url)
    try:
        for new in (access.NewUser("Ana Smith", "agent", "shenzhen-tech"), access.NewUser("ana", "boss", None),
                    access.NewUser("ana\n", "agent", "shenzhen-tech"),       # `$` let a final newline pass
                    access.NewUser("ana", "agent", None), access.NewUser("ana", "agent", "no-such-store")):
            with pytest.raises(UsageError):
                access.create_user(db, new, "x")
        with pytest.raises(UsageError):
            access.grant(db, "shenzhen-tech", "lucia")          # a buyer
    finally:
        db.close()
    sqlite = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        with pytest.raises(UsageError):
            access.init(sqlite)
    finally:
        sqlite.close()


def test_admin_commands(pg_server, pg_url, capsys, monkeypatch):
    import json

    from desktop.cli import main

    assert main(["--database", pg_url, "admin", "init", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["group"] == "buzon_users" and {"messages", "orders", "drafts"} <= set(out["tables"])
    monkeypatch.setenv("BUZON_NEW_PASSWORD", "s3cret")
    assert main(["--database", pg_url, "admin", "create-user", "marta", "--role", "agent", "--store",
                 "shenzhen-tech", "--name", "Marta", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["handle"] == "marta" and created["store"] == "shenzhen-tech"
    as_marta = pg_server.url(make_url(pg_url).database, user="marta", password="s3cret")
    assert main(["--database", as_marta, "--user", "marta", "conversations", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)                      # the store's conversations
    assert main(["--database", pg_url, "admin", "revoke", "--store", "shenzhen-tech", "marta", "--json"]) == 0
    capsys.readouterr()
    assert main(["--database", as_marta, "--user", "marta", "conversations", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--database", pg_url, "admin", "grant", "--store", "no-such", "marta"]) == 2
    assert "no-such" in capsys.readouterr().err


def test_the_marketplace_decides_as_its_own_role_and_reads_only_its_cases(pg_server, team, capsys):
    import json

    from desktop.cli import main
    from desktop.core import conversations

    dbname, _ = team
    url = pg_server.url(dbname, user="marketplace", password="marketplace")
    mkt_db = _as(pg_server, dbname, "marketplace")
    try:
        mkt = users.resolve(mkt_db, "marketplace")
        listed = {o.number for o in orders.iter_orders(mkt_db, mkt)}
        assert listed == {DECIDED, OTHER_CASE, ESCALATED}            # its cases only, none of the other orders
        assert conversations.list_conversations(mkt_db, mkt) == []     # it is no member of any
    finally:
        mkt_db.close()
    escalated = next(o for o in json.loads(_cli(capsys, main, url, "orders", "--json")) if o["number"] == ESCALATED)
    out = json.loads(_cli(capsys, main, url, "dispute", "decide", "--order", str(escalated["id"]), "--decision",
                          "full", "--text", "Las fotos muestran el daño", "--json"))
    assert out["state"] == "closed" and out["history"][-1]["action"] == "decided"
    assert out["history"][-1]["by"] == "marketplace"
    # the buyer reads the decision's card in the conversation with the store, unread
    lucia_db = _as(pg_server, dbname, "lucia")
    try:
        lucia = users.resolve(lucia_db, "lucia")
        step = out["history"][-1]
        case = dispute_steps.show(lucia_db, lucia, escalated["id"])
        assert case is not None and case.state.value == "closed" and case.history[-1].text == step["text"]
    finally:
        lucia_db.close()
    # it still reads the closed case; a store's note or a draft is nothing it can write
    assert json.loads(_cli(capsys, main, url, "dispute", "show", "--order", str(escalated["id"]), "--json"))["state"] \
        == "closed"
    with psycopg.connect(pg_server.dsn(dbname, user="marketplace", password="marketplace")) as con:
        with con.transaction(force_rollback=True):         # what a decision sets is still allowed
            assert con.execute("UPDATE orders SET refunded_cents = refunded_cents + 1").rowcount == 3
        for statement in ("INSERT INTO drafts (store_id, user_id, conversation_id, text) "
                          "SELECT (SELECT store_id FROM stores ORDER BY id LIMIT 1), id, 1, 'x' FROM users "
                          "WHERE handle = 'marketplace'",
                          "UPDATE store_settings SET store_id = store_id",
                          # on its own cases, only what a decision sets (the guard trigger)
                          "UPDATE orders SET total_cents = 1", "UPDATE disputes SET amount_cents = 1",
                          "UPDATE conversations SET created_at = created_at - interval '1 day'",
                          "UPDATE conversation_members SET last_read_message_id = 0",
                          "UPDATE order_events SET text = 'x'"):
            try:
                with con.transaction(force_rollback=True):
                    touched = con.execute(statement).rowcount
            except psycopg.errors.InsufficientPrivilege:
                touched = 0
            assert touched == 0, statement


def _cli(capsys, main, url: str, *argv: str) -> str:
    capsys.readouterr()
    code = main(["--database", url, "--user", "marketplace", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_send_s_retry_to_a_store_finds_its_message_as_the_buyer_s_own_role(pg_server, team, capsys):
    """`send --store H --client-id K` looks for K in H's messages (by the store's key), under
    row-level security: the retry returns the message, the same key to another store is another."""
    import json

    from desktop.cli import main

    dbname, _ = team
    url = pg_server.url(dbname, user="lucia", password="lucia")

    def send(store: str) -> dict:
        assert main(["--database", url, "--user", "lucia", "send", "--store", store, "--text", "¿Hay stock?",
                     "--client-id", "pg-k1", "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    first = send("shenzhen-tech")
    assert send("shenzhen-tech") == first
    other = send("yiwu-home")
    assert other["conversation"] != first["conversation"] and other["message"] != first["message"]
