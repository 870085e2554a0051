"""Searching products (by title or store) and orders (by number, tracking number, product or
carrier), for the search fields of the Products and Orders views.

Products are the public catalogue, in its order (by id); orders are the user's own (a
seller's: the store's), newest first. Filters of the message syntax do not apply here; an
`order:` filter is read as the number it names.
"""

from __future__ import annotations


from desktop.core.db import Database, stored_datetime
from desktop.core.search import highlight as hl
from desktop.core.search import index as ix
from desktop.core.search.messages import guarded, usable_state
from desktop.core.search.query import Query, match_expression, parse
from desktop.core.search.results import CatalogPage, Cursor, OrderField, OrderHit, ProductHit
from desktop.core.users import UserRecord

PAGE = 50
MAX_PAGE = 1000


def _query(query: str | Query) -> Query:
    q = parse(query) if isinstance(query, str) else query
    return Query(terms=q.terms, excluded=q.excluded)


def _match(q: Query, spec: ix.IndexSpec) -> str | None:
    return match_expression(q, spec.primary(), spec.extra())


def _page(hits: list, rows: list, limit: int) -> CatalogPage:
    return CatalogPage(tuple(hits), Cursor(rows[limit - 1][0]) if len(rows) > limit else None)


def search_products(db: Database, query: str | Query, *, store_handle: str | None = None,
                    after: Cursor | None = None, limit: int = PAGE) -> CatalogPage:
    """Products whose title or store matches, in catalogue order; hits are `ProductHit`s."""
    q = _query(query)
    match = _match(q, ix.PRODUCTS)
    if match is None:
        return CatalogPage((), None)
    limit = max(1, min(limit, MAX_PAGE))

    def run(s) -> CatalogPage:
        conn = s.connection()
        usable_state(conn, db.where)
        where, params = "", []
        if store_handle is not None:
            where, params = "AND st.handle = ?", [store_handle]
        rows = ix.execute(
            conn,
            "SELECT f.rowid, p.title, st.handle, st.name FROM search_products AS f "
            "JOIN products AS p ON p.id = f.rowid JOIN stores AS st ON st.id = p.store_id "
            f"WHERE {ix.match_sql(conn, ix.PRODUCTS)} AND f.rowid > ? {where} ORDER BY f.rowid LIMIT ?",
            (ix.match_param(conn, ix.PRODUCTS, q), after.key if after else 0, *params, limit + 1)).all()
        hits = []
        for pid, title, handle, name in rows[:limit]:
            matches = [hl.match_text(q, title), hl.match_text(q, f"{name}\n{handle}")]
            if hl.verified(q, matches):
                hits.append(ProductHit(pid, title, handle, name, matches[0].spans))
        return _page(hits, rows, limit)

    return guarded(db, run)


def search_orders(db: Database, user: UserRecord, query: str | Query, *, after: Cursor | None = None,
                  limit: int = PAGE) -> CatalogPage:
    """The user's orders whose number, tracking number, products or carrier match, newest
    first (as the Orders table lists them); hits are `OrderHit`s naming the field that matched.
    A user's orders are few enough (thousands) to sort the matches by date."""
    q = _query(query)
    match = _match(q, ix.ORDERS)
    if match is None:
        return CatalogPage((), None)
    limit = max(1, min(limit, MAX_PAGE))
    mine = ("o.store_id = ?", user.store_id) if user.is_seller else ("o.buyer_id = ?", user.id)

    def run(s) -> CatalogPage:
        conn = s.connection()
        usable_state(conn, db.where)
        bound: tuple[str | int, ...]
        keyset, bound = "", ()
        if after is not None:
            keyset, bound = "AND (o.created_at, o.id) < (?, ?)", (after.at, after.key)
        rows = ix.execute(
            conn,
            "SELECT f.rowid, o.number, o.tracking_number, o.carrier, o.created_at FROM search_orders AS f "
            "JOIN orders AS o ON o.id = f.rowid "
            f"WHERE {ix.match_sql(conn, ix.ORDERS)} AND {mine[0]} {keyset} "
            "ORDER BY o.created_at DESC, o.id DESC LIMIT ?",
            (ix.match_param(conn, ix.ORDERS, q), mine[1], *bound, limit + 1)).all()
        items: dict[int, list[str]] = {}
        ids = tuple(r[0] for r in rows[:limit])
        if ids:
            for oid, title, variant in ix.execute(
                    conn, f"SELECT order_id, title, variant FROM order_items WHERE order_id IN ({','.join('?' * len(ids))}) "
                    "ORDER BY order_id, id", ids):
                items.setdefault(oid, []).append(f"{title} {variant}".strip())
        hits = []
        for oid, number, tracking, carrier, created in rows[:limit]:
            fields = [(OrderField.NUMBER, number), (OrderField.TRACKING, tracking or "")]
            fields += [(OrderField.PRODUCT, t) for t in items.get(oid, [])] + [(OrderField.CARRIER, carrier or "")]
            matches = [hl.match_text(q, text) for _, text in fields]
            if not hl.verified(q, matches):
                continue
            best = max(range(len(fields)), key=lambda i: (sum(matches[i].terms), -i))
            when = stored_datetime(created)
            hits.append(OrderHit(oid, number, when, fields[best][0], fields[best][1], matches[best].spans))
        last = rows[limit - 1] if len(rows) > limit else None
        return CatalogPage(tuple(hits), Cursor(last[0], str(last[4])) if last else None)

    return guarded(db, run)
