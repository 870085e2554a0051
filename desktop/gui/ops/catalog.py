"""Ops on the catalogue: product ids, their rows, a product's page, the stores to filter by."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.ops.core import catalog
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.catalog import ProductDetail, ProductRow


def product_ids(session: Session, store_handle: str | None = None) -> Op[list[int]]:
    return session.op(lambda b: catalog.product_ids(b.db, store_handle=store_handle), "product ids")


def product_rows(session: Session, ids: list[int]) -> Op[dict[int, ProductRow]]:
    return session.op(lambda b: catalog.product_rows(b.db, ids), "product rows")


def product_detail(session: Session, product_id: int) -> Op[ProductDetail | None]:
    return session.op(lambda b: catalog.product_detail(b.db, product_id), "product detail")


def stores(session: Session) -> Op[list[tuple[str, str]]]:
    """The stores of the catalogue as (name, handle), by name."""
    def run(b: Backend) -> list[tuple[str, str]]:
        rows = catalog.product_rows(b.db, catalog.product_ids(b.db)).values()
        return sorted({(r.store_name, r.store_handle) for r in rows})

    return session.op(run, "stores")
