"""Messages in the reader's language: the database side of the translation cache.

`for_reader` gives, for the messages a view shows, the text to show a reader of a
language: a translation the sender sent with the message, a cached one made by the
current pack, or a new one from the engine (stored, so nothing is translated twice).
Where no pack can translate, the outcome says which packs are missing. `outgoing`
translates what the user is about to send into the recipient's language.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import conversations, order_rules
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import BugError, KnownError
from desktop.core.translation.cache import DictCache, Outcome, Pending, translate_missing
from desktop.core.translation.detect import detect
from desktop.core.users import UserRecord

CANDIDATES = ("es", "en", "zh", "pt", "fr", "ru", "de", "it")
# A cancellation's step stores its reason's code when no words came with it: the window says the code.
REASON_ACTIONS = ("cancel_requested", "cancel_declined")
REASON_CODES = frozenset(order_rules.CANCEL_REASONS) | frozenset(order_rules.DECLINE_REASONS)


def detect_language(text: str, fallback: str) -> str:
    """The language of a short chat message; one or two words fall back to the sender's."""
    if len(text.split()) <= 2 and not any("\u3400" <= ch <= "\u9fff" for ch in text):
        return fallback
    found = detect(text, candidates=CANDIDATES, fallback=fallback)
    return found.lang if found.lang != "und" else fallback


def peer_language(db: Database, user: UserRecord, conversation_id: int) -> str:
    """The language the other side reads: the store's for a buyer, the buyer's for a seller."""
    def run(s: Session) -> str:
        conversations.member(s, user, conversation_id)     # refuses a conversation the user is not in
        conv = s.get(m.Conversation, conversation_id)
        if conv is None:
            raise BugError(f"conversation {conversation_id} has a member but no row")
        return conv.store.language if conv.buyer_id == user.id else conv.buyer.language

    return db.read(run)


def for_reader(db: Database, translator, user: UserRecord, conversation_id: int, message_ids: list[int],
               target: str) -> dict[int, Outcome]:
    """What to show for each of these messages (the other side's text messages, and the words on
    its request cards) in `target`."""
    def load(s: Session):
        conversations.member(s, user, conversation_id)
        msgs = list(s.scalars(select(m.Message).where(
            m.Message.id.in_(message_ids), m.Message.conversation_id == conversation_id,
            m.Message.kind == m.MessageKind.TEXT, m.Message.sender_id != user.id)))
        sent = {t.message_id: t for t in s.scalars(select(m.MessageTranslation).where(
            m.MessageTranslation.message_id.in_(message_ids), m.MessageTranslation.target_lang == target,
            m.MessageTranslation.sent_by_author.is_(True)))}
        return msgs, sent

    msgs, sent = db.read(load)
    outcomes = {mid: Outcome(mid, t.text, t.pack_version or "sender", cached=True) for mid, t in sent.items()}
    pending = [Pending(x.id, x.text, x.lang) for x in msgs if x.id not in outcomes]
    pending += _card_words(db, user, conversation_id, message_ids)
    if pending:
        outcomes.update(translate_missing(translator, pending, target, lookup=lambda keys, tgt: _lookup(db, keys, tgt),
                                          store=lambda rows: _store(db, rows)))
    return outcomes


def _card_words(db: Database, user: UserRecord, conversation_id: int, message_ids: list[int]) -> list[Pending]:
    """The words the other side wrote on its request cards (a cancellation's reason, a dispute's
    description), in their detected language, to translate as a message's text is: the card's
    own row in the cache holds them (the card's stored text is never shown, its step is). A
    reason given as a code, and a step of the clock, have no words: an empty text, nothing to do."""
    def run(s: Session) -> list[Pending]:
        rows = s.execute(
            select(m.Message.id, m.OrderEvent.action, m.OrderEvent.text, m.User.language)
            .join(m.OrderEvent, m.OrderEvent.message_id == m.Message.id)
            .join(m.User, m.User.id == m.Message.sender_id)
            .where(m.Message.id.in_(message_ids), m.Message.conversation_id == conversation_id,
                   m.Message.kind == m.MessageKind.REQUEST_CARD, m.Message.sender_id != user.id))
        out = []
        for mid, action, text, language in rows:
            words = "" if action in REASON_ACTIONS and text in REASON_CODES else (text or "")
            out.append(Pending(mid, words, detect_language(words, language) if words.strip() else ""))
        return out

    return db.read(run)


def _lookup(db: Database, keys: list, tgt: str) -> dict:
    def run(s: Session) -> dict:
        rows = s.scalars(select(m.MessageTranslation).where(m.MessageTranslation.message_id.in_(keys),
                                                            m.MessageTranslation.target_lang == tgt))
        return {r.message_id: (r.text, r.pack_version) for r in rows}

    return db.read(run)


def _store(db: Database, rows: list) -> None:
    def run(s: Session) -> None:
        ids = list({r[0] for r in rows})
        stores = dict(s.execute(select(m.Message.id, m.Message.store_id).where(m.Message.id.in_(ids))).all())
        for message_id, tgt, version, text in rows:
            row = s.get(m.MessageTranslation, (message_id, tgt))
            if row is None:
                if message_id not in stores:        # removed since it was read
                    continue
                s.add(m.MessageTranslation(store_id=stores[message_id], message_id=message_id, target_lang=tgt,
                                           text=text, pack_version=version))
            elif not row.sent_by_author:
                row.text, row.pack_version = text, version

    db.write(run)


def outgoing(translator, text: str, src: str, tgt: str) -> tuple[str, str] | None:
    """(translation, pack version) of an outgoing message, or None when no pack can make it."""
    if not text.strip() or src == tgt or not translator.can_translate(src, tgt):
        return None
    try:
        return translator.translate_batch([text], src, tgt)[0], translator.pack_version(src, tgt)
    except KnownError:
        return None          # a broken pack must not stop the message: it leaves untranslated


def loose_texts(translator, texts: list[str], tgt: str, cache: DictCache) -> dict[str, tuple[str, str]]:
    """Texts that are no message (the carrier's words on a tracking event) in `tgt`: text ->
    (translation, the language it was in), one batch per language. A text already in `tgt`,
    in a language no pack translates, or whose translation is itself, is left out (shown as
    written). `cache` is the caller's (the session's): the same few carrier phrases come back
    on order after order, and each cost the engine a translation every time a page opened."""
    pending = [Pending(text, text, detect_language(text, "en")) for text in dict.fromkeys(t for t in texts if t.strip())]
    try:
        outcomes = translate_missing(translator, pending, tgt, lookup=cache.lookup, store=cache.store)
    except KnownError:
        return {}           # a broken pack: the page shows the carrier's words as written
    out: dict[str, tuple[str, str]] = {}
    for item in pending:
        made = outcomes[item.key]
        if made.translated and made.text is not None and made.text.strip() and made.text.strip() != item.text.strip():
            out[item.text] = (made.text, made.src)
    return out
