"""Who sees what on a PostgreSQL server, enforced by the database (issue 18 §2).

Each person connects as their own login role, named after their handle; every such role is a
member of the group role `buzon_users`, which holds the application's table rights and never
owns a table. The owner of the database (who ran the migrations) runs `buzon admin`:

- `init(db)`: the group role, its rights, the helper functions and row-level security
  (ENABLE and FORCE) with one policy set per table; safe to run again (after an upgrade).
- `create_user(...)`: the login role and the user row (an agent is, in the core, one of the
  store's sellers; see docs/postgresql.md).
- `grant` / `revoke`: put a person on a store's team (and in its conversations) or take them off.

The rules (docs/postgresql.md has the table): a buyer sees their own conversations and what is
in them, their orders, drafts, quick replies and "deleted for me" marks; a seller or agent the
same for their store; everyone the catalogue and the people's names. Nobody changes another's
messages; read state and "deleted for me" are only one's own (a trigger refuses a change of
another member's read position or cleared marker, since a send must still count the other
side's unread messages). The owner has a policy of its own that lets it do everything (FORCE
applies the policies to the owner too, so a forgotten one fails closed).

The identity comes from the connection (`current_user`), never from what the client says.
"""

from __future__ import annotations

from collections.abc import Collection
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.core import arbiter, changes
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import CaseAction, ChangeKind

def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


GROUP = "buzon_users"
HANDLE = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")     # fullmatch: `$` would accept a final newline

# Helper functions the policies call. SECURITY INVOKER: what they read is under the caller's
# own policies, and none of those reads the table whose policy calls it (no recursion).
FUNCTIONS = """
CREATE OR REPLACE FUNCTION buzon_me() RETURNS bigint STABLE LANGUAGE sql AS
  $$ SELECT id FROM users WHERE handle = current_user $$;
CREATE OR REPLACE FUNCTION buzon_my_store() RETURNS bigint STABLE LANGUAGE sql AS
  $$ SELECT store_id FROM users WHERE handle = current_user $$;
CREATE OR REPLACE FUNCTION buzon_sees_conversation(cid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT EXISTS (SELECT 1 FROM conversations c WHERE c.id = cid
                    AND (c.buyer_id = buzon_me() OR c.store_id = buzon_my_store())) $$;
CREATE OR REPLACE FUNCTION buzon_staff_of(cid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT EXISTS (SELECT 1 FROM conversations c WHERE c.id = cid AND c.store_id = buzon_my_store()) $$;
CREATE OR REPLACE FUNCTION buzon_sees_order(oid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT EXISTS (SELECT 1 FROM orders o WHERE o.id = oid
                    AND (o.buyer_id = buzon_me() OR o.store_id = buzon_my_store())) $$;
CREATE OR REPLACE FUNCTION buzon_sees_message(mid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT EXISTS (SELECT 1 FROM messages x WHERE x.id = mid AND buzon_sees_conversation(x.conversation_id)) $$;
CREATE OR REPLACE FUNCTION buzon_sees_dispute(did bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT EXISTS (SELECT 1 FROM disputes d WHERE d.id = did AND buzon_sees_order(d.order_id)) $$;
-- Whether a file is attached anywhere yet, whoever's it is: it must see past the caller's policies
-- (a link the caller cannot see still makes the file not "fresh"), so it runs as the owner, and
-- says only yes or no.
CREATE OR REPLACE FUNCTION buzon_attachment_linked(aid bigint) RETURNS boolean STABLE LANGUAGE sql
  SECURITY DEFINER SET search_path = public AS
  $$ SELECT EXISTS (SELECT 1 FROM message_attachments a WHERE a.attachment_id = aid)
         OR EXISTS (SELECT 1 FROM dispute_evidence e WHERE e.attachment_id = aid)
         OR EXISTS (SELECT 1 FROM order_event_evidence v WHERE v.attachment_id = aid) $$;
-- The marketplace (role arbiter) decides escalated disputes (desktop.core.arbiter): it reads an
-- order once its dispute is the marketplace's case, and that buyer's conversation with that store.
-- The checks look at disputes and order events past the caller's policies (whose own rules call
-- them: no recursion), so they run as the owner and say only yes or no.
CREATE OR REPLACE FUNCTION buzon_is_arbiter() RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT EXISTS (SELECT 1 FROM users WHERE handle = current_user AND role = 'arbiter') $$;
-- (as the owner, current_user is the owner: these say only whether a row is part of a case)
CREATE OR REPLACE FUNCTION buzon_case_order(oid bigint) RETURNS boolean STABLE LANGUAGE sql
  SECURITY DEFINER SET search_path = public AS
  $$ SELECT EXISTS (SELECT 1 FROM disputes d WHERE d.order_id = oid AND d.state = 'escalated')
       OR EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = oid AND e.subject = 'dispute'
                  AND e.action IN (ARBITER_ACTIONS)) $$;
CREATE OR REPLACE FUNCTION buzon_case_conversation(cid bigint) RETURNS boolean STABLE LANGUAGE sql
  SECURITY DEFINER SET search_path = public AS
  $$ SELECT EXISTS (SELECT 1 FROM conversations c JOIN orders o
       ON o.buyer_id = c.buyer_id AND o.store_id = c.store_id WHERE c.id = cid AND buzon_case_order(o.id)) $$;
CREATE OR REPLACE FUNCTION buzon_case_message(mid bigint) RETURNS boolean STABLE LANGUAGE sql
  SECURITY DEFINER SET search_path = public AS
  $$ SELECT EXISTS (SELECT 1 FROM messages x WHERE x.id = mid AND buzon_case_conversation(x.conversation_id)) $$;
CREATE OR REPLACE FUNCTION buzon_case_dispute(did bigint) RETURNS boolean STABLE LANGUAGE sql
  SECURITY DEFINER SET search_path = public AS
  $$ SELECT EXISTS (SELECT 1 FROM disputes d WHERE d.id = did AND buzon_case_order(d.order_id)) $$;
-- what the policies call: the caller is the marketplace, and the row is one of its cases
CREATE OR REPLACE FUNCTION buzon_arbiter_order(oid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT buzon_is_arbiter() AND buzon_case_order(oid) $$;
CREATE OR REPLACE FUNCTION buzon_arbiter_conversation(cid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT buzon_is_arbiter() AND buzon_case_conversation(cid) $$;
CREATE OR REPLACE FUNCTION buzon_arbiter_message(mid bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT buzon_is_arbiter() AND buzon_case_message(mid) $$;
CREATE OR REPLACE FUNCTION buzon_arbiter_dispute(did bigint) RETURNS boolean STABLE LANGUAGE sql AS
  $$ SELECT buzon_is_arbiter() AND buzon_case_dispute(did) $$;
-- A policy cannot name columns: on the rows the marketplace may update, it changes only what its
-- decision sets (the trigger's arguments; `ARBITER_WRITES`).
CREATE OR REPLACE FUNCTION buzon_guard_arbiter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF buzon_is_arbiter() AND (to_jsonb(NEW) - TG_ARGV) IS DISTINCT FROM (to_jsonb(OLD) - TG_ARGV) THEN
    RAISE EXCEPTION 'the marketplace changes only what its decision sets' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION buzon_guard_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF buzon_me() IS NOT NULL AND OLD.user_id <> buzon_me()
     AND (NEW.user_id IS DISTINCT FROM OLD.user_id
          OR NEW.last_read_message_id IS DISTINCT FROM OLD.last_read_message_id
          OR NEW.cleared_before_message_id IS DISTINCT FROM OLD.cleared_before_message_id
          OR (NEW.hidden AND NOT OLD.hidden)) THEN
    RAISE EXCEPTION 'read state and deletions are only for oneself' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
""".replace("ARBITER_ACTIONS", ", ".join(map(quote_literal, arbiter.ARBITER_ACTIONS)))

PUBLIC_READ = "true"
ME = "user_id = buzon_me()"
CONV = "buzon_sees_conversation(conversation_id)"
ORDER = "buzon_sees_order(order_id)"
MESSAGE = "buzon_sees_message(message_id)"
NOBODY = None
# the marketplace deciding a dispute (desktop.core.arbiter; docs/postgresql.md has the list)
ARB_ORDER = "buzon_arbiter_order(order_id)"
ARB_CONV = "buzon_arbiter_conversation(conversation_id)"
ARB_MESSAGE = "buzon_arbiter_message(message_id)"
ARB_CARD = (f"({ARB_CONV} AND sender_id IS NULL AND kind = 'request_card' AND order_id IS NOT NULL "
            "AND buzon_arbiter_order(order_id))")          # the decision's card, posted by the marketplace
ARB_STEP = (f"({ARB_ORDER} AND actor_id = buzon_me() AND subject = 'dispute' "
            f"AND action = {quote_literal(CaseAction.DECIDED.value)})")
NOT_ARBITER = "NOT buzon_is_arbiter()"
INDEXED = "buzon_sees_message(rowid) OR buzon_arbiter_message(rowid)"


@dataclass(frozen=True)
class Rule:
    """Which rows of one table the application's roles may read, add, change and remove
    (SQL conditions on the row; None: not at all)."""

    select: str | None
    insert: str | None = None
    update: str | None = None
    delete: str | None = None


STORE_STAFF = "store_id = buzon_my_store()"
TEAM_KINDS = ("assign", "note", "typing")      # changes about the team's own rows: the buyer never sees them
# store-wide changes (its settings, its quick replies): the row names its store, and the whole
# team reads it (the writer too, and a person's own change without a store, by its user)
STORE_KINDS = ("store_settings", "quick_reply")
STAFF = "buzon_staff_of(conversation_id)"
# A row of a store's data carries its store (0009_store_keys), held to its conversation's, order's
# or product's by a composite foreign key: "the caller is on the team of this row's conversation"
# is a test of the row itself, with no query on another table (what Citus needs; docs/scale.md).
ROW_STAFF = STORE_STAFF
CHANGE_SEEN = (f"(CASE WHEN kind IN ({', '.join(map(quote_literal, TEAM_KINDS))}) THEN {STAFF} "
               f"WHEN kind IN ({', '.join(map(quote_literal, STORE_KINDS))}) "
               f"THEN ({STORE_STAFF} OR user_id = buzon_me()) "
               "WHEN conversation_id IS NOT NULL THEN buzon_sees_conversation(conversation_id) "
               "WHEN order_id IS NOT NULL THEN buzon_sees_order(order_id) ELSE user_id = buzon_me() END)")
# the marketplace reads (and its decision writes) the changes of its cases too; it removes none
CHANGE_OR_CASE = (f"({CHANGE_SEEN} OR (kind NOT IN ({', '.join(map(quote_literal, TEAM_KINDS))}) "
                  f"AND CASE WHEN conversation_id IS NOT NULL THEN {ARB_CONV} "
                  f"WHEN order_id IS NOT NULL THEN {ARB_ORDER} ELSE false END))")
RULES: dict[str, Rule] = {
    # a store's team changes its own store's return address, and nothing else of it (COLUMN_WRITES)
    "stores": Rule(PUBLIC_READ, update="id = buzon_my_store()"),
    "users": Rule(PUBLIC_READ),
    "products": Rule(PUBLIC_READ, STORE_STAFF, STORE_STAFF, NOBODY),
    "product_variants": Rule(PUBLIC_READ, ROW_STAFF),
    "product_images": Rule(PUBLIC_READ, ROW_STAFF),
    # the marketplace: its cases' conversations, read, and the decision card's bookkeeping (last
    # message, the members' unread counts; the member trigger keeps read positions their own)
    "conversations": Rule("buyer_id = buzon_me() OR store_id = buzon_my_store() OR buzon_arbiter_conversation(id)",
                          "buyer_id = buzon_me()", "buyer_id = buzon_me() OR store_id = buzon_my_store() "
                          "OR buzon_arbiter_conversation(id)"),
    "conversation_members": Rule(f"{CONV} OR {ARB_CONV}", CONV, f"{CONV} OR {ARB_CONV}"),
    "messages": Rule(f"{CONV} OR {ARB_CONV}", f"({CONV} AND (sender_id = buzon_me() OR sender_id IS NULL)) "
                     f"OR {ARB_CARD}", "sender_id = buzon_me()"),
    "message_deletions": Rule(ME, f"{ME} AND {MESSAGE}", ME, ME),
    "message_attachments": Rule(f"{MESSAGE} OR {ARB_MESSAGE}", "EXISTS (SELECT 1 FROM messages x WHERE x.id = message_id "
                                         "AND x.sender_id = buzon_me())"),
    "message_translations": Rule(f"{MESSAGE} OR {ARB_MESSAGE}", MESSAGE, MESSAGE),
    "attachments": Rule("EXISTS (SELECT 1 FROM message_attachments a WHERE a.attachment_id = id "
                        "AND (buzon_sees_message(a.message_id) OR buzon_arbiter_message(a.message_id))) "
                        "OR EXISTS (SELECT 1 FROM dispute_evidence e WHERE e.attachment_id = id "
                        "AND (buzon_sees_dispute(e.dispute_id) OR buzon_arbiter_dispute(e.dispute_id))) "
                        "OR EXISTS (SELECT 1 FROM order_event_evidence v JOIN order_events x ON x.id = v.event_id "
                        "WHERE v.attachment_id = attachments.id) "
                        "OR NOT buzon_attachment_linked(id)",
                        NOT_ARBITER),
    "orders": Rule("buyer_id = buzon_me() OR store_id = buzon_my_store() OR buzon_arbiter_order(id)",
                   "buyer_id = buzon_me()",
                   "buyer_id = buzon_me() OR store_id = buzon_my_store() OR buzon_arbiter_order(id)"),
    "order_items": Rule(f"{ORDER} OR {ARB_ORDER}", ORDER),
    "tracking_events": Rule(f"{ORDER} OR {ARB_ORDER}", ROW_STAFF),
    "cancellation_requests": Rule(f"{ORDER} OR {ARB_ORDER}", f"{ORDER} AND requested_by = buzon_me()", ORDER),
    "disputes": Rule(f"{ORDER} OR {ARB_ORDER}", f"{ORDER} AND opened_by = buzon_me()", f"{ORDER} OR {ARB_ORDER}"),
    # an order's history (0006_orders): each step, and the files shown with it
    "order_events": Rule(f"{ORDER} OR {ARB_ORDER}", f"{ORDER} OR {ARB_STEP}",
                         f"{ORDER} OR ({ARB_ORDER} AND actor_id = buzon_me())"),
    "order_event_evidence": Rule("EXISTS (SELECT 1 FROM order_events x WHERE x.id = event_id)",
                                 "EXISTS (SELECT 1 FROM order_events x WHERE x.id = event_id "
                                 "AND buzon_sees_order(x.order_id))"),
    "dispute_evidence": Rule("buzon_sees_dispute(dispute_id) OR buzon_arbiter_dispute(dispute_id)",
                             "buzon_sees_dispute(dispute_id)"),
    "drafts": Rule(ME, f"{ME} AND {CONV}", ME, ME),
    # a person's own quick replies, or their store's (the desk, 0005_desk)
    "quick_replies": Rule(*[f"({ME} OR {STORE_STAFF}) AND {NOT_ARBITER}"] * 4),
    "quick_reply_texts": Rule(*["EXISTS (SELECT 1 FROM quick_replies q WHERE q.id = reply_id)"] * 4),
    "store_labels": Rule(STORE_STAFF, STORE_STAFF, STORE_STAFF, STORE_STAFF),
    "conversation_labels": Rule(ROW_STAFF, ROW_STAFF, ROW_STAFF, ROW_STAFF),
    "store_settings": Rule(PUBLIC_READ, STORE_STAFF, STORE_STAFF, STORE_STAFF),
    # a buyer's send opens an episode, the store's reply closes it: both write; each reads its own
    "response_episodes": Rule(f"{STORE_STAFF} OR {CONV}", CONV, CONV),
    # a store's team on its conversations (desktop.core.team): never the buyer's
    "assignments": Rule(ROW_STAFF, ROW_STAFF, ROW_STAFF, ROW_STAFF),
    "internal_notes": Rule(ROW_STAFF, f"{ROW_STAFF} AND author_id = buzon_me()",
                           f"{ROW_STAFF} AND author_id = buzon_me()", f"{ROW_STAFF} AND author_id = buzon_me()"),
    "presence": Rule(ROW_STAFF, f"{ROW_STAFF} AND {ME}", f"{ROW_STAFF} AND {ME}", f"{ROW_STAFF} AND {ME}"),
    "change_log": Rule(CHANGE_OR_CASE, CHANGE_OR_CASE, NOBODY, CHANGE_SEEN),
    # the search index holds the words of what it indexes: the same rows are visible
    # (a write indexes what it reads that is not indexed yet, its decision's card among them: the
    # marketplace upserts the index rows of its cases' messages, and removes none)
    "search_messages": Rule(INDEXED, INDEXED, INDEXED, "buzon_sees_message(rowid)"),
    "search_orders": Rule("buzon_sees_order(rowid)", "buzon_sees_order(rowid)",
                          "buzon_sees_order(rowid)", "buzon_sees_order(rowid)"),
    "search_products": Rule(PUBLIC_READ, *(["EXISTS (SELECT 1 FROM products p WHERE p.id = rowid "
                                            "AND p.store_id = buzon_my_store())"] * 3)),
}
# What the marketplace's decision changes in the rows it may update (all else is refused by
# `buzon_guard_arbiter`): the dispute's outcome, the order's refund and status, the step's card,
# and the card's bookkeeping in the conversation.
ARBITER_WRITES = {
    "disputes": ("state", "refund_cents", "closed_at", "deadline_at"),
    "orders": ("refunded_cents", "status"),
    "order_events": ("message_id",),
    "conversations": ("last_message_id", "last_activity_at"),
    "conversation_members": ("hidden", "last_activity_at", "unread_count"),
}
# Where an UPDATE is granted on some columns only (a GRANT can name columns, a policy cannot).
COLUMN_WRITES: dict[str, tuple[str, ...]] = {"stores": ("return_address",)}
# Tables with nobody's data: read by all, written only where the application needs it.
OPEN_TABLES = {"alembic_version": "SELECT", "search_state": "SELECT, UPDATE"}


def _require_server(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        raise UsageError("`buzon admin` manages a PostgreSQL server's roles; this database is a SQLite file.",
                         hint="Give the server's URL with --database postgresql://OWNER@HOST/DB.")


def policy_statements(owner: str, present: Collection[tuple[str, str]] | None = None) -> list[str]:
    """Everything `init` runs for row-level security, in order (also what the docs list).
    `present`, the (table, column) pairs the database has: a column write of COLUMN_WRITES on a
    column a later migration adds is left out, and with it an UPDATE that has no column left
    (migration 0010 sets the rules again on a schema older than today's)."""
    out = [FUNCTIONS]
    for table, rule in RULES.items():
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        out.append(f"DROP POLICY IF EXISTS buzon_owner ON {table}")
        out.append(f"CREATE POLICY buzon_owner ON {table} TO {quote_ident(owner)} USING (true) WITH CHECK (true)")
        rights = []
        for op, cond in (("SELECT", rule.select), ("INSERT", rule.insert), ("UPDATE", rule.update),
                         ("DELETE", rule.delete)):
            name = f"buzon_{op.lower()}"
            out.append(f"DROP POLICY IF EXISTS {name} ON {table}")
            if cond is None:
                continue
            only = COLUMN_WRITES.get(table, ()) if op == "UPDATE" else ()
            if only and present is not None:
                only = tuple(c for c in only if (table, c) in present)
                if not only:
                    continue
            rights.append(f"{op} ({', '.join(map(quote_ident, only))})" if only else op)
            if op == "INSERT":
                clause = f"WITH CHECK ({cond})"
            elif op == "UPDATE":
                clause = f"USING ({cond}) WITH CHECK ({cond})"
            else:
                clause = f"USING ({cond})"
            out.append(f"CREATE POLICY {name} ON {table} FOR {op} TO {GROUP} {clause}")
        out.append(f"REVOKE ALL ON {table} FROM {GROUP}")
        out.append(f"GRANT {', '.join(rights)} ON {table} TO {GROUP}")
    for table, rights_text in OPEN_TABLES.items():
        out.append(f"REVOKE ALL ON {table} FROM {GROUP}")
        out.append(f"GRANT {rights_text} ON {table} TO {GROUP}")
    for table, columns in ARBITER_WRITES.items():
        out.append(f"DROP TRIGGER IF EXISTS buzon_guard_arbiter ON {table}")
        out.append(f"CREATE TRIGGER buzon_guard_arbiter BEFORE UPDATE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION buzon_guard_arbiter({', '.join(map(quote_literal, columns))})")
    out.append("DROP TRIGGER IF EXISTS buzon_guard_member ON conversation_members")
    out.append("CREATE TRIGGER buzon_guard_member BEFORE UPDATE ON conversation_members "
               "FOR EACH ROW EXECUTE FUNCTION buzon_guard_member()")
    return out


def existing_columns(conn: Connection) -> set[tuple[str, str]]:
    """The (table, column) pairs of the schema the connection works in."""
    return {(t, c) for t, c in conn.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()")}


def init(db: Database) -> list[str]:
    """Set the server up for a team (run by the database's owner; again after an upgrade).
    Returns the tables now under row-level security."""
    _require_server(db)

    def run(s: Session) -> list[str]:
        conn = s.connection()
        owner = conn.exec_driver_sql("SELECT current_user").scalar()
        missing = set(RULES) | set(OPEN_TABLES)
        present = {r[0] for r in conn.exec_driver_sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        people = {t.name for t in m.Base.metadata.sorted_tables}
        uncovered = sorted(people - set(RULES) - set(OPEN_TABLES))
        if uncovered:       # a new table without a rule would be shut (FORCE) or left open: say so
            raise AssertionError(f"tables without an access rule: {uncovered}")
        if not conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}'").first():
            conn.exec_driver_sql(f"CREATE ROLE {GROUP} NOLOGIN")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {GROUP}")
        conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {GROUP}")
        conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA public FROM {GROUP}")
        for statement in policy_statements(str(owner), existing_columns(conn)):
            conn.exec_driver_sql(statement)
        return sorted(missing & present & set(RULES))

    return db.write(run)


LANGUAGE = re.compile(r"[a-z]{2,3}")     # a person's language, as settings.py checks it
MAX_NAME = 200                          # users.name's length


@dataclass(frozen=True)
class NewUser:
    handle: str
    role: str                      # buyer | seller | agent
    store: str | None = None
    name: str = ""
    language: str = "es"


def _store_id(s: Session, handle: str | None) -> int | None:
    if handle is None:
        return None
    store_id = s.scalar(select(m.Store.id).where(m.Store.handle == handle))
    if store_id is None:
        known = ", ".join(s.scalars(select(m.Store.handle).order_by(m.Store.handle)))
        raise UsageError(f"There is no store {handle!r}.", hint=f"Stores: {known}")
    return store_id


def _login_role(conn: Connection, handle: str, password: str | None) -> None:
    exists = conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = {quote_literal(handle)}").first()
    verb = "ALTER" if exists else "CREATE"
    secret = f" PASSWORD {quote_literal(password)}" if password else ""
    conn.exec_driver_sql(f"{verb} ROLE {quote_ident(handle)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                         f"NOBYPASSRLS{secret}")
    conn.exec_driver_sql(f"GRANT {GROUP} TO {quote_ident(handle)}")


def create_user(db: Database, new: NewUser, password: str | None) -> int:
    """The login role named after the handle and the user row (an existing row keeps its data
    and gets its role). Returns the user's id."""
    _require_server(db)
    if not HANDLE.fullmatch(new.handle):
        raise UsageError(f"{new.handle!r} cannot be a handle.",
                         hint="Use lower-case letters, digits, '.', '_' or '-' (at most 63).")
    if new.role not in ("buyer", "seller", "agent"):
        raise UsageError(f"Unknown role {new.role!r}.", hint="Use buyer, seller or agent.")
    if not LANGUAGE.fullmatch(new.language):
        raise UsageError(f"{new.language!r} is not a language code.", hint="Use two or three letters: es, en, zh.")
    if len(new.name) > MAX_NAME or not new.name.isprintable():
        raise UsageError(f"A name is at most {MAX_NAME} printable characters.",
                         hint="Leave it out to show the handle.")
    if (new.role == "buyer") != (new.store is None):
        raise UsageError("A seller or an agent needs --store; a buyer has none.",
                         hint="buzon admin create-user ana --role agent --store shenzhen-tech")

    def run(s: Session) -> int:
        store_id = _store_id(s, new.store)
        user = s.scalar(select(m.User).where(m.User.handle == new.handle))
        if user is None:
            user = m.User(handle=new.handle, name=new.name or new.handle,
                          role=m.Role.BUYER if new.role == "buyer" else m.Role.SELLER,
                          language=new.language, store_id=store_id)
            s.add(user)
            s.flush()
        _login_role(s.connection(), new.handle, password)
        if store_id is not None:
            _join(s, user, store_id)
        changes.record(s, ChangeKind.MEMBER, user_id=user.id)
        return user.id

    return db.write(run)


def _join(s: Session, user: m.User, store_id: int) -> None:
    """Make `user` one of the store's team: its conversations become theirs too."""
    user.store_id = store_id
    member = m.ConversationMember
    have = set(s.scalars(select(member.conversation_id).where(member.user_id == user.id)))
    for cid, activity in s.execute(select(m.Conversation.id, m.Conversation.last_activity_at)
                                   .where(m.Conversation.store_id == store_id)):
        if cid not in have:
            s.add(member(store_id=store_id, conversation_id=cid, user_id=user.id, last_activity_at=activity))


def grant(db: Database, store: str, handle: str) -> None:
    """Put an existing person on a store's team."""
    _require_server(db)

    def run(s: Session) -> None:
        store_id = _store_id(s, store)
        assert store_id is not None
        user = _user(s, handle)
        if user.role is m.Role.BUYER:
            raise UsageError(f"{handle} is a buyer.", hint="Create a team member with --role agent.")
        _join(s, user, store_id)
        changes.record(s, ChangeKind.MEMBER, user_id=user.id)

    db.write(run)


def revoke(db: Database, store: str, handle: str) -> None:
    """Take a person off a store's team: they see none of its conversations or orders any more."""
    _require_server(db)

    def run(s: Session) -> None:
        store_id = _store_id(s, store)
        user = _user(s, handle)
        if user.store_id != store_id:
            raise UsageError(f"{handle} is not on the team of {store}.")
        user.store_id = None
        changes.record(s, ChangeKind.MEMBER, user_id=user.id)

    db.write(run)


def _user(s: Session, handle: str) -> m.User:
    user = s.scalar(select(m.User).where(m.User.handle == handle))
    if user is None:
        raise UsageError(f"There is no user {handle!r}.", hint="Create one with: buzon admin create-user")
    return user


def demo_roles(db: Database) -> list[str]:
    """A login role for every user of the demo, its password its handle (a demo, never a store)."""
    _require_server(db)

    def run(s: Session) -> list[str]:
        handles = list(s.scalars(select(m.User.handle).order_by(m.User.id)))
        for handle in handles:
            _login_role(s.connection(), handle, handle)
        return handles

    return db.write(run)
