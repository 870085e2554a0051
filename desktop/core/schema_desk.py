"""The tables of the seller's desk and the store's team: quick replies, labels, desk settings,
response episodes, assignments, internal notes and presence. `schema` re-exports them, so
callers name them as `m.QuickReply` like every other table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.schema_base import Base, _in_store, _store_key, utcnow


class QuickReply(Base):
    """A store's quick reply: a code, a title and the text in the seller's language (`text`,
    in `source_lang`); its versions per buyer language are `QuickReplyText` rows."""

    __tablename__ = "quick_replies"
    __table_args__ = (Index("ix_quick_replies_store_id_code", "store_id", "code", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)      # who wrote it
    title: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    store_id: Mapped[int | None] = mapped_column(Integer, default=None)
    code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    source_lang: Mapped[str] = mapped_column(String(8), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class QuickReplyText(Base):
    """A quick reply in one buyer language: made by the translator, or written by hand
    (`by_hand`, kept when the source changes and then marked `check`)."""

    __tablename__ = "quick_reply_texts"
    reply_id: Mapped[int] = mapped_column(ForeignKey("quick_replies.id", ondelete="CASCADE"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    check: Mapped[bool] = mapped_column(Boolean, default=False)


class StoreLabel(Base):
    """A store's own label (e.g. "VIP", "Return", "Wholesale")."""

    __tablename__ = "store_labels"
    __table_args__ = (UniqueConstraint("store_id", "name"), _store_key("store_labels"))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    colour: Mapped[str] = mapped_column(String(7), default="#888888")


class ConversationLabel(Base):
    __tablename__ = "conversation_labels"
    __table_args__ = (Index("ix_conversation_labels_label_id_conversation_id", "label_id", "conversation_id"),
                      _in_store("conversation_labels", "conversation_id", "conversations"),
                      _in_store("conversation_labels", "label_id", "store_labels"))
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class StoreSettings(Base):
    """A store's desk settings: its response target, office hours (JSON: weekday -> "HH:MM-HH:MM")
    in its time zone, and the quick reply sent when away ("" = no auto-reply)."""

    __tablename__ = "store_settings"
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), primary_key=True)
    response_target_minutes: Mapped[int] = mapped_column(Integer, default=24 * 60)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    office_hours: Mapped[str] = mapped_column(Text, default="")
    away_reply: Mapped[str] = mapped_column(String(32), default="")


class ResponseEpisode(Base):
    """One wait for the store's answer: from the buyer's first message after the store last
    wrote, to the store's next message (an auto-reply does not end it). The response figures
    are read from these rows, never from the messages."""

    __tablename__ = "response_episodes"
    __table_args__ = (Index("ix_response_episodes_store_id_started_at", "store_id", "started_at"),
                      Index("ix_response_episodes_conversation_id_id", "conversation_id", "id"),
                      _in_store("response_episodes", "conversation_id", "conversations"))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    waived_by: Mapped[int | None] = mapped_column(Integer, default=None)      # "no response needed"
    waived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Assignment(Base):
    """Who on the store's team answers a conversation (at most one; issue 18 §4)."""

    __tablename__ = "assignments"
    __table_args__ = (_in_store("assignments", "conversation_id", "conversations"),)
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class InternalNote(Base):
    """A note in a conversation for the store's team only: never a message, never the buyer's."""

    __tablename__ = "internal_notes"
    __table_args__ = (_in_store("internal_notes", "conversation_id", "conversations"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer, index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Presence(Base):
    """Someone of the team is typing in a conversation until `until` (a short lease)."""

    __tablename__ = "presence"
    __table_args__ = (_in_store("presence", "conversation_id", "conversations"),)
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    until: Mapped[dt.datetime] = mapped_column(DateTime)
