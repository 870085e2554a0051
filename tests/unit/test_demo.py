"""The demo marketplace: complete, and identical every time it is made at the same time (its
open dispute is a day old whenever it is made, so its deadline is live)."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.config import resources_dir
import datetime as dt

from desktop.core import clock, demo, schema as m
from desktop.core.db import Database


def dump(db: Database) -> dict:
    out = {}
    with db.engine.connect() as conn:
        for table in m.Base.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            rows = conn.execute(table.select().order_by(*table.primary_key.columns)).fetchall()
            out[table.name] = [tuple(r) for r in rows]
    return out


def test_demo_is_deterministic(tmp_path):
    a = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    b = Database.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    with clock.frozen(dt.datetime(2026, 12, 3, 12, 0)):
        demo.ensure_demo(a)
        demo.ensure_demo(b)
        assert dump(a) == dump(b)
        demo.reset(b)
        assert dump(a) == dump(b)
    a.close()
    b.close()


def test_demo_contents(db):
    def count(model, *where):
        return db.read(lambda s: s.scalar(select(func.count()).select_from(model).where(*where)))

    stores = db.read(lambda s: list(s.scalars(select(m.Store))))
    assert len(stores) >= 3 and all(st.country == "CN" for st in stores)
    sellers = db.read(lambda s: list(s.scalars(select(m.User).where(m.User.role == m.Role.SELLER))))
    assert {u.language for u in sellers} <= {"zh", "en"} and len(sellers) >= 3
    buyers = db.read(lambda s: list(s.scalars(select(m.User).where(m.User.role == m.Role.BUYER))))
    assert any(u.language == "es" and u.city == "Madrid" for u in buyers)
    assert any(u.language == "en" for u in buyers)
    assert count(m.Product) >= 30
    assert count(m.Product, m.Product.review_count == 0) >= 3
    assert count(m.ProductVariant) >= 60
    statuses = set(db.read(lambda s: list(s.scalars(select(m.Order.status)))))
    assert statuses == set(m.OrderStatus)
    kinds = set(db.read(lambda s: list(s.scalars(select(m.TrackingEvent.kind)))))
    assert {m.TrackingKind.NO_TRACKING, m.TrackingKind.DELAY, m.TrackingKind.RETURNED_TO_SENDER,
            m.TrackingKind.DELIVERED} <= kinds
    langs = set(db.read(lambda s: list(s.scalars(select(m.Message.lang).where(m.Message.kind == m.MessageKind.TEXT)))))
    assert {"es", "en", "zh"} <= langs
    assert count(m.Message, m.Message.kind == m.MessageKind.PRODUCT_CARD) >= 2
    assert count(m.Message, m.Message.kind == m.MessageKind.ORDER_CARD) >= 2


def test_every_product_has_its_picture(db):
    paths = db.read(lambda s: list(s.scalars(select(m.ProductImage.path))))
    assert len(paths) >= 30
    for path in paths:
        assert (resources_dir() / path).is_file(), path
