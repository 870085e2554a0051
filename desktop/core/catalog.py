"""The product catalogue: ids for the list models, rows on demand, pages, a product's page.

Lists read plain rows (a product, its store and first picture in one query) in the
catalogue's order, store then id, through the products' store index (docs/queries.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError

PAGE = 200


@dataclass(frozen=True)
class ProductRow:
    id: int
    title: str
    price_cents: int
    currency: str
    rating: int                 # stars x 10
    review_count: int
    sold_count: int
    image: str                  # path relative to resources/ (or the data folder)
    store_id: int
    store_handle: str
    store_name: str

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title, "price": self.price_cents / 100, "currency": self.currency,
                "rating": self.rating / 10 if self.review_count else None, "reviews": self.review_count,
                "sold": self.sold_count, "store": self.store_handle, "image": self.image}


@dataclass(frozen=True)
class ProductCursor:
    """Where a page of the catalogue ends (store, then id)."""

    store_id: int
    product_id: int


@dataclass(frozen=True)
class ProductPage:
    rows: tuple[ProductRow, ...]
    next: ProductCursor | None      # None: this was the last page


@dataclass(frozen=True)
class Variant:
    kind: str
    value: str
    price_delta_cents: int


@dataclass(frozen=True)
class ProductDetail:
    row: ProductRow
    description: str
    variants: tuple[Variant, ...]
    images: tuple[str, ...]


def _row(p: m.Product) -> ProductRow:
    return ProductRow(id=p.id, title=p.title, price_cents=p.price_cents, currency=p.currency, rating=p.rating,
                      review_count=p.review_count, sold_count=p.sold_count,
                      image=p.images[0].path if p.images else "", store_id=p.store_id,
                      store_handle=p.store.handle, store_name=p.store.name)


def _query():
    return select(m.Product).options(selectinload(m.Product.images), selectinload(m.Product.store))


def _list_query():
    p = m.Product
    first_image = (select(m.ProductImage.path).where(m.ProductImage.product_id == p.id)
                   .order_by(m.ProductImage.position).limit(1).correlate(p).scalar_subquery())
    return (select(p.id, p.title, p.price_cents, p.currency, p.rating, p.review_count, p.sold_count,
                   first_image, p.store_id, m.Store.handle, m.Store.name)
            .join(m.Store, m.Store.id == p.store_id))


def _plain_row(r) -> ProductRow:
    pid, title, price, currency, rating, reviews, sold, image, store_id, store_handle, store_name = r
    return ProductRow(id=pid, title=title, price_cents=price, currency=currency, rating=rating, review_count=reviews,
                      sold_count=sold, image=image or "", store_id=store_id, store_handle=store_handle,
                      store_name=store_name)


def store_id_of(s: Session, handle: str) -> int:
    """The id of the store with this handle, or a usage error listing the handles."""
    found = s.scalar(select(m.Store.id).where(m.Store.handle == handle))
    if found is None:
        handles = ", ".join(s.scalars(select(m.Store.handle).order_by(m.Store.handle)))
        raise UsageError(f"Unknown store {handle!r}.", hint=f"Known stores: {handles}.",
                         text_id="store_unknown", args={"store": handle})
    return found


def stores(db: Database) -> list[tuple[str, str]]:
    """(name, handle) of every store, by name: the catalogue's store filter."""
    return db.read(lambda s: [(name, handle) for name, handle in
                              s.execute(select(m.Store.name, m.Store.handle).order_by(m.Store.name))])


def product_ids(db: Database, *, store_handle: str | None = None) -> list[int]:
    def run(s: Session) -> list[int]:
        q = select(m.Product.id).order_by(m.Product.store_id, m.Product.id)
        if store_handle is not None:
            q = q.where(m.Product.store_id == store_id_of(s, store_handle))
        return list(s.scalars(q))

    return db.read(run)


def product_page(db: Database, *, store_handle: str | None = None, after: ProductCursor | None = None,
                 limit: int = PAGE) -> ProductPage:
    """Up to `limit` products in the catalogue's order, after `after` (keyset on store and id)."""
    def run(s: Session) -> ProductPage:
        p = m.Product
        q = _list_query()
        if store_handle is not None:
            q = q.where(p.store_id == store_id_of(s, store_handle))
        if after is None:
            rows = list(s.execute(q.order_by(p.store_id, p.id).limit(limit)))
        else:
            # Two seeks of the store index: the rest of the cursor's store, then the stores after it
            # (one OR of both would make SQLite walk the cursor's store from its start).
            rows = list(s.execute(q.where(p.store_id == after.store_id, p.id > after.product_id)
                                  .order_by(p.id).limit(limit)))
            if len(rows) < limit and store_handle is None:
                rows += s.execute(q.where(p.store_id > after.store_id).order_by(p.store_id, p.id)
                                  .limit(limit - len(rows)))
        page = tuple(_plain_row(r) for r in rows)
        return ProductPage(page, ProductCursor(page[-1].store_id, page[-1].id) if len(page) == limit else None)

    return db.read(run)


def iter_products(db: Database, *, store_handle: str | None = None, page: int = 5000):
    """The whole catalogue (or one store's), a page at a time."""
    after = None
    while True:
        result = product_page(db, store_handle=store_handle, after=after, limit=page)
        yield from result.rows
        if result.next is None:
            return
        after = result.next


def product_rows(db: Database, ids: list[int]) -> dict[int, ProductRow]:
    return db.read(lambda s: product_rows_in(s, ids))


def product_rows_in(s: Session, ids) -> dict[int, ProductRow]:
    ids = list(ids)
    rows: dict[int, ProductRow] = {}
    for start in range(0, len(ids), 1000):
        for r in s.execute(_list_query().where(m.Product.id.in_(ids[start:start + 1000]))):
            row = _plain_row(r)
            rows[row.id] = row
    return rows


def product_detail(db: Database, product_id: int) -> ProductDetail | None:
    def run(s: Session) -> ProductDetail | None:
        p = s.scalar(_query().options(selectinload(m.Product.variants)).where(m.Product.id == product_id))
        if p is None:
            return None
        return ProductDetail(row=_row(p), description=p.description,
                             variants=tuple(Variant(v.kind, v.value, v.price_delta_cents) for v in p.variants),
                             images=tuple(i.path for i in p.images))

    return db.read(run)
