"""The guide pages under Help: "Talking with sellers" for a buyer, "Talking with buyers" for a
seller, in Spanish, English and Chinese (`resources/guide/<lang>/<audience>.html`).

The pages are the project's own words, plain HTML with no external resource (they render
with no network). Each section is an `<h2 id="…">`, so a warning links to the part that
explains it (`guide.html#allowed`); links of the form `buzon:<place>` open a place of the
window (`buzon:messages`, `buzon:orders`, `buzon:settings`, `buzon:packs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.config import resources_dir

AUDIENCES = ("buyer", "seller")
LANGUAGES = ("es", "en", "zh")
# The sections every page has, in order: warnings and hints link to them by id.
SECTIONS = ("message-centre", "read", "translation", "allowed", "pictures", "delete", "cancel", "dispute", "evidence")
PLACES = ("messages", "orders", "products", "settings", "packs")

_SECTION = re.compile(r'<h2 id="([a-z-]+)">(.*?)</h2>', re.S)


@dataclass(frozen=True)
class GuidePage:
    audience: str
    lang: str
    path: Path

    def html(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def sections(self) -> list[tuple[str, str]]:
        """(id, title) of each section, in page order."""
        return [(i, re.sub(r"<[^>]+>", "", title).strip()) for i, title in _SECTION.findall(self.html())]


def audience_for(role: str) -> str:
    """Who a user is as a reader of the guide: a seller (or a store's agent) reads the sellers' page."""
    return "seller" if role in ("seller", "agent") else "buyer"


def page(audience: str, lang: str) -> GuidePage:
    """The page for `audience` in `lang` (the first two letters count), English when the
    language has none."""
    code = (lang or "en")[:2].lower()
    code = code if code in LANGUAGES else "en"
    who = audience if audience in AUDIENCES else "buyer"
    return GuidePage(who, code, resources_dir() / "guide" / code / f"{who}.html")
