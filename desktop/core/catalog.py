"""The product catalogue: ids for the list models, rows on demand, a product's page."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core import schema as m
from desktop.core.db import Database


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


def product_ids(db: Database, *, store_handle: str | None = None) -> list[int]:
    def run(s: Session) -> list[int]:
        q = select(m.Product.id).order_by(m.Product.store_id, m.Product.id)
        if store_handle:
            q = q.join(m.Store).where(m.Store.handle == store_handle)
        return list(s.scalars(q))

    return db.read(run)


def product_rows(db: Database, ids: list[int]) -> dict[int, ProductRow]:
    return db.read(lambda s: {p.id: _row(p) for p in s.scalars(_query().where(m.Product.id.in_(ids)))})


def product_rows_in(s: Session, ids) -> dict[int, ProductRow]:
    ids = list(ids)
    if not ids:
        return {}
    return {p.id: _row(p) for p in s.scalars(_query().where(m.Product.id.in_(ids)))}


def product_detail(db: Database, product_id: int) -> ProductDetail | None:
    def run(s: Session) -> ProductDetail | None:
        p = s.scalar(_query().options(selectinload(m.Product.variants)).where(m.Product.id == product_id))
        if p is None:
            return None
        return ProductDetail(row=_row(p), description=p.description,
                             variants=tuple(Variant(v.kind, v.value, v.price_delta_cents) for v in p.variants),
                             images=tuple(i.path for i in p.images))

    return db.read(run)
