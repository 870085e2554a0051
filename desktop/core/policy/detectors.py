"""The detectors: each finds spans of one kind in the skeleton (see `normalise`).

Terms come from the rules files; e-mail addresses, links and payment codes are shapes
(phone numbers have their own module, `phones`). Every pattern here is linear in the
text: bounded repetition only, so a 100 kB paste cannot make a search backtrack for long.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple
from collections.abc import Callable, Iterator

from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.pattern_text import fold_words
from desktop.core.policy.rules import FEATURE_WINDOW, LETTER, LEET_SYMBOLS, Rules, Term


class Hit(NamedTuple):
    """A span of the skeleton and the category it breaks."""

    category: str
    start: int
    end: int


_UNLEET = str.maketrans("013457", "oieast")


def _leet_pattern(word: str) -> str:
    """A TLD as typed with leetspeak digits: "c0m", "n3t"."""
    classes = {"o": "[o0]", "e": "[e3]", "s": "[s5]", "t": "[t7]", "a": "[a4]", "i": "[i1]", "l": "[l1]"}
    return "".join(classes.get(c, re.escape(c)) for c in word)


def alternation(words) -> str:
    """Folded words as a regex alternation, longest first."""
    # Ties in length sorted too: the source is the same in every process, as the pattern cache needs.
    folded = sorted({fold_words(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in folded)


# ---------------------------------------------------------------- terms from the rules files

_CHUNK_SEP = re.compile(r"[^\w" + re.escape("".join(LEET_SYMBOLS)) + r"]+")


def _split_allowed(span: str) -> bool:
    """For split="letters": "we chat" is two ordinary words; "w e c h a t" and "we.chat" are disguises."""
    span = span.replace("vv", "w")       # "vv" is one letter in disguise, not a word of two
    chunks = [c for c in _CHUNK_SEP.split(span) if c]
    if len(chunks) <= 1 or all(len(c) == 1 for c in chunks):
        return True
    return any(not sep.isspace() for sep in _CHUNK_SEP.findall(span))


# A comma or a question mark before another word of a phrase: "Buen trato, directo y rápido"
# is praise for the service, not "trato directo". (One letter after it can be a look-alike
# ending the phrase's last word, as the "i" of "email, i'll" standing for an "l".)
_CLAUSE_BREAK = re.compile(r"[,;!?][\W_]*[^\W\d_]{2}")


# An `unless` (a refusal, a report, a scam told) is looked for 80 characters around the term,
# or its context window if wider: "Reported a seller who asked me to pay by Zelle" spans 44.
UNLESS_WINDOW = 80


def context_ok(term: Term, s: str, start: int, end: int) -> bool:
    """Whether the words around `s[start:end]` let the term there count (its options in the rules).
    The "near" patterns consume the character before their word: they are searched on " " + s,
    where `s[i]` is at i + 1, from the character before the window."""
    lo, hi = max(0, start - term.window), min(len(s), end + term.window)
    padded = " " + s
    # What must be there first: in ordinary messages it is missing, and nothing else is looked at.
    if term.needs_context and not (
            (term.before is not None and term.before.search(s[lo:start]))
            or (term.after is not None and term.after.search(s[end:hi]))
            or (term.near is not None and term.near.search(padded, lo, hi + 1))):
        return False
    reach = max(term.window, UNLESS_WINDOW)
    if term.unless is not None and term.unless.search(padded, max(0, start - reach), min(len(s), end + reach) + 1):
        return False
    if term.feature is not None or term.feature_before is not None or term.feature_after is not None:
        wide_lo, wide_hi = max(0, start - FEATURE_WINDOW), min(len(s), end + FEATURE_WINDOW)
        featured = ((term.feature is not None and term.feature.search(padded, wide_lo, wide_hi + 1))
                    or (term.feature_before is not None and term.feature_before.search(s[wide_lo:start]))
                    or (term.feature_after is not None and term.feature_after.search(s[end:wide_hi])))
        if featured and not (term.channel is not None and term.channel.search(padded, wide_lo, wide_hi + 1)):
            return False
    return True


def candidates(pattern: re.Pattern, s: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match]:
    """Every match of `pattern` in `s[lo:hi]`, overlapping ones included: each search starts one
    character after the previous match's start, not at its end, so a candidate that turns out
    wrong ("us at ventas" in "Contact us at ventas@mi-tienda.com") never hides the real one
    that shares its characters. The caller judges each and `strongest` settles overlaps."""
    hi = len(s) if hi is None else hi
    pos = lo
    while pos < hi:
        m = pattern.search(s, pos, hi)
        if m is None:
            return
        yield m
        pos = m.start() + 1


class Candidate(NamedTuple):
    """A hit still competing with others for its characters; `rank` says how sure its shape is."""

    hit: Hit
    rank: int


def strongest(found: list[Candidate]) -> list[Hit]:
    """The candidates no stronger one overlaps, in text order: higher rank first, then the longer,
    then the earlier; whichever order the candidates were found in, the same ones win."""
    starts: list[int] = []            # the kept spans never overlap: sorted by start, so are their ends
    kept: list[Hit] = []
    for c in sorted(found, key=lambda c: (-c.rank, c.hit.start - c.hit.end, c.hit.start)):
        i = bisect.bisect_left(starts, c.hit.end)      # kept spans starting before this one ends
        if i and kept[i - 1].end > c.hit.start:
            continue                                   # the last of them reaches into it
        starts.insert(i, c.hit.start)
        kept.insert(i, c.hit)
    return kept


def find_terms(rules: Rules, s: str, context: Callable[[Term, int, int], bool] | None = None) -> Iterator[Hit]:
    """The rules' terms in `s`. `context(term, start, end)` judges a term's surroundings when
    `s` is a reading of the message rather than the message (letters spelled out, a word
    reversed), so that the words around it in the message count; by default, those in `s`."""
    regex = rules.term_regex
    padded = " " + s          # the regex consumes the non-letter before a term
    pos, n = 0, len(padded)
    while pos < n:
        m = regex.search(padded, pos)
        if m is None:
            return
        first = m.start()
        hit = _accepted(rules, s, padded, m, context)
        while hit is None and rules.term_of[m.lastgroup or ""].phrase:
            # A phrase refused here can hide a shorter term it starts with ("transferencia
            # bancaria" without its context still holds "transfer", a paying word): the same
            # place again, with the text cut before the refused phrase's end. (Not after a
            # single word: "WhatsApp" refused as a feature is no "WhatsAp" either.)
            shorter = regex.match(padded, first, m.end() - 1)
            if shorter is None:
                break
            m = shorter
            hit = _accepted(rules, s, padded, m, context)
        if hit is not None:
            yield hit
            pos = m.end() - 1
        else:
            pos = first + 1


def _accepted(rules: Rules, s: str, padded: str, m: re.Match, context) -> Hit | None:
    """The hit a match of the term regex makes, or None when its term does not count there."""
    term = rules.term_of[m.lastgroup or ""]   # every alternative ends in a marker group
    start, end = m.start(), m.end() - 1      # in `s`: the padding and the separator cancel out
    if not term.suffix and m.end() < len(padded) and _LETTER_AT.match(padded, m.end()):
        return None                          # cut short by the retry above, not a word's end
    span = s[start:end]
    # A q before a u is the letter q ("paquete", "paquet"), never a g typed as q ("teleqram").
    if "q" in span and "q" not in term.text.lower() and _Q_BEFORE_U.search(padded, m.start(), m.end() + 1):
        return None
    # A digit read as a letter at a term's edge that goes on as a number is a number: "5 W,
    # 4000 K" holds no "wa" ("w, 4" and then "000").
    if (span[-1].isdigit() and end < len(s) and s[end].isdigit()) or (span[0].isdigit() and start and s[start - 1].isdigit()):
        return None
    # All digits is a number that happens to read as a term in leetspeak ("2410": "zalo").
    if (any(c.isalpha() for c in span)
            and (term.split != "letters" or _split_allowed(span))
            and not (term.phrase and _CLAUSE_BREAK.search(span))
            and (context(term, start, end) if context is not None else context_ok(term, s, start, end))):
        return Hit(term.category, start, end)
    return None


_LETTER_AT = re.compile(f"[{LETTER}]")
_Q_BEFORE_U = re.compile("qu")


# ---------------------------------------------------------------- e-mail addresses and links

class ShapeDetector:
    """E-mail addresses, URLs and bare domains, with "at"/"arroba" and "dot"/"punto" written out."""

    def __init__(self, rules: Rules) -> None:
        cfg = rules.settings       # email.json and link.json
        at_list, dot_list = cfg.get("at_words", ["at"]), cfg.get("dot_words", ["dot"])
        dot_words = alternation(dot_list)
        tlds = sorted({fold_literal(t) for t in cfg.get("tlds", ["com"])}, key=lambda t: (-len(t), t))
        self.weak_tlds = {fold_literal(t) for t in cfg.get("weak_tlds", [])}
        self.sentence_tlds = self.weak_tlds | {fold_literal(t) for t in cfg.get("sentence_tlds", [])}
        self.allowed = tuple(fold_literal(d) for d in cfg.get("allowed_domains", []))
        # A carrier's or tracking service's site is named where a parcel is shown, never to reach
        # a seller: not a link (an address at one is still an e-mail).
        self.carriers = frozenset(fold_literal(d) for d in cfg.get("carrier_domains", []) + cfg.get("known_sites", []))
        self.providers = {fold_literal(p) for p in cfg.get("mail_providers", [])}
        self.sentence_words = {fold_literal(w) for w in cfg.get("at_sentence_words", [])}
        # Top-level domains written in another script ("точка ру"): a label too.
        spelled_tlds = {fold_literal(k): fold_literal(v) for k, v in cfg.get("spelled_tlds", {}).items()}
        self.spelled_tlds = spelled_tlds
        other_script = rf"|(?:{alternation(spelled_tlds)})(?![^\W\d_])" if spelled_tlds else ""
        label = rf"(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?{other_script})"
        # "[.]", "( . )": a dot in brackets, which no sentence has.
        spelled_dot = _spelled(dot_list) + r"|\s{0,2}[(\[{]\s?\.\s?[)\]}]\s{0,2}"
        # Up to two spaces either side of a dot ("tienda  .  com"); a TLD of three letters or
        # more may also be letter-spaced ("tienda.c o m").
        self.dot = rules.compile(rf"\s{{0,2}}\.\s{{0,2}}|{spelled_dot}")
        dot = rf"(?:\s{{0,2}}\.\s{{0,2}}|{spelled_dot})"
        tld = "(?:" + "|".join(_leet_pattern(t) for t in tlds) + "|" + "|".join(
            " ".join(_leet_pattern(c) for c in t) for t in tlds if len(t) >= 3) + other_script + ")"
        host = rf"{label}(?:{dot}{label}){{0,5}}"
        # "[@]", "(a)", "{at}": the at sign in brackets.
        bracketed_at = r"\s?[(\[{]\s?(?:@|a|at)\s?[)\]}]\s?"
        at = rf"(?:\s?@\s?|{bracketed_at}|{_spelled(at_list)})"
        self.email = rules.compile(
            rf"(?<![a-z0-9.+-])(?P<local>[a-z0-9](?:[a-z0-9._+-]{{0,62}}[a-z0-9])?)(?P<at>{at})(?P<host>{host})(?![a-z0-9])")
        self.url = rules.compile(
            rf"(?<![a-z0-9])(?:h[t7]{{2}}p[s5]?|hxxps?|ftp)\s?:\s?/\s?/\s?[^\s]{{1,300}}"
            rf"|(?<![a-z0-9])w{{3}}{dot}{host}")
        self.domain = rules.compile(
            rf"(?<![a-z0-9@.-])(?P<host>{label}(?:{dot}{label}){{0,4}})(?P<dot>{dot})(?P<tld>{tld})(?![a-z0-9])")
        self.tld = rules.compile(tld)
        # An at sign drawn as a letter in a symbol ("🅰️", "ⓐ": the skeleton reads them as "a") and
        # a dot drawn as a round symbol ("⚫", "●"): an address only in an address's whole shape, a
        # name right before the symbol and a host with a known ending after it.
        self.at_symbols = re.compile("[" + "".join(map(re.escape, cfg.get("at_symbols", []))) + "]") \
            if cfg.get("at_symbols") else None
        round_dot = "".join(re.escape(fold_literal(c)) for c in cfg.get("dot_symbols", [])) or "."
        any_dot = rf"\s{{0,2}}[{round_dot}]\s{{0,2}}|{dot}"
        self.local_before = rules.compile(r"(?<![a-z0-9.+-])[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?\s{0,2}\Z")
        self.host_after = rules.compile(rf"\s{{0,2}}{label}(?:(?:{any_dot}){label}){{1,4}}(?![a-z0-9])")
        self.any_dot = rules.compile(any_dot)
        # Cheap first looks that the engine can skip through in C; most messages stop here,
        # and the expensive patterns only run in windows around what these find.
        # Whether it matches is all that is asked of it (searched on " " + text): each
        # alternative opens with a plain character (the look before an "at" word comes after
        # it), so that the engine skips to those characters in C instead of trying every place.
        wide_at = [w for w in at_list if _wide(fold_literal(w)[:1])]
        at_alone = [f"{w}(?<![a-z]{w})(?![a-z])" for w in map(re.escape, sorted({fold_words(w) for w in at_list}))]
        self.maybe_email = rules.compile("|".join([*at_alone, *(rf"\{b}\s?a\s?[)\]}}]" for b in "([{")]
                                                  + ([alternation(wide_at)] if wide_at else [])))
        self.maybe_link = rules.compile(
            rf"\.\s{{0,2}}{tld}(?![a-z0-9])|{dot_words}|\(\.|\[\.|\{{\.|h[t7][t7]p|hxxp|ftp|www")

    def _tld(self, label: str) -> bool:
        return bool(self.tld.fullmatch(label)) or label in self.spelled_tlds

    def _labels(self, host: str) -> list[str]:
        return [p for p in self.dot.split(host) if p]

    def _url_host(self, url: str) -> list[str]:
        """The host's labels of "https://es.aliexpress.com/item/1.html" or "www.tienda.com"."""
        rest = url.split("//", 1)[1] if "//" in url else url
        host = re.split(r"[/?#:\s]", rest.lstrip(" /"), maxsplit=1)[0] if "//" in url else rest
        return self._labels(host)

    def _allowed(self, labels: list[str]) -> bool:
        """The marketplace's own domains and their subdomains, also typed in leetspeak."""
        name = ".".join(labels)
        return any(n == d or n.endswith("." + d) for n in (name, name.translate(_UNLEET)) for d in self.allowed)

    def _not_a_link(self, labels: list[str]) -> bool:
        """The marketplace's own domains or a carrier's, and their subdomains (each of the name's
        endings looked up in a set: the carriers are many, and every candidate domain asks)."""
        if self._allowed(labels):
            return True
        name = ".".join(labels)
        for n in {name, name.translate(_UNLEET)}:
            parts = n.split(".")
            if any(".".join(parts[i:]) in self.carriers for i in range(len(parts) - 1)):
                return True
        return False

    def find(self, s: str, original: str, offsets) -> Iterator[Hit]:
        if "@" in s or self.maybe_email.search(" " + s):
            yield from self._emails(s)
        if self.at_symbols is not None and not original.isascii():
            yield from self._symbol_emails(s, original, offsets)
        windows = _windows(self.maybe_link.finditer(s), before=130, after=330, length=len(s))
        if windows:
            yield from self._links(s, original, offsets, windows)

    def _symbol_emails(self, s: str, original: str, offsets) -> Iterator[Hit]:
        """Addresses whose at sign is a symbol read as "a" ("fixlab 🅰️ bk ⚫ ru", "name ⓐ gmx.es")."""
        assert self.at_symbols is not None
        for sym in self.at_symbols.finditer(original):
            i = sym.start() if offsets is None else bisect.bisect_left(offsets, sym.start())
            if i >= len(s) or s[i] != "a":
                continue
            local = self.local_before.search(s, max(0, i - 66), i)
            host = self.host_after.match(s, i + 1)
            if local is None or host is None:
                continue
            labels = [p.strip() for p in self.any_dot.split(host.group()) if p and p.strip()]
            if self._tld(labels[-1]) and not self._allowed(labels):
                yield Hit("email", local.start(), host.end())

    def _emails(self, s: str) -> list[Hit]:
        found = []
        for m in candidates(self.email, s):
            labels = self._labels(m.group("host"))
            spelled = "@" not in m.group("at")
            if spelled and ((labels and labels[0] == "www") or m.group("local") in self.sentence_words):
                continue  # "more models at www.shop.net", "visit us at tienda.com": a link, not an address
            if len(labels) >= 2 and self._tld(labels[-1]):
                if self._allowed(labels):
                    # "bought it at aliexpress.com" is a sentence, not an address; and an address
                    # at the marketplace's own domain ("service@aliexpress.com") is the
                    # marketplace's, the one its notices come from, never a way to the seller.
                    continue
            elif not (labels and labels[0] in self.providers):
                continue
            # An address with a real "@" is surer than one with the word "at" in the middle:
            # "the owner at: Owner.Shop@Outlook.com" is one address, not "owner@owner.shop".
            found.append(Candidate(Hit("email", m.start(), m.end()), 1 if spelled else 2))
        return strongest(found)

    def _links(self, s: str, original: str, offsets, windows) -> Iterator[Hit]:
        for lo, hi in windows:
            yield from self._links_in(s, original, offsets, lo, hi)

    def _links_in(self, s: str, original: str, offsets, lo: int, hi: int) -> Iterator[Hit]:
        for m in self.url.finditer(s, lo, hi):
            if not self._not_a_link(self._url_host(m.group())):
                yield Hit("link", m.start(), m.end())
        for m in candidates(self.domain, s, lo, hi):
            if not any(c.isalpha() for c in m.group("tld")):
                continue  # "03.11.2024" is a date, not a domain under ".il" typed in leetspeak
            labels = self._labels(m.group("host")) + [m.group("tld")]
            if self._not_a_link(labels) or "@" in s[max(0, m.start() - 1):m.start()]:
                continue
            weak = m.group("tld").translate(_UNLEET) in self.weak_tlds
            if (weak and not self._weak_tld_ok(m, labels, original, offsets)) or self._sentence(m, s, original, offsets):
                continue
            yield Hit("link", m.start(), m.end())

    def _sentence(self, m: re.Match, s: str, original: str, offsets) -> bool:
        """A full stop and the next word, not a domain: "Obrigado. Com certeza", "muito bom. com
        certeza", "Great . it fits", "todo bien .es perfecto". Still a domain: a dot spaced
        the way no full stop is ("tienda .com y ahorra"), and a spaced dot with nothing after
        the domain ("tienda . com")."""
        dot = m.group("dot")
        if _QUOTED_WORD.fullmatch(dot.strip()):
            return True                           # "you wrote 'dot' in the description": a word quoted
        if dot.strip() != ".":
            # "punto", "[.]": written that way on purpose; but a dot word before a short domain
            # that is also a word, and more words after it, is a sentence ("num ponto de retirada").
            # "ponto de retirada", "punto de recogida", "point de retrait": "de" after a Romance
            # dot word is the preposition when the sentence goes on, whatever word is before it.
            # (The word itself: a quote or a comma may stand before it, '… en la página, "punto de recogida"'.)
            word = dot.strip(_AROUND_WORD)
            preposition = (m.group("tld") == "de" and word in _ROMANCE_DOTS) or (m.group("tld") == "in" and word == "point")
            return (word.isalpha() and m.group("tld").translate(_UNLEET) in self.weak_tlds
                    and (preposition or bool(_SHORT_WORD.fullmatch(m.group("host"))))
                    and bool(_SENTENCE_GOES_ON.match(s, m.end())) and not _PATH_WORD.match(s, m.end()))
        space_before, space_after = dot[0].isspace(), dot[-1].isspace()
        if not (space_before or space_after):
            return False
        tld = m.group("tld").replace(" ", "").translate(_UNLEET)
        at = (lambda i: i) if offsets is None else (lambda i: offsets[i])
        if space_after and original[at(m.start("tld"))].isupper():
            name = original[at(m.start("host")):at(m.end("host") - 1) + 1]
            if any(c.islower() for c in name):
                return True                       # a capital after a full stop, unless all is in capitals
        if not _SENTENCE_GOES_ON.match(s, m.end()):
            return False
        if space_after:
            return not space_before or tld in self.sentence_tlds
        return tld in self.weak_tlds

    @staticmethod
    def _weak_tld_ok(m: re.Match, labels: list[str], original: str, offsets) -> bool:
        """"gracias.Me encanta" is a missing space, "tienda.es" is a domain: look at the original case."""
        if len(labels[-2]) < 3:
            return False
        i = m.start("tld") if offsets is None else offsets[m.start("tld")]
        return not original[i].isupper()


def _wide(text: str) -> bool:
    """Chinese, Japanese or Korean: written without spaces between words."""
    return bool(text) and text[0] >= "\u2e80"


def _spelled(words) -> str:
    """"at" or "dot" written out: a word of a spaced script between separators ("juan at gmail",
    "tienda punto com"), a Chinese one also between letters ("shop点szled点com", "lili小老鼠163")."""
    spaced = [w for w in words if not _wide(fold_literal(w))]
    wide = [w for w in words if _wide(fold_literal(w))]
    alts = [rf"[\W_]{{1,3}}(?:{alternation(spaced)})[\W_]{{1,3}}"] if spaced else []
    if wide:
        alts.append(rf"[\W_]{{0,3}}(?:{alternation(wide)})[\W_]{{0,3}}")
    return "|".join(alts) or "(?!x)x"


# A dot word in quotation marks is the word talked about, not a dot ("what does 'punto' mean").
_QUOTED_WORD = re.compile(r"""['"«“„‘](?:[^\W\d_]+)['"»”’]""")
_AROUND_WORD = " \t,;:'\"«»“”„‘’"
_SENTENCE_GOES_ON = re.compile(rf"\s{{1,3}}[{LETTER}]")
# A word before "punto"/"ponto" that is no shop's name: short, letters only ("num ponto de
# retirada", "el mismo punto de entrega"; not "modaslucia punto es").
_SHORT_WORD = re.compile(r"[a-z]{1,5}")
_ROMANCE_DOTS = frozenset({"punto", "ponto", "point"})
# A path written out after a domain ("tiendamoda punto es barra ofertas"): the domain goes on.
_PATH_WORD = re.compile(r"\s{1,3}(?:barra|slash|barre|слеш|слэш)(?![a-z])")


def _windows(anchors, before: int, after: int, length: int) -> list[tuple[int, int]]:
    """Stretches of text around each anchor, merged where they overlap: the only places
    the expensive patterns need to look."""
    windows: list[list[int]] = []
    for a in anchors:
        lo, hi = max(0, a.start() - before), min(length, a.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


# ---------------------------------------------------------------- payment codes

# Both open with a character class and check what comes before it afterwards, so the
# engine can skip ahead in C (an IBAN is found by its check digits, then its country code).
_IBAN = re.compile(
    r"\d\d(?<=[a-z][a-z]\d\d)(?<![a-z0-9][a-z][a-z]\d\d)"
    r"(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,4})?(?![a-z0-9])")
_WALLET = re.compile(
    r"[013bt](?<![a-z0-9].)(?:(?<=b)c1[a-z0-9]{25,59}|(?<=[13])[a-z0-9]{25,34}|(?<=0)x[0-9a-f]{40}"
    r"|(?<=t)[a-z0-9]{33})(?![a-z0-9])")


def _iban_valid(candidate: str) -> bool:
    """The ISO 13616 check: move the first four characters to the end, letters as numbers, mod 97 == 1."""
    code = re.sub(r"[ -]", "", candidate).upper()
    if not 15 <= len(code) <= 34:
        return False
    digits = "".join(str(int(c, 36)) for c in code[4:] + code[:4])
    return int(digits) % 97 == 1


def find_payment_codes(s: str) -> Iterator[Hit]:
    for m in _IBAN.finditer(s):
        if _iban_valid(s[m.start() - 2:m.end()]):
            yield Hit("off_platform_payment", m.start() - 2, m.end())
    for m in _WALLET.finditer(s):
        text = m.group()
        if any(c.isdigit() for c in text) and any(c.isalpha() for c in text[1:]):
            yield Hit("off_platform_payment", m.start(), m.end())
