"""Accounts: who is acting, and the list the CLI prints."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError


@dataclass(frozen=True)
class UserRecord:
    id: int
    handle: str
    name: str
    role: str
    language: str
    time_zone: str
    city: str
    store_id: int | None
    store_handle: str | None
    store_name: str | None

    @property
    def is_seller(self) -> bool:
        return self.role == m.Role.SELLER.value

    def to_json(self) -> dict:
        return {"handle": self.handle, "name": self.name, "role": self.role, "language": self.language,
                "store": self.store_handle}


def _record(u: m.User) -> UserRecord:
    return UserRecord(id=u.id, handle=u.handle, name=u.name, role=u.role.value, language=u.language,
                      time_zone=u.time_zone, city=u.city, store_id=u.store_id,
                      store_handle=u.store.handle if u.store else None,
                      store_name=u.store.name if u.store else None)


def list_users(db: Database) -> list[UserRecord]:
    return db.read(lambda s: [_record(u) for u in s.scalars(select(m.User).order_by(m.User.id))])


def get_user(s: Session, user_id: int) -> UserRecord:
    return _record(s.get(m.User, user_id))


def resolve(db: Database, handle: str | None) -> UserRecord:
    """The acting user: `handle`, or the demo buyer; an unknown handle lists the known ones."""
    from desktop.core.demo import DEFAULT_BUYER

    def run(s: Session) -> UserRecord:
        wanted = handle or DEFAULT_BUYER
        user = s.scalar(select(m.User).where(m.User.handle == wanted))
        if user is None and handle is None:
            user = s.scalar(select(m.User).where(m.User.role == m.Role.BUYER).order_by(m.User.id))
        if user is None:
            handles = ", ".join(s.scalars(select(m.User.handle).order_by(m.User.handle)))
            raise UsageError(f"Unknown user {wanted!r}.", hint=f"Known users: {handles or '(none)'}.")
        return _record(user)

    return db.read(run)
