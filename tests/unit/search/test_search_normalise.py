"""The normaliser: one folding and one tokenisation for the index and for queries."""

from __future__ import annotations

import random

import pytest

from desktop.core.search import highlight as hl
from desktop.core.search import normalise as nz


def primary(text: str) -> list[str]:
    return nz.index_text(text).primary.split()


def extra(text: str) -> list[str]:
    return nz.index_text(text).extra.split()


@pytest.mark.parametrize("written, folded", [
    ("Envío", "envio"), ("ENVÍO", "envio"), ("envi\u0301o", "envio"),     # precomposed, upper, combining accent
    ("Ñandú", "nandu"), ("Straße", "strasse"), ("Øre", "ore"), ("ﬁnal", "final"), ("Æsir", "aesir"),
    ("ｅｎｖｉｏ", "envio"), ("ＬＰ００１２３", "lp00123"), ("①②", "12"), ("²", "2"),   # width and compatibility forms
    ("İstanbul", "istanbul"), ("Ελλάδα", "ελλαδα"), ("Привет", "привет"),
])
def test_folding_accents_case_width_compatibility(written, folded):
    assert nz.fold(written) == folded
    assert primary(written) == [folded]


def test_kana_voicing_is_part_of_the_letter():
    assert nz.fold("が") != nz.fold("か")
    assert nz.fold("ｶﾞ") == nz.fold("ガ")          # half-width katakana becomes full width


@pytest.mark.parametrize("run, tokens", [
    ("快", ["快"]),
    ("快递", ["快递", "递"]),
    ("没收到快递", ["没收", "收到", "到快", "快递", "递"]),
    ("ありがとう", ["あり", "りが", "がと", "とう", "う"]),
])
def test_chinese_and_japanese_runs_are_pairs_and_the_last_character(run, tokens):
    assert primary(run) == tokens


def test_runs_break_at_words_digits_and_punctuation():
    assert primary("我的快递, 20000毫安 ok") == ["我的", "的快", "快递", "递", "20000", "毫安", "安", "ok"]


def test_a_code_is_also_indexed_by_its_four_character_substrings():
    assert primary("Pedido 8190000000000104.") == ["pedido", "8190000000000104"]
    grams = extra("8190000000000104")
    assert grams[0] == "8190" and grams[-1] == "0104" and len(grams) == 13
    assert extra("LP00523419876523CN")[:2] == ["lp00", "p005"]
    # not codes: letters only, or shorter than 8
    assert extra("internationalisation") == [] and extra("A1234567") != [] and extra("1234567") == []


def test_hyphenated_words_are_kept_whole_with_their_parts_as_extra_tokens():
    assert primary("black T-shirt") == ["black", "t-shirt"]
    assert extra("black T-shirt") == ["t", "shirt"]
    assert primary("LP-2024-00001234") == ["lp-2024-00001234"]
    assert extra("LP-2024-00001234")[:3] == ["lp", "2024", "00001234"]
    assert "0000" in extra("LP-2024-00001234")           # a long part is a code of its own


def test_control_characters_nul_and_lone_surrogates_are_separators():
    assert primary("hola\x00mundo\udcffadiós") == ["hola", "mundo", "adios"]
    assert primary("\x00\x01 ¡¿!?… —") == []


def test_very_long_words_are_cut_the_same_way_everywhere():
    word = "a" * 500
    assert primary(word) == ["a" * nz.TOKEN_MAX]


def test_offsets_map_the_folded_text_back_to_the_original():
    text = "Straße ﬁn Ｅnvío"
    folded, offsets = nz.fold_with_offsets(text)
    assert folded == "strasse fin envio"
    assert len(offsets) == len(folded) + 1
    start = folded.index("envio")
    assert text[offsets[start]:offsets[start + 5 - 1] + 1] == "Ｅnvío"


ALPHABET = list("abcñéÉ xyzAB0123456789-_.,\"'*^:()") + ["快", "递", "退", "款", "ﬁ", "ß", "Ｅ", "\x00", "\u0301",
                                                       "\udcff", "😀", "İ", "が", "ｶ", "ﾞ", "\n"]


def test_the_highlighter_tokenises_exactly_as_the_index_does():
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        indexed = nz.index_text(text)
        placed = hl.tokenise(text)
        assert [t.text for t in placed.primary] == indexed.primary.split(), text
        assert [t.text for t in placed.extra] == indexed.extra.split(), text
        for tok in placed.primary + placed.extra:
            assert 0 <= tok.start < tok.end <= len(text)
