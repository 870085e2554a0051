"""The rule-based sentence splitter for chat messages."""

from __future__ import annotations

import pytest

from desktop.core.translation.sentences import (
    MAX_SENTENCE_CHARS, needs_short_sentences_tip, split_paragraphs, split_sentences,
)


@pytest.mark.parametrize("text, expected", [
    ("Hola. ¿Cómo estás? ¡Bien!", ["Hola.", "¿Cómo estás?", "¡Bien!"]),
    ("Hola Sr. García, gracias.", ["Hola Sr. García, gracias."]),
    ("El precio es 3.5 euros. Vale", ["El precio es 3.5 euros.", "Vale"]),
    ("你好。这件衬衫有M码吗？有的", ["你好。", "这件衬衫有M码吗？", "有的"]),
    ("Wait... what?! OK", ["Wait...", "what?!", "OK"]),
    ("Es la talla M. Gracias", ["Es la talla M. Gracias"]),
    ("Llega el 3. de mayo.", ["Llega el 3. de mayo."]),
    ('Dijo "vale." Luego nada.', ['Dijo "vale."', "Luego nada."]),
    ("Mira www.example.com ahora", ["Mira www.example.com ahora"]),
    ("  sin puntuación final  ", ["sin puntuación final"]),
    ("", []),
    ("   ", []),
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_long_sentences_are_cut_at_commas_or_spaces():
    text = "palabra, " * 200
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_a_run_without_spaces_is_cut_at_the_limit():
    pieces = split_sentences("a" * 1000)
    assert [len(p) for p in pieces] == [400, 400, 200]


def test_paragraphs_are_lines():
    assert split_paragraphs("uno\n\ndos") == ["uno", "", "dos"]


def test_short_sentences_tip():
    assert not needs_short_sentences_tip("Hola. ¿Tienen talla M? Gracias.")
    assert needs_short_sentences_tip(" ".join(["palabra"] * 30) + ".")
    assert needs_short_sentences_tip("这" * 80)
    assert not needs_short_sentences_tip("这件衬衫有M码吗？")
