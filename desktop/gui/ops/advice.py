"""Ops for the marketplace's advice (issue 19): the store's clock in a conversation, whether
to wait before a dispute, writing tips for a text, the guide page to show.

`consequences(categories)` (what a refused message would have cost) is the core's, handed
to the views as is: it reads no data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.ops import core
from desktop.gui.ops.core import advice, advice_queries, guide
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.advice import StoreTime, WritingTip
    from desktop.core.advice_queries import DisputeWait
    from desktop.core.guide import GuidePage

__getattr__ = core.reexport(
    consequences=(advice, "consequences"),
    Consequence=(advice, "Consequence"),
    WritingTip=(advice, "WritingTip"),
    SECTIONS=(guide, "SECTIONS"),
)


def store_time(session: Session, conversation_id: int) -> Op[StoreTime | None]:
    return session.op(lambda b: advice_queries.store_time(b.db, b.user, conversation_id), "the store's time")


def dispute_wait(session: Session, order_id: int) -> Op[DisputeWait | None]:
    return session.op(lambda b: advice_queries.dispute_wait(b.db, b.user, order_id), "waiting before a dispute")


def writing_tips(session: Session, text: str) -> Op[tuple[WritingTip, ...]]:
    return session.op(lambda _b: advice.writing_tips(text), "writing tips")


def tips_for(text: str) -> tuple[WritingTip, ...]:
    """The writing tips for a text being typed, at once (pure, light: a few regular expressions)."""
    return advice.writing_tips(text)


def guide_page(session: Session, lang: str) -> Op[tuple[GuidePage, str]]:
    """The acting user's guide page in `lang` (the window's language) and its HTML."""
    def run(b) -> tuple[GuidePage, str]:
        page = guide.page(guide.audience_for(b.user.role), lang)
        return page, page.html()
    return session.op(run, "the guide")
