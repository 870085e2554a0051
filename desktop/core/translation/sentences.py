"""Sentence splitting for chat messages, without models or downloads.

Machine translation works sentence by sentence; argos uses a downloaded splitter (and
hangs without network). Chat messages are short and informal, so rules do: a sentence
ends at `. ! ? …` followed by a space and not after a known abbreviation or a single
initial, at the Chinese/Japanese full stops `。！？` with or without a space, and a
sentence too long for the model is cut at a comma or a space.
"""

from __future__ import annotations

import re

# Past this a sentence is cut: translation models are trained on sentences of a few
# dozen words and degrade (or truncate at 1024 tokens) beyond.
MAX_SENTENCE_CHARS = 400

_ABBREVIATIONS = frozenset(
    """
    sr sra srta dr dra lic ing ud uds etc pág pag núm num art tel aprox av avda
    mr mrs ms st no vs approx dept est inc ltd co jr sr e.g i.e p.ej
    mme mlle m cf env ca
    z.b bzw usw ggf nr str
    sig sigg
    """.split()
)

# A candidate end: terminal punctuation (with closing quotes/brackets) and the space
# after it, or a CJK terminal mark with optional space.
_END = re.compile(r"""([.!?…]+['"”’»)\]]*)(\s+)|([。！？]+['"”’」』)\]]*)(\s*)""")
_CUT = re.compile(r"[,;:，、；]\s+|\s+")


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, stripped, none empty, none longer than
    MAX_SENTENCE_CHARS."""
    sentences: list[str] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end(1) if match.group(1) else match.end(3)
        if match.group(1) and _is_abbreviation(text, start, match.start(1), match.group(1), match.end()):
            continue
        if end >= len(text.rstrip()):
            break
        sentences.append(text[start:end])
        start = match.end()
    sentences.append(text[start:])
    result = []
    for sentence in sentences:
        sentence = sentence.strip()
        if sentence:
            result.extend(_cut_long(sentence))
    return result


def _is_abbreviation(text: str, start: int, dot: int, punct: str, after: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation, an initial or an ordinal
    ("3. Mai"), not a sentence."""
    if punct != ".":
        return False
    word = text[start:dot].rsplit(None, 1)[-1] if text[start:dot].strip() else ""
    word = word.lstrip("(\"'¿¡«").lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    if word.isdigit() and after < len(text) and text[after].islower():
        return True
    # "J. García", "p. ej.": a single letter followed by a full stop.
    return len(word) == 1 and word.isalpha()


def _cut_long(sentence: str) -> list[str]:
    """Split a sentence longer than MAX_SENTENCE_CHARS at the last comma or space that
    keeps each piece under the limit (at the limit itself when there is none)."""
    pieces = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        window = sentence[: MAX_SENTENCE_CHARS + 1]
        cut = None
        for m in _CUT.finditer(window):
            if m.start() > MAX_SENTENCE_CHARS // 4:
                cut = m
        if cut is not None:
            # Keep the comma with the first piece; drop the space.
            head, sentence = sentence[: cut.start() + 1], sentence[cut.end():]
        else:
            head, sentence = sentence[:MAX_SENTENCE_CHARS], sentence[MAX_SENTENCE_CHARS:]
        head = head.strip()
        if head:
            pieces.append(head)
        sentence = sentence.strip()
    if sentence:
        pieces.append(sentence)
    return pieces


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs as argos splits them: on every line break."""
    return text.split("\n")


# Past this many words a sentence gets the "write short sentences" tip: machine
# translation is noticeably worse on long sentences.
LONG_SENTENCE_WORDS = 25


def needs_short_sentences_tip(text: str, *, max_words: int = LONG_SENTENCE_WORDS) -> bool:
    """True when a message has a sentence long enough to translate badly."""
    for paragraph in split_paragraphs(text):
        for sentence in split_sentences(paragraph):
            words = len(sentence.split())
            # Chinese and Japanese have no spaces: count about two characters a word.
            if words <= 1 and len(sentence) > 2 * max_words:
                return True
            if words > max_words:
                return True
    return False
