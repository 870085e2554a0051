"""Building, checking and rebuilding the search index, in committed batches with progress.

`build(db)` indexes every row above each table's watermark (after migration 0004, after a
bulk load outside the ORM, after a rebuild was interrupted): each batch is one committed
transaction that also moves the watermark, so stopping at any moment loses at most one batch
and the next build goes on from there. `rebuild(db)` throws the index tables away and builds
them again, touching nothing else. `check(db)` runs FTS5's integrity check and counts what
is not indexed yet.

Progress goes to a callback; a callback may raise to stop the build between batches (what
was committed stays). The migration, which cannot be handed a callback, reports to the one
installed with `reporting(callback)`, or to standard error when none is.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from desktop.core.db import Database, map_error
from desktop.core.search import index as ix
from desktop.core.search.results import SearchUnavailable
from desktop.core.search.sync import is_damage

log = logging.getLogger(__name__)

BATCH = 10_000
OPTIMIZE_AFTER = 50_000     # a build this big merges the index into one segment at the end


@dataclass(frozen=True)
class BuildProgress:
    """How far a build is: in which table, how many rows done of how many."""

    table: str
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


Progress = Callable[[BuildProgress], None]


@dataclass(frozen=True)
class IndexHealth:
    """What `check` found."""

    ok: bool
    present: bool                    # the index tables exist (the database is migrated)
    current: bool                    # made by this version and not marked damaged
    damaged: tuple[str, ...]         # tables whose integrity check failed
    pending: int                     # rows not indexed yet (a build indexes them)
    problem: str = ""

    def to_json(self) -> dict:
        return {"ok": self.ok, "present": self.present, "current": self.current, "damaged": list(self.damaged),
                "pending": self.pending, "problem": self.problem}


_reporter: contextvars.ContextVar[Progress | None] = contextvars.ContextVar("search_build_reporter", default=None)


@contextlib.contextmanager
def reporting(progress: Progress) -> Iterator[None]:
    """Send the progress of builds started inside this block (by a migration, say) to `progress`."""
    token = _reporter.set(progress)
    try:
        yield
    finally:
        _reporter.reset(token)


class StderrProgress:
    """Progress as lines on standard error, at most one every few seconds (the command line's);
    builds of fewer than `min_total` rows are not worth a line."""

    every = 5.0

    def __init__(self, stream=None, min_total: int = 0):
        self.stream = stream
        self.min_total = min_total
        self.last = 0.0

    def __call__(self, p: BuildProgress) -> None:
        stream = self.stream or sys.stderr
        now = time.monotonic()
        if stream is None or p.total < self.min_total or (now - self.last < self.every and p.done < p.total):
            return
        self.last = now
        stream.write(f"Building the search index: {p.table} {p.done:,} of {p.total:,} ({p.fraction:.0%})\n")
        stream.flush()


def current_reporter() -> Progress:
    return _reporter.get() or StderrProgress(min_total=BATCH)


# ---- the batches -----------------------------------------------------------------------------

def _batch(conn: Connection, spec: ix.IndexSpec, size: int) -> int:
    """Index the next `size` rows above the watermark; returns how many were indexed."""
    state = ix.read_state(conn)
    if state is None or not state.current:
        return 0
    mark = state.watermark(spec)
    documents = ix.docs_after(conn, spec, mark, size)
    if not documents:
        return 0
    ix.add(conn, spec, documents)
    ix.set_watermark(conn, spec, max(documents))
    return len(documents)


def _pending(conn: Connection) -> dict[str, int]:
    state = ix.read_state(conn)
    if state is None or not state.current:
        return {}
    return {spec.name: ix.count_pending(conn, spec, state.watermark(spec)) for spec in ix.SPECS}


def run_batches(conn: Connection, commit: Callable[[], None], progress: Progress | None = None,
                size: int | None = None) -> int:
    """Index everything pending on `conn`, calling `commit()` after each batch. Returns rows indexed."""
    size = size or BATCH
    totals = _pending(conn)
    indexed = 0
    for spec in ix.SPECS:
        total, done = totals.get(spec.name, 0), 0
        if not total:
            continue
        while True:
            n = _batch(conn, spec, size)
            commit()
            done += n
            if progress is not None and n:
                progress(BuildProgress(spec.name, min(done, total), max(total, done)))
            if n < size:
                break
        indexed += done
        if done >= OPTIMIZE_AFTER and ix.is_sqlite(conn):
            ix.execute(conn, f"INSERT INTO {spec.table}({spec.table}) VALUES ('optimize')")
            commit()
    return indexed


def build_in_migration(conn: Connection) -> int:
    """Build inside a migration, committing each batch: Buzón runs every migration in the one
    transaction it hands Alembic, so a batch's work would otherwise be lost with any
    interruption. The DDL before it is committed first; the migration is recorded as done only
    when the last batch commits, so an interrupted one runs again and resumes from the watermark.
    On PostgreSQL (a new database: nothing to index yet) the migration stays one transaction."""
    def commit() -> None:
        if ix.is_sqlite(conn):
            ix.execute(conn, "COMMIT")
            ix.execute(conn, "BEGIN IMMEDIATE")

    commit()
    return run_batches(conn, commit, current_reporter())


def build_in(conn: Connection, progress: Progress | None = None) -> int:
    """Index what is not indexed yet inside the caller's own transaction: a bulk loader's one
    transaction (`demo.finish_load`). FTS5 writes its postings out as its buffer fills, so memory
    stays bounded however many rows there are. Nothing happens where there is no index."""
    if not ix.has_index(conn):
        return 0
    return run_batches(conn, lambda: None, progress or current_reporter())


def _require(db: Database) -> dict[str, int]:
    """What is not indexed yet, per table; or why there is no index to build."""
    with db.engine.connect() as conn:
        if not ix.has_index(conn):
            raise SearchUnavailable(f"The database {db.where} has no search index.",
                                    hint="Open it with this version of Buzón so that it is migrated.",
                                    text_id="search_no_index", args={"database": db.where})
        pending = _pending(conn)
        conn.rollback()
        return pending


def build(db: Database, *, progress: Progress | None = None, size: int | None = None) -> int:
    """Index every row not indexed yet (bulk loads, an interrupted build), one committed batch at a
    time. Returns how many rows were indexed. With nothing to index it only reads (no write lock)."""
    if not any(_require(db).values()):
        return 0
    with db.engine.connect() as conn:
        conn = conn.execution_options(write=True)

        def commit() -> None:
            conn.commit()

        try:
            return run_batches(conn, commit, progress, size)
        except sa_exc.DBAPIError as exc:
            raise map_error(exc, db.where) from exc
        finally:
            conn.rollback()


def rebuild(db: Database, *, progress: Progress | None = None, size: int | None = None) -> int:
    """Throw the index away and build it again (a damaged index, another version's index).
    Only the search tables are touched."""
    def fresh(s) -> None:
        conn = s.connection()
        ix.drop_all(conn)
        ix.create_all(conn)

    db.write(fresh)
    return build(db, progress=progress, size=size)


SAMPLE = 200      # documents looked up by `check`: the newest and some spread over the table


def _sample_ids(conn: Connection, spec: ix.IndexSpec, mark: int) -> set[int]:
    ids = {r[0] for r in ix.execute(
            conn,
        f"SELECT id FROM {spec.source} WHERE id <= ? ORDER BY id DESC LIMIT ?", (mark, SAMPLE // 4))}
    step = max(1, mark // (SAMPLE - len(ids) or 1))
    for at in range(1, mark + 1, step):
        row = ix.execute(conn, f"SELECT id FROM {spec.source} WHERE id >= ? AND id <= ? ORDER BY id LIMIT 1",
                                   (at, mark)).first()
        if row is not None:
            ids.add(row[0])
    return ids


def missing_documents(conn: Connection, spec: ix.IndexSpec, mark: int) -> int:
    """How many of a sample of indexed rows the index cannot find by one of their own tokens
    (postings lost or out of step, which FTS5's integrity check cannot see in a contentless table)."""
    missing = 0
    for key, doc in ix.docs(conn, spec, _sample_ids(conn, spec, mark)).items():
        columns = spec.columns if ix.is_sqlite(conn) else spec.columns[:len(ix.WEIGHTS)]   # no scope there
        column, token = next(((c, text.split()[0]) for c, text in zip(columns, doc) if text), (None, None))
        if column is None or token is None:
            continue
        if ix.is_postgresql(conn):
            expr = f"{ix.lexeme(token)}:{ix.weights(spec, (column,))}"
        else:
            expr = f'{{{column}}}: "{token}"'
        found = ix.execute(conn, f"SELECT rowid FROM {spec.table} WHERE {ix.match_sql(conn, spec, spec.table)} "
                           "AND rowid = ?", (expr, key)).first()
        missing += found is None
    return missing


def check(db: Database) -> IndexHealth:
    """Is the index there, made by this version, undamaged, and how much is not indexed yet."""
    _require(db)
    with db.engine.connect() as conn:
        state = ix.read_state(conn)
        assert state is not None
        damaged = []
        for spec in ix.SPECS:
            try:
                if ix.is_sqlite(conn):
                    ix.execute(conn, f"INSERT INTO {spec.table}({spec.table}) VALUES ('integrity-check')")
                if state.current and missing_documents(conn, spec, state.watermark(spec)):
                    damaged.append(spec.name)
            except (sa_exc.DBAPIError, MemoryError) as exc:
                if not is_damage(exc):
                    raise
                damaged.append(spec.name)
        conn.rollback()
        pending = sum(_pending(conn).values()) if state.current else 0
        conn.rollback()
    if not state.current:
        problem = "The search index is damaged or was made by another version of Buzón."
    elif damaged:
        problem = f"The search index is damaged ({', '.join(damaged)})."
    elif pending:
        problem = f"{pending:,} rows are not indexed yet."
    else:
        problem = ""
    return IndexHealth(ok=not problem, present=True, current=state.current, damaged=tuple(damaged),
                       pending=pending, problem=problem)
