"""Keeps the search index in step with every write made through a SQLAlchemy Session, in the
same transaction: ORM flushes (a message sent, a translation cached, a product renamed, a row
deleted) and DML statements run with `session.execute()` (`delete(Message).where(...)`, the
demo's reset).

Registered on the Session class when `desktop.core.db` is imported, so every session Buzón
makes carries it; it does nothing on a database without the index (before migration 0004,
or PostgreSQL). For each change: the documents it affects are removed before the flush (their
tokens computed from the rows as they still are) and added again after it (from the rows as
they now are); new rows are added by moving the watermark forward. Rows written outside the
Session (Core `executemany` on a connection, raw sqlite3) are not seen here: a bulk loader
calls `desktop.core.search.build.build()` afterwards.

A damaged index never stops a write: the error is logged, the index is marked damaged (so
searches ask for a rebuild) and the transaction goes on without it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable

from sqlalchemy import Select, event, inspect, literal_column, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session

from desktop.core import schema as m
from desktop.core.search import index as ix

log = logging.getLogger(__name__)

CATCH_UP_MAX = 500          # new rows indexed inside a write; a bigger gap is left to the build
_PENDING = "search_pending"

Affected = dict[str, set[int]]     # index name -> document ids

# How rows of a watched table map to documents, given some of its rowids (a bulk statement's rows).
FEEDS: dict[str, tuple[tuple[ix.IndexSpec, str], ...]] = {
    "messages": ((ix.MESSAGES, "SELECT id FROM messages WHERE id IN ({})"),),
    "message_translations": ((ix.MESSAGES, "SELECT message_id FROM message_translations WHERE rowid IN ({})"),),
    "conversations": ((ix.MESSAGES, "SELECT id FROM messages WHERE conversation_id IN ({})"),),
    "products": ((ix.PRODUCTS, "SELECT id FROM products WHERE id IN ({})"),
                 (ix.MESSAGES, "SELECT id FROM messages WHERE product_id IN ({})")),
    "stores": ((ix.PRODUCTS, "SELECT id FROM products WHERE store_id IN ({})"),),
    "orders": ((ix.ORDERS, "SELECT id FROM orders WHERE id IN ({})"),
               (ix.MESSAGES, "SELECT id FROM messages WHERE order_id IN ({})")),
    "order_items": ((ix.ORDERS, "SELECT order_id FROM order_items WHERE id IN ({})"),),
}
# Tables whose new rows are documents of their own, found by the watermark.
_SOURCES = {spec.source: spec for spec in ix.SPECS}
_WATCHED = (m.Message, m.MessageTranslation, m.Conversation, m.Product, m.Store, m.Order, m.OrderItem)
_MESSAGE_ATTRS = ("text", "conversation_id", "product_id", "order_id")


def is_damage(exc: BaseException) -> bool:
    """A failure that means the index itself is damaged (not the database, a lock or the disk)."""
    if isinstance(exc, MemoryError):
        return True      # a damaged FTS5 structure can claim an absurd size: SQLITE_NOMEM
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, MemoryError):
        return True
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    return getattr(orig, "sqlite_errorname", "") == "SQLITE_CORRUPT_VTAB" or "malformed" in str(orig).lower()


_ENVIRONMENT = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_INTERRUPT",
                "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_NOTADB")


def is_environment(exc: BaseException) -> bool:
    """A failure of the database as a whole (locked, read-only, full, I/O), which the write must report."""
    orig = getattr(exc, "orig", exc)
    name = getattr(orig, "sqlite_errorname", "")
    return name.startswith(_ENVIRONMENT) or not isinstance(orig, (sqlite3.Error, MemoryError))


class Writer:
    """Index writes on one connection, which stop (and mark the index damaged) at the first sign of damage."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.state = ix.read_state(conn)

    @property
    def active(self) -> bool:
        return self.state is not None and self.state.current

    def _guard(self, fn, spec: ix.IndexSpec, *args) -> None:
        """Run one change of the index so that damage met on the way sets the index aside
        instead of failing the transaction."""
        if not self.active:
            return
        conn = self.conn
        ix.execute(conn, "SAVEPOINT search_index")
        try:
            fn(conn, spec, *args)
            # FTS5 holds new postings in memory until the transaction commits; opening a savepoint
            # makes it write them now, so damage is met here, where it can be undone, and never
            # at the commit of the user's message.
            ix.execute(conn, "SAVEPOINT search_flush")
            ix.execute(conn, "RELEASE search_flush")
        except (sa_exc.DBAPIError, MemoryError) as exc:
            # The environment's fault (a full disk, a server gone): the whole write fails, and
            # undoing the savepoint first could only fail again on a connection that is gone.
            if is_environment(exc):
                raise
            ix.execute(conn, "ROLLBACK TO search_index")
            ix.execute(conn, "RELEASE search_index")
            # Anything else going wrong inside the index's own tables (corrupt pages, a
            # structure record pointing at segments that clash) is the index's damage.
            log.warning("the search index is damaged (%s); it is set aside until it is rebuilt", exc)
            ix.set_version(conn, 0)
            self.state = ix.read_state(conn)
            return
        ix.execute(conn, "RELEASE search_index")

    def indexed(self, spec: ix.IndexSpec, ids: Iterable[int]) -> set[int]:
        """Those of `ids` whose documents are in the index (at or below the watermark)."""
        if not self.active:
            return set()
        assert self.state is not None
        if ix.concurrent_writers(self.conn):
            return {i for i in ids if i is not None}
        mark = self.state.watermark(spec)
        return {i for i in ids if i is not None and i <= mark}

    def remove(self, affected: Affected) -> Affected:
        """Take out the current documents of `affected` that are indexed; returns those ids."""
        removed: Affected = {}
        for name, ids in affected.items():
            spec = ix.BY_NAME[name]
            removed[name] = self.indexed(spec, ids)
            documents = ix.docs(self.conn, spec, removed[name])
            if documents:
                self._guard(ix.remove, spec, documents)
        return removed

    def add(self, affected: Affected) -> None:
        """Put back the documents of `affected` as the rows now are (deleted rows stay out)."""
        for name, ids in affected.items():
            spec = ix.BY_NAME[name]
            indexed = self.indexed(spec, ids)
            documents = ix.docs(self.conn, spec, indexed)
            if documents:
                self._guard(ix.add, spec, documents)
            if self.active and len(documents) < len(indexed):     # rows were deleted
                ix.clamp_watermark(self.conn, spec)
                self.state = ix.read_state(self.conn)

    def catch_up(self, spec: ix.IndexSpec) -> None:
        """Index the rows above the watermark (new rows), unless a bulk load left more than a write should take."""
        if not self.active:
            return
        assert self.state is not None
        ids = ix.pending_ids(self.conn, spec, self.state.watermark(spec), CATCH_UP_MAX + 1)
        if not ids:
            return
        if len(ids) > CATCH_UP_MAX:
            log.info("%s rows wait for the search index build", spec.source)
            return
        documents = ix.docs(self.conn, spec, ids)
        self._guard(ix.add, spec, documents)
        if self.active and not ix.concurrent_writers(self.conn):
            self._set_watermark(spec, ids[-1])

    def _set_watermark(self, spec: ix.IndexSpec, value: int) -> None:
        assert self.state is not None
        ix.set_watermark(self.conn, spec, value)
        self.state = ix.State(self.state.version, {**self.state.watermarks, spec.name: value})

    def reset(self, spec: ix.IndexSpec) -> None:
        self._guard(ix.reset, spec)
        self.state = ix.read_state(self.conn)


# ---- ORM flushes -------------------------------------------------------------------------

def _changed(obj, *attrs: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[a].history.has_changes() for a in attrs)


def _values(obj, attr: str) -> list:
    """The attribute's old and new values (a row moved from one document to another affects both)."""
    h = inspect(obj).attrs[attr].history
    return [v for v in (*h.deleted, *h.added, *h.unchanged) if v is not None]


def _ids(conn: Connection, sql: str, keys: Iterable[int]) -> set[int]:
    out: set[int] = set()
    keys = [k for k in keys if k is not None]
    for i in range(0, len(keys), ix.IN_CHUNK):
        chunk = keys[i:i + ix.IN_CHUNK]
        out.update(r[0] for r in ix.execute(conn, sql.format(",".join("?" * len(chunk))), tuple(chunk)))
    return out


def _feed(conn: Connection, affected: Affected, table: str, keys: Iterable[int]) -> None:
    """Add the documents that rows of `table` (these ids, or rowids for tables without one) feed."""
    keys = list(keys)
    for spec, sql in FEEDS[table]:
        affected.setdefault(spec.name, set()).update(_ids(conn, sql, keys))


def _affected(conn: Connection, session: Session) -> Affected:
    """The documents this flush changes, by index, as far as they exist before it."""
    out: Affected = {}

    def put(spec: ix.IndexSpec, *ids) -> None:
        out.setdefault(spec.name, set()).update(i for i in ids if i is not None)

    for obj in session.new:
        if isinstance(obj, m.MessageTranslation):
            put(ix.MESSAGES, obj.message_id)
        elif isinstance(obj, m.OrderItem):
            put(ix.ORDERS, obj.order_id)
    for obj in session.dirty:
        if not isinstance(obj, _WATCHED) or not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, m.Message) and _changed(obj, *_MESSAGE_ATTRS):
            put(ix.MESSAGES, obj.id)
        elif isinstance(obj, m.MessageTranslation) and _changed(obj, "text", "message_id"):
            put(ix.MESSAGES, *_values(obj, "message_id"))
        elif isinstance(obj, m.Product) and _changed(obj, "title", "store_id"):
            _feed(conn, out, "products", [obj.id])
        elif isinstance(obj, m.Store) and _changed(obj, "name", "handle"):
            _feed(conn, out, "stores", [obj.id])
        elif isinstance(obj, m.Order) and _changed(obj, "number", "tracking_number", "carrier"):
            _feed(conn, out, "orders", [obj.id])
        elif isinstance(obj, m.OrderItem) and _changed(obj, "title", "variant", "order_id"):
            put(ix.ORDERS, *_values(obj, "order_id"))
    for obj in session.deleted:
        if isinstance(obj, m.Message):
            put(ix.MESSAGES, obj.id)
        elif isinstance(obj, m.MessageTranslation):
            put(ix.MESSAGES, obj.message_id)
        elif isinstance(obj, m.Conversation):
            _feed(conn, out, "conversations", [obj.id])
        elif isinstance(obj, m.Product):
            put(ix.PRODUCTS, obj.id)
        elif isinstance(obj, m.Order):
            put(ix.ORDERS, obj.id)
        elif isinstance(obj, m.OrderItem):
            put(ix.ORDERS, obj.order_id)
    return out


def _table(obj) -> str:
    return inspect(obj).mapper.local_table.name


# What a flush must change for the index to care: these columns of these rows.
_RELEVANT = {m.Message: _MESSAGE_ATTRS, m.MessageTranslation: ("text", "message_id"), m.Product: ("title", "store_id"),
             m.Store: ("name", "handle"), m.Order: ("number", "tracking_number", "carrier"),
             m.OrderItem: ("title", "variant", "order_id"), m.Conversation: ()}
_NEW_RELEVANT = (m.Message, m.MessageTranslation, m.Product, m.Order, m.OrderItem)


def _relevant(session: Session) -> bool:
    """Does this flush change anything the index holds? Most flushes (read marks, drafts, a
    conversation's last activity) do not, and cost the index nothing."""
    if any(isinstance(obj, _NEW_RELEVANT) for obj in session.new):
        return True
    if any(isinstance(obj, _WATCHED) for obj in session.deleted):
        return True
    return any(type(obj) in _RELEVANT and _RELEVANT[type(obj)] and _changed(obj, *_RELEVANT[type(obj)])
               for obj in session.dirty)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context, _instances) -> None:
    session.info.pop(_PENDING, None)
    if not _relevant(session):
        return
    conn = session.connection()
    writer = Writer(conn)
    if not writer.active:
        return
    new_sources = {_SOURCES[_table(obj)] for obj in session.new if isinstance(obj, _WATCHED) and _table(obj) in _SOURCES}
    session.info[_PENDING] = (writer, writer.remove(_affected(conn, session)), new_sources)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is None:
        return
    writer, removed, new_sources = pending
    writer.add(removed)
    for spec in ix.SPECS:
        if spec in new_sources:
            writer.catch_up(spec)


# ---- statements run through a Session ------------------------------------------------------

_KEY_COLUMN = {"message_translations": ("message_id", ix.MESSAGES), "order_items": ("order_id", ix.ORDERS)}
# The columns whose change changes a document; an UPDATE of others (counters, states, read marks) is let through.
_INDEXED_COLUMNS = {
    "messages": {"text", "conversation_id", "product_id", "order_id"},
    "message_translations": {"text", "message_id"},
    "conversations": set(),
    "products": {"title", "store_id"},
    "stores": {"name", "handle"},
    "orders": {"number", "tracking_number", "carrier"},
    "order_items": {"title", "variant", "order_id"},
}


def _updated_columns(state: ORMExecuteState) -> set[str]:
    rows = _param_rows(state)
    if isinstance(state.parameters, list):
        return {k for row in rows for k in row}
    names = set(state.statement.compile().params)  # type: ignore[attr-defined]
    return names | {k for row in rows for k in row}


def _param_rows(state: ORMExecuteState) -> list[dict]:
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    return [row for row in rows if isinstance(row, dict)]


def _bulk_affected(conn: Connection, state: ORMExecuteState, table: str) -> Affected | None:
    """The documents a statement changes; None when that cannot be told (it touches every row)."""
    column, spec = _KEY_COLUMN.get(table, ("id", None))
    rows = _param_rows(state)
    if rows and (state.is_insert or isinstance(state.parameters, list)):
        # rows named by their keys: an INSERT, or an UPDATE/DELETE by primary key for each row
        keys = [int(k) for row in rows if (k := row.get(column)) is not None]
        if len(keys) < len(rows):
            return None
        if spec is not None:
            return {spec.name: set(keys)}
        affected: Affected = {}
        _feed(conn, affected, table, keys)
        return affected
    where = state.statement.whereclause  # type: ignore[attr-defined]
    if where is None:
        return None
    target = state.statement.table  # type: ignore[attr-defined]
    if table == "message_translations" and not ix.is_sqlite(conn):
        # no rowid on PostgreSQL: the translations' messages are the documents
        found: Select = select(literal_column("message_id")).select_from(target).where(where)
        return {ix.MESSAGES.name: {r[0] for r in conn.execute(found, state.parameters or {})}}
    key = "rowid" if ix.is_sqlite(conn) else "id"       # every other watched table's key is its id
    query: Select = select(literal_column(key)).select_from(target).where(where)
    affected = {}
    _feed(conn, affected, table, [r[0] for r in conn.execute(query, state.parameters or {})])
    return affected


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState):
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if table not in FEEDS or (state.is_insert and table not in _SOURCES and table not in _KEY_COLUMN):
        return None
    # a send's update of its conversation's last activity, say: nothing indexed changes
    if state.is_update and not (_INDEXED_COLUMNS[table] and _updated_columns(state) & _INDEXED_COLUMNS[table]):
        return None
    conn = state.session.connection()
    writer = Writer(conn)
    if not writer.active:
        return None
    if state.is_insert and table in _SOURCES:
        result = state.invoke_statement()
        writer.catch_up(_SOURCES[table])
        return result
    affected = _bulk_affected(conn, state, table)
    if affected is None:
        # every row, or rows we cannot name: start the tables it feeds afresh; the build fills them again
        for spec, _ in FEEDS[table]:
            writer.reset(spec)
        return state.invoke_statement()
    removed = writer.remove(affected)
    result = state.invoke_statement()
    writer.add(removed)
    return result
