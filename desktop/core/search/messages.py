"""Searching messages as one user may see them: pages of hits, newest first, and every match
of one conversation (for a chat's next / previous).

Only the conversations the user is a member of are searched (a buyer's own, a seller's
store's), without what they deleted for themselves (single messages and everything up to
their cleared-before marker). Results are newest first by message id, the order messages are
stored in (for everything Buzón writes, the order they were sent): the index yields its keys
in that order, so a page costs the same at 100 messages as at a million (ordering by
relevance means reading every match: 150-630 ms for a common word at 1M).

Plan (EXPLAIN QUERY PLAN, written down in docs/search.md): the FTS table is the outer loop,
read in descending key order from the keyset bound, each row joined by primary key to
messages and to the member's row; the LIMIT stops it after a page.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from sqlalchemy.engine import Connection

from desktop.core.db import Database, stored_datetime
from desktop.core.errors import KnownError, UsageError
from desktop.core.search import highlight as hl
from desktop.core.search import index as ix
from desktop.core.search.query import Query, Sender, parse
from desktop.core.search.results import (
    ConversationMatches, Cursor, Matched, MessageHit, MessagePage, SearchIndexDamaged, SearchUnavailable,
)
from desktop.core.search.sync import is_damage
from desktop.core.users import UserRecord

PAGE = 30
MAX_PAGE = 1000
SCOPE_MAX = 64            # a user with this many conversations or fewer is searched by their tokens
MAX_KEY = 2**63 - 1
_ROUNDS = 8               # pages read to fill one when the check leaves rows out (never, in practice)

_SELECT = """
SELECT f.rowid, m.conversation_id, m.sender_id, m.sent_at, m.kind, m.text, p.title, o.number
FROM search_messages AS f
JOIN messages AS m ON m.id = f.rowid
JOIN conversation_members AS cm ON cm.conversation_id = m.conversation_id AND cm.user_id = ?
LEFT JOIN products AS p ON p.id = m.product_id
LEFT JOIN orders AS o ON o.id = m.order_id
WHERE {match} AND f.rowid < ?
  AND m.id > cm.cleared_before_message_id
  AND NOT EXISTS (SELECT 1 FROM message_deletions AS d WHERE d.user_id = ? AND d.message_id = m.id)
"""


def _select(conn: Connection) -> str:
    return _SELECT.format(match=ix.match_sql(conn, ix.MESSAGES))


def _sql_time(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")      # as SQLAlchemy stores DateTime on SQLite


def _utc_start(day: dt.date, time_zone: str) -> dt.datetime:
    """The start of `day` where the user lives, in naive UTC like the stored times."""
    try:
        zone: dt.tzinfo = zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.timezone.utc
    local = dt.datetime.combine(day, dt.time(), tzinfo=zone)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _filters(query: Query, user: UserRecord, conversation_id: int | None) -> tuple[str, list]:
    sql: list[str] = []
    params: list[int | str] = []
    if conversation_id is not None:
        sql.append("AND m.conversation_id = ?")
        params.append(conversation_id)
    if query.sender is Sender.ME:
        sql.append("AND m.sender_id = ?")
        params.append(user.id)
    elif query.sender is Sender.THEM:
        sql.append("AND (m.sender_id IS NULL OR m.sender_id != ?)")
        params.append(user.id)
    if query.before is not None:
        sql.append("AND m.sent_at < ?")
        params.append(_sql_time(_utc_start(query.before, user.time_zone)))
    if query.after is not None:
        sql.append("AND m.sent_at >= ?")
        params.append(_sql_time(_utc_start(query.after, user.time_zone)))
    return " ".join(sql), params


def usable_state(conn: Connection, where: str) -> ix.State:
    """The index's state, or the error that says why it cannot be searched."""
    state = ix.read_state(conn)
    if state is None:
        raise SearchUnavailable(f"The database {where} has no search index.",
                                hint="Open it with this version of Buzón so that it is migrated.",
                                text_id="search_no_index", args={"database": where})
    if not state.current:
        raise SearchIndexDamaged(where)
    return state


def _scope(conn: Connection, user: UserRecord, conversation_id: int | None) -> tuple[str, ...] | None:
    """The conversation tokens to search within; () for "all of the user's"; None for nothing."""
    if conversation_id is not None:
        return (f"c{conversation_id}",)
    ids = [r[0] for r in ix.execute(
            conn,
        "SELECT conversation_id FROM conversation_members WHERE user_id = ? LIMIT ?", (user.id, SCOPE_MAX + 1))]
    if not ids:
        return None
    # A buyer's few conversations are a small part of a shared database: name them, and the
    # index skips everything else. A seller with many is most of it: the join filters.
    return tuple(f"c{i}" for i in ids) if len(ids) <= SCOPE_MAX else ()


def guarded(db: Database, fn: Callable):
    """`db.read(fn)`, with a damaged index reported as such (and what to do) rather than as a damaged database."""
    try:
        return db.read(fn)
    except (KnownError, MemoryError) as exc:
        if is_damage(exc) or (exc.__cause__ is not None and is_damage(exc.__cause__)):
            raise SearchIndexDamaged(db.where) from exc
        raise


def _conversation(query: Query, conversation_id: int | None) -> tuple[bool, int | None]:
    """The one conversation to search (the option and `in:` must agree); False when they cannot."""
    if conversation_id is not None and query.conversation_id is not None and conversation_id != query.conversation_id:
        return False, None
    conv = conversation_id if conversation_id is not None else query.conversation_id
    if conv is not None and not 0 < conv <= MAX_KEY:
        return False, None
    return True, conv


def search_messages(db: Database, user: UserRecord, query: str | Query, *, conversation_id: int | None = None,
                    after: Cursor | None = None, limit: int = PAGE) -> MessagePage:
    """A page of the user's messages that match `query`, newest first; pass `page.next` as
    `after` for the next one. An empty or unusable query is an empty page, never an error."""
    q = parse(query) if isinstance(query, str) else query
    possible, conv = _conversation(q, conversation_id)
    if q.is_empty or not possible:
        return MessagePage.empty()
    limit = max(1, min(limit, MAX_PAGE))

    def run(s) -> MessagePage:
        conn = s.connection()
        index_state = usable_state(conn, db.where)
        if conversation_id is not None and ix.execute(
            conn,
                "SELECT 1 FROM conversation_members WHERE conversation_id = ? AND user_id = ?",
                (conversation_id, user.id)).first() is None:
            raise UsageError(f"Conversation {conversation_id} does not exist or {user.handle} is not in it.",
                             hint="List yours with: buzon conversations",
                             text_id="conversation_unknown", args={"conversation": conversation_id})
        scope = _scope(conn, user, conv)
        match = None if scope is None else ix.match_param(conn, ix.MESSAGES, q, scope)
        if match is None:
            return MessagePage.empty()
        extra_sql, extra_params = _filters(q, user, conv)
        sql = f"{_select(conn)} {extra_sql} ORDER BY f.rowid DESC LIMIT ?"
        hits: list[MessageHit] = []
        bound = after.key if after is not None else MAX_KEY
        more = False
        for _ in range(_ROUNDS):
            rows = ix.execute(conn, sql, (user.id, match, bound, user.id, *extra_params,
                                              limit - len(hits) + 1)).all()
            more = len(rows) > limit - len(hits)
            rows = rows[:limit - len(hits)]
            hits += _hits(conn, user, q, rows)
            if rows:
                bound = rows[-1][0]
            if not more or len(hits) >= limit:
                break
        indexing = bool(ix.pending_ids(conn, ix.MESSAGES, index_state.watermark(ix.MESSAGES), 1))
        return MessagePage(tuple(hits), Cursor(bound) if more else None, indexing)

    return guarded(db, run)


def _hits(conn: Connection, user: UserRecord, q: Query, rows: list) -> list[MessageHit]:
    if not rows:
        return []
    ids = tuple(r[0] for r in rows)
    marks = ",".join("?" * len(ids))
    translations: dict[int, list[tuple[str, str]]] = {}
    for mid, lang, text in ix.execute(
            conn,
            f"SELECT message_id, target_lang, text FROM message_translations WHERE message_id IN ({marks}) "
            "ORDER BY message_id, target_lang", ids):
        translations.setdefault(mid, []).append((lang, text or ""))
    senders = {uid: (handle, name) for uid, handle, name in ix.execute(
            conn,
        f"SELECT id, handle, name FROM users WHERE id IN ({','.join('?' * len({r[2] for r in rows}))})",
        tuple({r[2] for r in rows}))}
    hits = []
    for mid, conv, sender, sent_at, kind, text, title, number in rows:
        hit = _hit(q, user, mid, conv, sender, senders.get(sender, ("", "")), sent_at, kind, text or "",
                   [t for t in (title, number) if t], translations.get(mid, []))
        if hit is not None:
            hits.append(hit)
    return hits


def _hit(q: Query, user: UserRecord, mid, conv, sender, who, sent_at, kind, text, cards, translations):
    """The hit for one row, or None when its texts do not really match (the index is behind them)."""
    candidates = [(Matched.ORIGINAL, "", text)] + [(Matched.ORIGINAL, "", c) for c in cards]
    # the reader's own language first among translations
    translations = sorted(translations, key=lambda t: t[0] != user.language)
    candidates += [(Matched.TRANSLATION, lang, t) for lang, t in translations]
    matches = [hl.match_text(q, t) for _, _, t in candidates]
    if not hl.verified(q, matches):
        return None
    best = max(range(len(candidates)), key=lambda i: (sum(matches[i].terms), len(matches[i].spans) > 0, -i))
    matched, lang, chosen = candidates[best]
    spans = matches[best].spans
    when = stored_datetime(sent_at)
    return MessageHit(conversation_id=conv, message_id=mid, sent_at=when, sender_id=sender, sender_handle=who[0],
                      sender_name=who[1], mine=sender == user.id, kind=kind, matched=matched, lang=lang,
                      text=chosen, spans=spans, snippet=hl.snippet(chosen, spans))


def conversation_matches(db: Database, user: UserRecord, conversation_id: int, query: str | Query) -> ConversationMatches:
    """Every message of one conversation that matches, oldest first like the chat, for "3 of 17"
    and next / previous (F3). Ids only: the chat highlights what it shows with `highlight.spans`."""
    q = parse(query) if isinstance(query, str) else query
    possible, conv = _conversation(q, conversation_id)
    if q.is_empty or not possible or conv is None:
        return ConversationMatches(conversation_id, ())

    def run(s) -> ConversationMatches:
        conn = s.connection()
        usable_state(conn, db.where)
        match = ix.match_param(conn, ix.MESSAGES, q, (f"c{conv}",))
        extra_sql, extra_params = _filters(q, user, conv)
        rows = ix.execute(conn, f"{_select(conn)} {extra_sql} ORDER BY f.rowid",
                                    (user.id, match, MAX_KEY, user.id, *extra_params)).all()
        return ConversationMatches(conversation_id, tuple(r[0] for r in rows))

    return guarded(db, run)
