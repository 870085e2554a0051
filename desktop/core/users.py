"""Accounts: who is acting, and the list the CLI prints."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError


DEFAULT_BUYER = "lucia"
"""Who acts when no user is named: the demo's buyer."""


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


def _known_handles(s: Session, shown: int = 20) -> str:
    """The handles to suggest: all of them, or the sellers and the first buyers when there are many."""
    total = s.scalar(select(func.count()).select_from(m.User)) or 0
    if total == 0:
        return "(none)"
    if total <= shown:
        return ", ".join(s.scalars(select(m.User.handle).order_by(m.User.handle)))
    sellers = list(s.scalars(select(m.User.handle).where(m.User.role == m.Role.SELLER).order_by(m.User.handle)
                             .limit(shown)))
    buyers = list(s.scalars(select(m.User.handle).where(m.User.role == m.Role.BUYER).order_by(m.User.id)
                            .limit(max(1, shown - len(sellers)))))
    return f"{', '.join(sellers + buyers)} and {total - len(sellers) - len(buyers):,} more (buzon users)"


def none_in(s: Session) -> bool:
    """No account yet: a new database (the demo is made then)."""
    return s.scalar(select(m.User.id).limit(1)) is None


def none_yet(db: Database) -> bool:
    return db.read(none_in)


def list_users(db: Database) -> list[UserRecord]:
    """Every account, as plain rows (a seller's store joined in), in id order."""
    u = m.User
    q = (select(u.id, u.handle, u.name, u.role, u.language, u.time_zone, u.city, u.store_id, m.Store.handle,
                m.Store.name).outerjoin(m.Store, m.Store.id == u.store_id).order_by(u.id))
    return db.read(lambda s: [UserRecord(uid, handle, name, role.value, lang, tz, city, sid, shandle, sname)
                              for uid, handle, name, role, lang, tz, city, sid, shandle, sname in s.execute(q)])


# On PostgreSQL, who the connection logs in as (`current_user`), and whether that role sees past
# row-level security: a superuser, a role with BYPASSRLS, or the tables' owner (docs/postgresql.md).
_LOGIN = text("SELECT current_user, COALESCE((SELECT rolsuper OR rolbypassrls FROM pg_roles "
              "WHERE rolname = current_user), false) OR COALESCE(pg_has_role(current_user, "
              "(SELECT relowner FROM pg_class WHERE oid = to_regclass('users')), 'MEMBER'), false)")


def _login_user(s: Session, handle: str | None) -> m.User | None:
    """On PostgreSQL the acting user is the login role's own (row-level security shows that
    person's rows whatever a client claims): `--user` naming someone else is refused, saying
    who the connection logs in as. The owner (or a superuser) acts as `--user` says, as on
    SQLite. None: not PostgreSQL, or the owner."""
    if s.get_bind().dialect.name != "postgresql":
        return None
    login, owner = s.execute(_LOGIN).one()
    if owner:
        return None
    user = s.scalar(select(m.User).where(m.User.handle == login))
    if user is None:
        raise UsageError(f"This connection logs in as {login}, who is not a Buzón user here.",
                         hint=f"Ask the database's owner to run: buzon admin create-user {login} --role …",
                         text_id="login_not_user", args={"login": login})
    if handle is not None and handle != login:
        raise UsageError(f"This connection logs in as {login}; on PostgreSQL you act as your login role's "
                         f"user, not as {handle}.",
                         hint=f"Leave --user out (or give --user {login}), or connect as {handle}'s own role: "
                              f"postgresql://{handle}@HOST/DB.",
                         text_id="user_not_login", args={"login": login, "user": handle})
    return user


def resolve(db: Database, handle: str | None) -> UserRecord:
    """The acting user: `handle`, or the demo buyer when none is given; an unknown (or empty)
    handle lists the known ones. On PostgreSQL, the login role's user (`_login_user`)."""
    def run(s: Session) -> UserRecord:
        login = _login_user(s, handle)
        if login is not None:
            return _record(login)
        wanted = DEFAULT_BUYER if handle is None else handle
        user = s.scalar(select(m.User).where(m.User.handle == wanted)) if wanted else None
        if user is None and handle is None:
            user = s.scalar(select(m.User).where(m.User.role == m.Role.BUYER).order_by(m.User.id).limit(1))
        if user is None:
            raise UsageError(f"Unknown user {wanted!r}.", hint=f"Known users: {_known_handles(s)}.",
                             text_id="user_unknown", args={"user": wanted})
        return _record(user)

    return db.read(run)
