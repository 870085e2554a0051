"""The full-text index's tables and the documents they hold.

Three contentless FTS5 tables (`search_messages`, `search_products`, `search_orders`): they
store the index only, never the text, keyed by the row id of what they index. Each field has
two columns: its primary tokens (phrases match there) and its extra tokens (parts of
hyphenated words, 4-character substrings of codes). A message's document is its text (and
the product title or order number of a card) in `body`, its cached translations in `trans`,
and `c<conversation id>` in `scope`, so a search in one conversation is one more term.

Removing a document from a contentless table on SQLite 3.40 (no `contentless_delete`, which
needs 3.43) is the `'delete'` command given exactly the tokens the document was indexed
with; documents are therefore always computed from the database rows by `docs()`, before a
change for removal and after it for insertion.

On PostgreSQL each of the three is a table of `(rowid, doc tsvector)` with a GIN index,
holding the same documents from the same normaliser: each column's tokens in order, under a
weight of its own (A-D: a field's primary tokens, its extra ones, the next field's...) and
with a gap between columns, so a phrase (`<->`) matches inside one column as in FTS5. The
tsvector is written by Buzón (never `to_tsvector`, whose parser would split differently),
and the query is written for it by `query.tsquery_expression`.

`search_state` holds, per table, the watermark: every source row with an id at or below it
is in the index, none above it is. The build moves it forward in committed batches (so an
interrupted build resumes), a new row written through the ORM moves it by one, and a bulk
load outside the ORM leaves a gap that the next build fills.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from desktop.core.db_faults import classify
from desktop.core.search import normalise
from desktop.core.search.query import lexeme, match_expression, tsquery_expression

log = logging.getLogger(__name__)

LAYOUT = 1
# What the stored tokens depend on; an index made under another version cannot be updated.
INDEX_VERSION = LAYOUT * 1000 + normalise.VERSION
STATE_TABLE = "search_state"
IN_CHUNK = 500          # ids per IN (...) list, well under SQLite's variable limit
# The FTS tokenizer only splits what the normaliser joined with spaces: tokens are letters,
# digits, CJK characters and hyphens already, and "ascii" leaves non-ASCII bytes alone.
TOKENIZE = "ascii tokenchars '-'"
# FTS5 writes its b-tree leaves as blobs of about this many bytes (default 1000): three of those
# fill a 4096-byte SQLite page to 75%, one of 4000 to 98% (measured: 1.36x and 1.03x the blobs).
PAGE_SIZE = 4000

Doc = tuple[str, ...]     # one string of space-separated tokens per column


@dataclass(frozen=True)
class IndexSpec:
    """One FTS table: what it indexes and its columns."""

    name: str                     # "messages": the table is search_messages
    source: str                   # the table whose rows are its documents
    fields: tuple[str, ...]
    scope: bool = False

    @property
    def table(self) -> str:
        return f"search_{self.name}"

    @property
    def columns(self) -> tuple[str, ...]:
        cols = tuple(c for f in self.fields for c in (f, f + "_x"))
        return cols + ("scope",) if self.scope else cols

    def primary(self) -> tuple[str, ...]:
        return self.fields

    def extra(self) -> tuple[str, ...]:
        return tuple(f + "_x" for f in self.fields)


MESSAGES = IndexSpec("messages", "messages", ("body", "trans"), scope=True)
PRODUCTS = IndexSpec("products", "products", ("title", "store"))
ORDERS = IndexSpec("orders", "orders", ("number", "items"))
SPECS = (PRODUCTS, ORDERS, MESSAGES)
BY_NAME = {s.name: s for s in SPECS}


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def execute(conn: Connection, statement: str, params=None):
    """`exec_driver_sql` with `?` placeholders on either backend (psycopg's are `%s`, and it reads
    every `%` as one, with parameters or without)."""
    if conn.dialect.paramstyle != "qmark":
        statement = statement.replace("%", "%%").replace("?", "%s")
    return conn.exec_driver_sql(statement) if params is None else conn.exec_driver_sql(statement, params)


# PostgreSQL: positions a tsvector keeps (higher ones are stored as this), positions kept per
# lexeme, and the gap left between two columns so that no phrase runs from one into the next.
PG_MAX_POS = 16383
PG_MAX_POSITIONS = 256
PG_COLUMN_GAP = 2
WEIGHTS = "ABCD"


def match_sql(conn: Connection, spec: IndexSpec, alias: str = "f") -> str:
    """The condition "this document matches the expression given as the next parameter". On
    PostgreSQL an empty expression matches every document (`doc @@ NULL` is NULL, not false)."""
    if is_postgresql(conn):
        return f"({alias}.doc @@ CAST(NULLIF(?, '') AS tsquery)) IS NOT FALSE"
    return f"{spec.table} MATCH ?"


def match_param(conn: Connection, spec: IndexSpec, query, scope: tuple[str, ...] = ()) -> str | None:
    """The expression for `query` (a `query.Query`) on this backend: FTS5's, or a tsquery."""
    if is_postgresql(conn):
        return tsquery_expression(query, weights(spec, spec.primary()), weights(spec, spec.extra()), bool(scope))
    return match_expression(query, spec.primary(), spec.extra(), scope)


def weights(spec: IndexSpec, columns: tuple[str, ...]) -> str:
    """The tsvector weights of these columns of `spec` (its first four: the scope is not in a tsvector)."""
    return "".join(WEIGHTS[spec.columns.index(c)] for c in columns)


def tsvector_text(doc: Doc) -> str:
    """A document as tsvector input: every token at its position, weighted by its column."""
    positions: dict[str, list[str]] = {}
    pos = 1
    for weight, text in zip(WEIGHTS, doc):
        for token in text.split():
            kept = positions.setdefault(token, [])
            if len(kept) < PG_MAX_POSITIONS:
                kept.append(f"{min(pos, PG_MAX_POS)}{weight}")
            pos += 1
        pos += PG_COLUMN_GAP
    return " ".join(f"{lexeme(t)}:{','.join(p)}" for t, p in positions.items())


# ---- tables and state --------------------------------------------------------------------

def create_table(conn: Connection, spec: IndexSpec) -> None:
    if is_postgresql(conn):
        execute(conn, f"CREATE TABLE IF NOT EXISTS {spec.table} (rowid BIGINT PRIMARY KEY, doc TSVECTOR NOT NULL)")
        execute(conn, f"CREATE INDEX IF NOT EXISTS ix_{spec.table}_doc ON {spec.table} USING GIN (doc)")
        return
    exists = execute(conn, "SELECT 1 FROM sqlite_master WHERE name = ?", (spec.table,)).first()
    if exists:
        return
    cols = ", ".join(spec.columns)
    execute(conn, f"CREATE VIRTUAL TABLE {spec.table} USING fts5({cols}, content='', "
                         f"columnsize=0, detail=full, tokenize=\"{TOKENIZE}\")")
    execute(conn, f"INSERT INTO {spec.table}({spec.table}, rank) VALUES ('pgsz', {PAGE_SIZE})")


def drop_table(conn: Connection, spec: IndexSpec) -> None:
    execute(conn, f"DROP TABLE IF EXISTS {spec.table}")


def create_all(conn: Connection) -> None:
    """The index tables and their state, empty (watermarks at 0), unless they exist already."""
    execute(conn, f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (name VARCHAR(32) PRIMARY KEY, "
                         f"value {'INTEGER' if is_sqlite(conn) else 'BIGINT'} NOT NULL)")
    for spec in SPECS:
        create_table(conn, spec)
    insert, ignore = ("INSERT OR IGNORE", "") if is_sqlite(conn) else ("INSERT", " ON CONFLICT DO NOTHING")
    execute(conn, f"{insert} INTO {STATE_TABLE} (name, value) VALUES ('version', ?){ignore}", (INDEX_VERSION,))
    for spec in SPECS:
        execute(conn, f"{insert} INTO {STATE_TABLE} (name, value) VALUES (?, 0){ignore}", (spec.name,))


def drop_all(conn: Connection) -> None:
    for spec in SPECS:
        drop_table(conn, spec)
    execute(conn, f"DROP TABLE IF EXISTS {STATE_TABLE}")


def is_index_table(name: str | None) -> bool:
    """A table of the index (an FTS table, one of its shadow tables, or the state): none has a model."""
    if name is None:
        return False
    return name == STATE_TABLE or any(name == s.table or name.startswith(s.table + "_") for s in SPECS)


def has_index(conn: Connection) -> bool:
    if is_postgresql(conn):
        return execute(conn, f"SELECT to_regclass('{STATE_TABLE}') IS NOT NULL").scalar() is True
    if not is_sqlite(conn):
        return False
    return execute(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (STATE_TABLE,)).first() is not None


@dataclass(frozen=True)
class State:
    """The index's version and, per table, how far it is built."""

    version: int
    watermarks: dict

    @property
    def current(self) -> bool:
        return self.version == INDEX_VERSION

    def watermark(self, spec: IndexSpec) -> int:
        """Ids at or below this are indexed; -1 when the index must not be touched (stale or damaged)."""
        return self.watermarks.get(spec.name, 0) if self.current else -1


DAMAGED = State(-1, {})
"""A state that cannot be read: the index is damaged (searches say to rebuild it; writes leave it alone)."""

_SEEN = "search_index_seen"     # in a driver connection's info: the index's tables were there


def read_state(conn: Connection) -> State | None:
    """The state, or None when the database has no index. Every write that touches indexed rows
    asks, so a connection that has seen the tables reads the state directly, and looks again
    only if they have gone since (a downgrade)."""
    if not conn.info.get(_SEEN):
        if not has_index(conn):
            return None
        conn.info[_SEEN] = True
    try:
        rows = execute(conn, f"SELECT name, value FROM {STATE_TABLE}").all()
    except sa_exc.OperationalError as exc:
        if exc.connection_invalidated:
            raise                       # the connection is gone (a server restart): nothing more to ask it
        conn.info.pop(_SEEN, None)
        if not has_index(conn):
            return None
        if is_sqlite(conn) and classify(exc) is None:
            return DAMAGED              # the table is there with other columns: not the environment's fault
        raise                           # a real failure (locked, I/O)
    try:
        values: dict[str, int] = {str(name): int(value) for name, value in rows}
    except (TypeError, ValueError):
        return DAMAGED                  # a value that is no number (written by hand, a half-copied file)
    return State(values.pop("version", 0), values)


def set_watermark(conn: Connection, spec: IndexSpec, value: int) -> None:
    execute(conn, f"UPDATE {STATE_TABLE} SET value = ? WHERE name = ?", (value, spec.name))


def clamp_watermark(conn: Connection, spec: IndexSpec) -> None:
    """After deletes: no watermark above the highest row, since SQLite gives the next row the
    highest id + 1 again, and that row must count as not indexed yet."""
    least = "min" if is_sqlite(conn) else "least"
    execute(conn, f"UPDATE {STATE_TABLE} SET value = {least}(value, coalesce((SELECT max(id) FROM {spec.source}), 0)) "
                         "WHERE name = ?", (spec.name,))


def set_version(conn: Connection, version: int) -> None:
    execute(conn, f"UPDATE {STATE_TABLE} SET value = ? WHERE name = 'version'", (version,))


def reset(conn: Connection, spec: IndexSpec) -> None:
    """Empty one table and its watermark: the next build indexes every row again."""
    if is_postgresql(conn):
        execute(conn, f"DELETE FROM {spec.table}")
    else:
        execute(conn, f"INSERT INTO {spec.table}({spec.table}) VALUES ('delete-all')")
    set_watermark(conn, spec, 0)


# ---- documents ---------------------------------------------------------------------------

def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), IN_CHUNK):
        yield ordered[i:i + IN_CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _fields(*texts: str) -> Doc:
    out: list[str] = []
    for text in texts:
        it = normalise.index_text(text)
        out += (it.primary, it.extra)
    return tuple(out)


@dataclass(frozen=True)
class Rows:
    """Which source rows to read: these ids, or the next `limit` ids above `after`."""

    ids: tuple[int, ...] = ()
    after: int | None = None
    limit: int = 0
    unindexed_in: str = ""        # only rows not in this index table (PostgreSQL's builds)

    def where(self, alias: str) -> tuple[str, tuple]:
        if self.after is None:
            return f"{alias}.id IN ({_marks(len(self.ids))}) ORDER BY {alias}.id", self.ids
        skip = (f"AND NOT EXISTS (SELECT 1 FROM {self.unindexed_in} AS f WHERE f.rowid = {alias}.id) "
                if self.unindexed_in else "")
        return f"{alias}.id > ? {skip}ORDER BY {alias}.id LIMIT ?", (self.after, self.limit)


def message_docs(conn: Connection, rows: Rows) -> dict[int, Doc]:
    where, params = rows.where("m")
    found = execute(conn,
        "SELECT m.id, m.conversation_id, m.text, p.title, o.number FROM messages m "
        "LEFT JOIN products p ON p.id = m.product_id LEFT JOIN orders o ON o.id = m.order_id "
        f"WHERE {where}", params).all()
    if not found:
        return {}
    trans: dict[int, list[str]] = {}
    for mid, text in execute(conn,
            f"SELECT message_id, text FROM message_translations WHERE message_id IN ({_marks(len(found))}) "
            "ORDER BY message_id, target_lang", tuple(r[0] for r in found)):
        trans.setdefault(mid, []).append(text or "")
    docs = {}
    for mid, conv, text, title, number in found:
        body = "\n".join(t for t in (text, title, number) if t)
        docs[mid] = _fields(body, "\n".join(trans.get(mid, ()))) + (f"c{conv}",)
    return docs


def product_docs(conn: Connection, rows: Rows) -> dict[int, Doc]:
    where, params = rows.where("p")
    found = execute(conn,
        f"SELECT p.id, p.title, s.name, s.handle FROM products p JOIN stores s ON s.id = p.store_id WHERE {where}",
        params).all()
    return {pid: _fields(title, f"{name}\n{handle}") for pid, title, name, handle in found}


def order_docs(conn: Connection, rows: Rows) -> dict[int, Doc]:
    where, params = rows.where("o")
    found = execute(conn, f"SELECT o.id, o.number, o.tracking_number, o.carrier FROM orders o WHERE {where}",
                                 params).all()
    if not found:
        return {}
    items: dict[int, list[str]] = {}
    for oid, title, variant in execute(conn,
            f"SELECT order_id, title, variant FROM order_items WHERE order_id IN ({_marks(len(found))}) "
            "ORDER BY order_id, id", tuple(r[0] for r in found)):
        items.setdefault(oid, []).append(f"{title} {variant}")
    return {oid: _fields(f"{number}\n{tracking}", "\n".join(items.get(oid, ())) + f"\n{carrier}")
            for oid, number, tracking, carrier in found}


_SOURCES = {"messages": message_docs, "products": product_docs, "orders": order_docs}


def docs(conn: Connection, spec: IndexSpec, ids: Iterable[int]) -> dict[int, Doc]:
    """The documents of these rows as they are now in the database (missing rows are left out)."""
    out: dict[int, Doc] = {}
    for chunk in _chunks(ids):
        out.update(_SOURCES[spec.name](conn, Rows(ids=tuple(chunk))))
    return out


def docs_after(conn: Connection, spec: IndexSpec, after: int, limit: int) -> dict[int, Doc]:
    """The documents of the next `limit` rows with an id above `after`, in id order."""
    return _SOURCES[spec.name](conn, Rows(after=after, limit=limit,
                                          unindexed_in=spec.table if concurrent_writers(conn) else ""))


def add(conn: Connection, spec: IndexSpec, documents: dict[int, Doc]) -> None:
    if documents and is_postgresql(conn):
        execute(conn, f"INSERT INTO {spec.table} (rowid, doc) VALUES (?, CAST(? AS tsvector)) "
                "ON CONFLICT (rowid) DO UPDATE SET doc = EXCLUDED.doc",
                [(key, tsvector_text(doc)) for key, doc in documents.items()])
    elif documents:
        cols = ", ".join(spec.columns)
        execute(conn, f"INSERT INTO {spec.table}(rowid, {cols}) VALUES (?, {_marks(len(spec.columns))})",
                             [(key, *doc) for key, doc in documents.items()])


def remove(conn: Connection, spec: IndexSpec, documents: dict[int, Doc]) -> None:
    if documents and is_postgresql(conn):
        execute(conn, f"DELETE FROM {spec.table} WHERE rowid = ?", [(key,) for key in documents])
    elif documents:
        cols = ", ".join(spec.columns)
        execute(conn, f"INSERT INTO {spec.table}({spec.table}, rowid, {cols}) "
                             f"VALUES ('delete', ?, {_marks(len(spec.columns))})",
                             [(key, *doc) for key, doc in documents.items()])


def pending_ids(conn: Connection, spec: IndexSpec, watermark: int, limit: int) -> list[int]:
    """Up to `limit` ids of rows not indexed yet (above the watermark; on PostgreSQL, those of
    them not in the index: see `concurrent_writers`)."""
    return [r[0] for r in execute(conn,
        f"SELECT id FROM {spec.source} AS s WHERE id > ? {_not_indexed(conn, spec)} ORDER BY id LIMIT ?",
        (watermark, limit))]


def count_pending(conn: Connection, spec: IndexSpec, watermark: int) -> int:
    return execute(conn, f"SELECT count(*) FROM {spec.source} AS s WHERE id > ? {_not_indexed(conn, spec)}",
                   (watermark,)).scalar() or 0


def concurrent_writers(conn: Connection) -> bool:
    """PostgreSQL's writers run side by side and take ids from a sequence, so a row with a lower id
    may commit after one with a higher: a watermark moved by a write could pass a row not yet
    committed. There, writes index their rows without moving the watermark (only a build does),
    rows above it count as pending only when they are not in the index, and a change re-indexes
    any row (an upsert and a delete by key need no watermark)."""
    return is_postgresql(conn)


def _not_indexed(conn: Connection, spec: IndexSpec) -> str:
    if not concurrent_writers(conn):
        return ""
    return f"AND NOT EXISTS (SELECT 1 FROM {spec.table} AS f WHERE f.rowid = s.id)"
