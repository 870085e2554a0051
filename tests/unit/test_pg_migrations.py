"""The same Alembic migrations build a PostgreSQL database: from empty to head, models in step
with them, every downgrade and upgrade again, and the search index there (tsvector + GIN)."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.core import demo, schema
from desktop.core.db import Database
from desktop.core.migrations import alembic_config, current_revision, head_revision, store_keys
from desktop.core.search import index as search_index
from desktop.core.search.messages import search_messages
from desktop.core.users import resolve


@pytest.fixture
def empty_pg(pg_server):
    name = pg_server.new_name("empty")
    url = pg_server.create_database(name)
    db = Database.open(url)
    yield db
    db.close()
    pg_server.drop_database(name)


def test_from_empty_reaches_head(empty_pg):
    assert current_revision(empty_pg) == head_revision()


def _not_the_store_key(obj, name, kind, reflected, compare_to) -> bool:
    # `UNIQUE (store_id, id)` is the primary key itself on PostgreSQL (0009_store_keys): no
    # second index of the same columns; the model names it for SQLite, which keeps its rowid key
    return not (kind == "unique_constraint" and name in store_keys.PARENT_UNIQUES)


def test_models_match_migrations(empty_pg):
    with empty_pg.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": lambda name, kind, _: not search_index.is_index_table(name),
                "include_object": _not_the_store_key}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), schema.Base.metadata)
    assert diff == []


def test_down_to_base_and_up_again(empty_pg):
    cfg = alembic_config()
    with empty_pg.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(empty_pg) is None
    with empty_pg.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert current_revision(empty_pg) == head_revision()


def test_the_index_is_a_gin_indexed_tsvector_and_the_demo_is_searchable(empty_pg):
    demo.ensure_demo(empty_pg)
    with empty_pg.engine.connect() as conn:
        kinds = dict(conn.exec_driver_sql(
            "SELECT c.relname, am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = c.relam WHERE starts_with(c.relname, 'ix_search_')").all())
    assert kinds == {f"ix_{spec.table}_doc": "gin" for spec in search_index.SPECS}
    lucia = resolve(empty_pg, "lucia")
    assert [h.message_id for h in search_messages(empty_pg, lucia, "hola").hits] == [15, 2]
