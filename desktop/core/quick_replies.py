"""A store's quick replies (docs/desk.md): a code, a title, a text written once in the seller's
language and a version per buyer language, made by the offline translator or written by hand
(a version written by hand is kept when the source changes, and marked "check").

Placeholders `{name}` or `{name|fallback}` are filled per conversation (`fill`); a missing
value with no fallback is refused before anything is sent, naming the placeholder. The grammar
is flat (`parse`): every brace belongs to a placeholder, a fallback is plain text (a brace in
it, so a placeholder nested in a fallback, is refused), and a template holds no control
character but line breaks and tabs; each refusal names the character where it is. A filled
reply is sent like any message, through `outbox.deliver` (the content policy included).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core import changes, clock, conversations, desk_settings
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import KnownError, UsageError
from desktop.core.kinds import ChangeKind, OrderStatus
from desktop.core.quick_reply_defaults import DEFAULTS, title_in
from desktop.core.users import UserRecord

if TYPE_CHECKING:
    from desktop.core.translation.engine import Translator

PLACEHOLDERS = ("buyer_name", "order_number", "tracking_number", "carrier", "product", "ship_by",
                "buyer_local_time", "store")
LANGS = ("es", "en", "zh")          # the buyer languages a reply gets a version in
MAX_TEXT = 1000
MAX_TITLE = 100
SHIP_WITHIN = dt.timedelta(days=5)  # {ship_by}: an order awaiting shipment leaves within this
_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?:\|([^{}]*))?\}")
# What a template may not hold: C0 controls but line break and tab, DEL, C1 controls, and lone
# surrogates (bytes that were not UTF-8 where the text came from).
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_KNOWN = ", ".join("{" + p + "}" for p in PLACEHOLDERS)


class MissingValue(UsageError):
    """A placeholder with no value for this conversation and no fallback."""

    def __init__(self, name: str, conversation_id: int):
        super().__init__(f"{{{name}}} has no value in conversation {conversation_id} and no fallback.",
                         hint=f"Give it one: {{{name}|…}}, or write the message yourself.",
                         text_id="placeholder_no_value", args={"placeholder": "{" + name + "}",
                                                               "example": "{" + name + "|…}"})
        self.placeholder = name


@dataclass(frozen=True)
class QuickReplyRow:
    id: int
    code: str
    title: str
    source_lang: str
    text: str
    texts: dict                # lang -> text, the source's language included
    by_hand: frozenset         # languages written by hand
    check: frozenset           # versions by hand whose source changed since

    def text_in(self, lang: str) -> str | None:
        return self.texts.get(lang)

    def to_json(self) -> dict:
        return {"code": self.code, "title": self.title, "lang": self.source_lang, "texts": dict(self.texts),
                "by_hand": sorted(self.by_hand), "check": sorted(self.check)}


# --- checking and filling ------------------------------------------------------------------

@dataclass(frozen=True)
class Placeholder:
    """`{name}` (fallback None) or `{name|fallback}` in a template."""

    name: str
    fallback: str | None

    def __str__(self) -> str:
        return "{" + self.name + ("" if self.fallback is None else "|" + self.fallback) + "}"


def parse(text: str) -> list[str | Placeholder]:
    """The template as plain text and placeholders, in order; UsageError naming the character
    (counted from 1) of the first thing that is not the grammar: a control character, a brace
    that opens nothing or is never closed, a placeholder inside a fallback, an unknown name."""
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        raise UsageError(f"The text holds a control character ({bad.group(0)!a}) at character {bad.start() + 1}.",
                         hint="Remove it; line breaks and tabs are allowed.",
                         text_id="template_control_character", args={"position": bad.start() + 1})
    parts: list[str | Placeholder] = []
    at = 0
    while at < len(text):
        opening, closing = text.find("{", at), text.find("}", at)
        if closing != -1 and (opening == -1 or closing < opening):
            raise _stray("}", closing)
        if opening == -1:
            parts.append(text[at:])
            break
        if opening > at:
            parts.append(text[at:opening])
        if closing == -1:
            raise _stray("{", opening)
        inner = text.find("{", opening + 1, closing)
        if inner != -1:
            raise UsageError(f"A placeholder cannot hold another one: the {{ at character {inner + 1} is inside "
                             f"the one opened at character {opening + 1}.",
                             hint="A fallback is plain text, as in {buyer_name|amigo}.",
                             text_id="template_nested", args={"position": inner + 1, "opened": opening + 1,
                                                              "example": "{buyer_name|amigo}"})
        braced = text[opening:closing + 1]
        found = _PLACEHOLDER.fullmatch(braced)
        if found is None or found.group(1) not in PLACEHOLDERS:
            shown = braced if len(braced) <= 40 else braced[:37] + "…"
            raise UsageError(f"Unknown placeholder {shown} at character {opening + 1}.",
                             hint=f"Known: {_KNOWN}; a fallback goes after a bar: {{buyer_name|amigo}}.",
                             text_id="placeholder_unknown",
                             args={"placeholder": shown, "known": _KNOWN, "example": "{buyer_name|amigo}"})
        parts.append(Placeholder(found.group(1), found.group(2)))
        at = closing + 1
    return parts


def _stray(brace: str, index: int) -> UsageError:
    what = "opens a placeholder that is never closed" if brace == "{" else "closes no placeholder"
    return UsageError(f"The {brace} at character {index + 1} {what}.",
                      hint="Braces only write placeholders: {name} or {name|fallback}.",
                      text_id="template_brace_unmatched",
                      args={"brace": brace, "position": index + 1, "example": "{buyer_name|amigo}"})


def placeholders_in(text: str) -> list[str]:
    return [part.name for part in parse(text) if isinstance(part, Placeholder)]


def check_text(text: str, what: str = "The text") -> str:
    if not text or not text.strip():
        raise UsageError(f"{what} is empty.",
                         text_id="text_empty")
    if len(text) > MAX_TEXT:
        raise UsageError(f"{what} is {len(text)} characters long; the limit is {MAX_TEXT}.",
                         text_id="text_too_long", args={"length": len(text), "limit": MAX_TEXT})
    parse(text)
    return text


def check_code(code: str) -> str:
    if not code or not code.strip():
        raise UsageError("A quick reply needs a code.", hint="e.g. photos, delay, no-tracking",
                         text_id="quick_reply_no_code")
    if _CODE.fullmatch(code) is None:
        raise UsageError(f"{code!r} is not a code.", hint="Lower-case letters, digits, - and _, up to 32.",
                         text_id="quick_reply_code_bad", args={"code": code})
    return code


def check_title(title: str) -> str:
    if not title.strip():
        raise UsageError("A quick reply needs a title.",
                         text_id="quick_reply_no_title")
    if len(title) > MAX_TITLE:
        raise UsageError(f"The title is {len(title)} characters long; the limit is {MAX_TITLE}.",
                         text_id="title_too_long", args={"length": len(title), "limit": MAX_TITLE})
    return title.strip()


def fill(template: str, values: dict[str, str | None], conversation_id: int = 0) -> str:
    """The template with each placeholder replaced by its value, or its fallback; refused
    (MissingValue, naming the first) when one has neither. A value is put in as it is, never
    read as a template again; a template that is not the grammar (one stored before it was
    checked) is refused as `parse` refuses it."""
    out = []
    for part in parse(template):
        if isinstance(part, str):
            out.append(part)
        elif values.get(part.name):
            out.append(values[part.name] or "")
        elif part.fallback is not None:
            out.append(part.fallback)
        else:
            raise MissingValue(part.name, conversation_id)
    return "".join(out).strip()


def values_in(s: Session, user: UserRecord, conversation_id: int) -> dict[str, str | None]:
    """Each placeholder's value in one conversation (None: none), read as the seller sees it."""
    conversations.member(s, user, conversation_id)
    conv = s.get(m.Conversation, conversation_id)
    assert conv is not None
    buyer, store = conv.buyer, conv.store
    order = s.scalar(select(m.Order).where(m.Order.buyer_id == conv.buyer_id, m.Order.store_id == conv.store_id)
                     .order_by(m.Order.created_at.desc(), m.Order.id.desc()).limit(1))
    product_id = s.scalar(select(m.Message.product_id).where(m.Message.conversation_id == conversation_id,
                                                             m.Message.product_id.is_not(None))
                          .order_by(m.Message.id.desc()).limit(1))
    card = s.get(m.Product, product_id) if product_id else None
    product = card.title if card is not None else (order.items[0].title if order is not None and order.items else None)
    try:
        local = clock.now().replace(tzinfo=dt.timezone.utc).astimezone(ZoneInfo(buyer.time_zone)).strftime("%H:%M")
    except (KeyError, ValueError):
        local = None
    ship_by = None
    if order is not None and order.status == OrderStatus.AWAITING_SHIPMENT:
        ship_by = (order.created_at + SHIP_WITHIN).date().isoformat()
    return {"buyer_name": buyer.name.split()[0] if buyer.name.strip() else None,
            "order_number": order.number if order else None,
            "tracking_number": (order.tracking_number or None) if order else None,
            "carrier": (order.carrier or None) if order else None,
            "product": product, "ship_by": ship_by, "buyer_local_time": local, "store": store.name}


def buyer_language_in(s: Session, conversation_id: int) -> str:
    conv = s.get(m.Conversation, conversation_id)
    assert conv is not None
    return conv.buyer.language


# --- translating ---------------------------------------------------------------------------

def translate_template(translator: Translator | None, text: str, src: str, tgt: str) -> str | None:
    """The template in `tgt`, its placeholders kept as they are (only the words between them
    are translated); None when no pack makes the pair, or when what the translator wrote would
    not be a template (a brace or a control character of its own)."""
    if translator is None or src == tgt or not translator.can_translate(src, tgt):
        return None
    parts = parse(text)
    todo = [p for p in parts if isinstance(p, str) and p.strip()]
    try:
        done = iter(translator.translate_batch(todo, src, tgt)) if todo else iter(())
    except KnownError:
        return None
    made = "".join(str(p) if isinstance(p, Placeholder) else (next(done) if p.strip() else p) for p in parts)
    try:
        parse(made)
    except UsageError:
        return None
    return made


def _versions(translator: Translator | None, text: str, src: str) -> dict[str, str]:
    made = {}
    for lang in LANGS:
        if lang != src:
            version = translate_template(translator, text, src, lang)
            if version is not None:
                made[lang] = version
    return made


# --- reading and writing -------------------------------------------------------------------

def _row(s: Session, r: m.QuickReply) -> QuickReplyRow:
    texts = {r.source_lang: r.text}
    by_hand, check = set(), set()
    for t in s.scalars(select(m.QuickReplyText).where(m.QuickReplyText.reply_id == r.id)):
        texts[t.lang] = t.text
        if t.by_hand:
            by_hand.add(t.lang)
        if t.check:
            check.add(t.lang)
    return QuickReplyRow(r.id, r.code, r.title, r.source_lang, r.text, texts, frozenset(by_hand), frozenset(check))


def _find(s: Session, store_id: int, code: str) -> m.QuickReply:
    r = s.scalar(select(m.QuickReply).where(m.QuickReply.store_id == store_id, m.QuickReply.code == code))
    if r is None:
        raise UsageError(f"There is no quick reply {code!r}.", hint="List them with: buzon replies list",
                         text_id="quick_reply_unknown", args={"code": code})
    return r


def list_in(s: Session, store_id: int) -> list[QuickReplyRow]:
    return [_row(s, r) for r in s.scalars(select(m.QuickReply).where(m.QuickReply.store_id == store_id)
                                          .order_by(m.QuickReply.position, m.QuickReply.id))]


def list_replies(db: Database, user: UserRecord) -> list[QuickReplyRow]:
    store_id = desk_settings.store_of(user)
    return db.read(lambda s: list_in(s, store_id))


def get(db: Database, user: UserRecord, code: str) -> QuickReplyRow:
    store_id = desk_settings.store_of(user)
    return db.read(lambda s: _row(s, _find(s, store_id, code)))


def add(db: Database, user: UserRecord, code: str, title: str, text: str, *, lang: str | None = None,
        translator: Translator | None = None) -> QuickReplyRow:
    """A new quick reply in `lang` (default: the seller's), with a version per buyer language
    made by the translator where a pack allows. Checked first: a bad one stores nothing."""
    store_id = desk_settings.store_of(user)
    code, title, text = check_code(code), check_title(title), check_text(text)
    src = lang or user.language
    versions = _versions(translator, text, src)

    def run(s: Session) -> QuickReplyRow:
        if _code_taken(s, store_id, code):
            raise _exists(code)
        last = s.scalar(select(func.max(m.QuickReply.position)).where(m.QuickReply.store_id == store_id))
        r = m.QuickReply(user_id=user.id, store_id=store_id, code=code, title=title, text=text, source_lang=src,
                         position=(last or 0) + 1)
        s.add(r)
        try:
            s.flush()
        except IntegrityError as exc:     # another client added the code since the check (PostgreSQL)
            raise _exists(code) from exc
        for target, version in versions.items():
            s.add(m.QuickReplyText(reply_id=r.id, lang=target, text=version, by_hand=False, check=False))
        changes.record(s, ChangeKind.QUICK_REPLY, user_id=user.id, store_id=store_id)
        s.flush()
        return _row(s, r)

    return db.write(run)


def _code_taken(s: Session, store_id: int, code: str) -> bool:
    return s.scalar(select(m.QuickReply.id).where(m.QuickReply.store_id == store_id, m.QuickReply.code == code)) \
        is not None


def _exists(code: str) -> UsageError:
    return UsageError(f"The store has a quick reply {code!r} already.",
                      hint=f"Choose another code, or change that one with: buzon replies edit {code}",
                      text_id="quick_reply_exists", args={"code": code})


def edit(db: Database, user: UserRecord, code: str, *, title: str | None = None, text: str | None = None,
         lang: str | None = None, translator: Translator | None = None) -> QuickReplyRow:
    """Change a reply's title, its source text (`lang` unset or the source's: the versions not
    written by hand are made again, those by hand are kept and marked "check"; the same text
    again changes nothing), or write one language's version by hand (`lang` another language)."""
    store_id = desk_settings.store_of(user)
    if title is not None:
        title = check_title(title)
    if text is not None:
        check_text(text)
    current = get(db, user, code)
    if text == current.text and lang in (None, current.source_lang):
        text = None     # the same source (a title-only save): its versions stay as they are, none marked "check"
    source_edit = text is not None and lang in (None, current.source_lang)
    versions = _versions(translator, text, current.source_lang) if source_edit and text is not None else {}

    def run(s: Session) -> QuickReplyRow:
        r = _find(s, store_id, code)
        if title is not None:
            r.title = title
        if text is not None and source_edit:
            r.text = text
            for t in list(s.scalars(select(m.QuickReplyText).where(m.QuickReplyText.reply_id == r.id))):
                if t.by_hand:
                    t.check = True
                else:
                    s.delete(t)
            s.flush()
            for target, version in versions.items():
                if s.get(m.QuickReplyText, (r.id, target)) is None:
                    s.add(m.QuickReplyText(reply_id=r.id, lang=target, text=version, by_hand=False, check=False))
        elif text is not None and lang is not None:
            hand = s.get(m.QuickReplyText, (r.id, lang))
            if hand is None:
                s.add(m.QuickReplyText(reply_id=r.id, lang=lang, text=text, by_hand=True, check=False))
            else:
                hand.text, hand.by_hand, hand.check = text, True, False
        changes.record(s, ChangeKind.QUICK_REPLY, user_id=user.id, store_id=store_id)
        s.flush()
        return _row(s, r)

    return db.write(run)


def remove(db: Database, user: UserRecord, code: str) -> None:
    store_id = desk_settings.store_of(user)

    def run(s: Session) -> None:
        r = _find(s, store_id, code)
        s.execute(delete(m.QuickReplyText).where(m.QuickReplyText.reply_id == r.id))
        s.delete(r)
        changes.record(s, ChangeKind.QUICK_REPLY, user_id=user.id, store_id=store_id)

    db.write(run)


def reorder(db: Database, user: UserRecord, codes: list[str]) -> None:
    """Put these replies first, in this order (the others keep theirs, after them)."""
    store_id = desk_settings.store_of(user)

    def run(s: Session) -> None:
        chosen = [_find(s, store_id, code) for code in codes]
        rest = [r for r in s.scalars(select(m.QuickReply).where(m.QuickReply.store_id == store_id)
                                     .order_by(m.QuickReply.position, m.QuickReply.id)) if r not in chosen]
        for position, r in enumerate(chosen + rest, start=1):
            r.position = position
        changes.record(s, ChangeKind.QUICK_REPLY, user_id=user.id, store_id=store_id)

    db.write(run)


def install_defaults_in(s: Session, store_id: int, user_id: int, lang: str) -> int:
    """Add the shipped quick replies the store does not have yet (by code). Returns how many."""
    have = set(s.scalars(select(m.QuickReply.code).where(m.QuickReply.store_id == store_id)))
    last = s.scalar(select(func.max(m.QuickReply.position)).where(m.QuickReply.store_id == store_id)) or 0
    added = 0
    src = lang if lang in LANGS else "en"
    for code, (_title, texts) in DEFAULTS.items():
        if code in have:
            continue
        added += 1
        r = m.QuickReply(user_id=user_id, store_id=store_id, code=code, title=title_in(code, src), text=texts[src],
                         source_lang=src, position=last + added)
        s.add(r)
        s.flush()
        for target, text in texts.items():
            if target != src:
                s.add(m.QuickReplyText(reply_id=r.id, lang=target, text=text, by_hand=True, check=False))
    if added:
        changes.record(s, ChangeKind.QUICK_REPLY, user_id=user_id, store_id=store_id)
    return added


def install_defaults(db: Database, user: UserRecord) -> int:
    store_id = desk_settings.store_of(user)
    return db.write(lambda s: install_defaults_in(s, store_id, user.id, user.language))


# --- filling for a conversation ------------------------------------------------------------

@dataclass(frozen=True)
class Filled:
    conversation_id: int
    text: str
    lang: str
    original: str = ""         # the source text filled, in `source_lang` (the compose box shows it)
    source_lang: str = ""


def fill_in(s: Session, user: UserRecord, reply: QuickReplyRow, conversation_id: int,
            translator: Translator | None = None) -> Filled:
    """The reply in the conversation's buyer's language, filled: the stored version, else one
    the translator makes now, else the source text in its own language."""
    values = values_in(s, user, conversation_id)
    lang = buyer_language_in(s, conversation_id)
    template = reply.text_in(lang)
    if template is None:
        template = translate_template(translator, reply.text, reply.source_lang, lang)
    if template is None:
        template, lang = reply.text, reply.source_lang
    text = fill(template, values, conversation_id)
    try:
        original = text if lang == reply.source_lang else fill(reply.text, values, conversation_id)
    except MissingValue:
        original = ""               # a version by hand may do without a placeholder the source needs
    return Filled(conversation_id, text, lang, original, reply.source_lang)


def fill_for(db: Database, user: UserRecord, code: str, conversation_id: int,
             translator: Translator | None = None) -> Filled:
    reply = get(db, user, code)
    return db.read(lambda s: fill_in(s, user, reply, conversation_id, translator))
