"""The seller's desk in the demo: each store's quick replies (the shipped ones), labels on
its conversations and its response target, so that at the demo's time (`buzon --now
2026-11-20T09:00:00Z`) there are conversations awaiting a reply (wei's James, 1 h, target
24 h) and overdue (lina's Lucía, 7 h, target 4 h); later, every wait is overdue. The demo's
messages are not changed (tests count them), and no store has office hours, so no
auto-reply answers a test's message at some hours of the day."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import desk, quick_replies
from desktop.core import schema as m

# (buyer, store) -> labels
LABELS = {("lucia", "shenzhen-tech"): ("VIP",), ("james", "shenzhen-tech"): ("Delay", "Wholesale"),
          ("lucia", "guangzhou-style"): ("VIP",), ("james", "guangzhou-style"): ("Return",),
          ("lucia", "yiwu-home"): ("Wholesale",)}
# store -> (response target in minutes, office hours, away reply)
SETTINGS: dict[str, tuple[int, dict[str, str], str]] = {
    "shenzhen-tech": (24 * 60, {}, ""), "guangzhou-style": (4 * 60, {}, ""), "yiwu-home": (24 * 60, {}, "")}


def seed(s: Session) -> None:
    users = {u.handle: u for u in s.scalars(select(m.User))}
    stores = {st.handle: st for st in s.scalars(select(m.Store))}
    convs = {(c.buyer_id, c.store_id): c for c in s.scalars(select(m.Conversation))}
    for handle, store in stores.items():
        seller = next((u for u in users.values() if u.store_id == store.id), None)
        if seller is None:
            continue
        quick_replies.install_defaults_in(s, store.id, seller.id, seller.language)
        target, hours, away = SETTINGS.get(handle, (24 * 60, {}, ""))
        s.add(m.StoreSettings(store_id=store.id, response_target_minutes=target, time_zone="",
                              office_hours=json.dumps(hours) if hours else "", away_reply=away))
    for (buyer, handle), names in LABELS.items():
        store = stores[handle]
        conv = convs[(users[buyer].id, store.id)]
        for name in names:
            label = s.scalar(select(m.StoreLabel).where(m.StoreLabel.store_id == store.id,
                                                        m.StoreLabel.name == name))
            if label is None:
                count = len(list(s.scalars(select(m.StoreLabel.id).where(m.StoreLabel.store_id == store.id))))
                label = m.StoreLabel(store_id=store.id, name=name,
                                     colour=desk.PALETTE[count % len(desk.PALETTE)])
                s.add(label)
                s.flush()
            s.add(m.ConversationLabel(store_id=store.id, conversation_id=conv.id, label_id=label.id))
    s.flush()
