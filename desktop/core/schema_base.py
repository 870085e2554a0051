"""What every table module shares: the naming convention, the declarative base, the clock for
defaults, the keys that keep a row within its store (0009_store_keys) and the id type
(0010_bigint_ids)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, Enum, ForeignKeyConstraint, Integer, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase

from desktop.core import clock

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now, in naive UTC, from the core's one clock (settable by tests and `--now`)."""
    return clock.now()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in_store(table: str, column: str, parent: str, *, cascade: bool = True) -> ForeignKeyConstraint:
    """A foreign key to a row of the same store: `(store_id, column) -> parent (store_id, id)`
    (migration 0009_store_keys; the names are the single-column keys' of before)."""
    return ForeignKeyConstraint(["store_id", column], [f"{parent}.store_id", f"{parent}.id"],
                                name=f"fk_{table}_{column}_{parent}", ondelete="CASCADE" if cascade else None)


def _store_key(table: str) -> UniqueConstraint:
    """`(store_id, id)`: what the rows of the same store point at. On PostgreSQL it is the primary
    key (0009_store_keys makes it so there); SQLite keeps the rowid as its key and has this too."""
    return UniqueConstraint("store_id", "id", name=f"uq_{table}_store_id_id")


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the value strings, with a CHECK constraint, identical on SQLite and PostgreSQL.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False,
                create_constraint=True, name=cls.__name__.lower(), length=24)


# Ids are 64-bit (migration 0010_bigint_ids): `bigint` on PostgreSQL, where a cluster's
# sequences hand out ranges per node; on SQLite an `INTEGER` is 64-bit already, and only a
# column declared INTEGER is the rowid. Every integer column that holds an id (`id`, `x_id`, and
# the user ids named `x_by`) takes this type.
ID = BigInteger().with_variant(Integer(), "sqlite")


def is_id_column(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "_by"))
