"""The skeleton: every disguise folds to the plain word, and offsets lead back to the original."""

from __future__ import annotations

import pytest

from desktop.core.policy.normalise import collapse_spaced, fold_char, original_span, skeleton


@pytest.mark.parametrize("text", [
    "WhatsApp",
    "ＷｈａｔｓＡｐｐ",                       # full-width
    "𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩",                        # mathematical bold
    "𝓦𝓱𝓪𝓽𝓼𝓐𝓹𝓹",                        # mathematical script
    "ᴡʜᴀᴛsᴀᴘᴘ",                        # small capitals
    "whаtsаpp",                        # Cyrillic а
    "ԝһаtѕарр",                        # Cyrillic look-alikes only
    "ⓦⓗⓐⓣⓢⓐⓟⓟ",                        # circled
    "🅆🄷🄰🅃🅂🄰🄿🄿",                        # squared
    "🇼🇭🇦🇹🇸🇦🇵🇵",                        # regional indicators
    "whátsäpp",                        # accents
    "wha\u0301tsapp",                  # a combining accent
])
def test_disguised_letters_fold_to_the_plain_word(text):
    assert skeleton(text)[0] == "whatsapp"


def test_greek_capitals_fold_by_their_look_not_their_lower_case():
    # Capital Eta looks like H (its lower case, η, does not); capital Nu looks like N.
    assert skeleton("ΗΕLLΟ ΝΟ")[0] == "hello no"


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e",
                                  "\u200f", "\u202e", "\u180e", "\ufe0f", "\U000e0041"])
def test_invisible_characters_are_dropped_and_offsets_skip_them(mark):
    text = f"te{mark}le{mark}gram"
    folded, offsets = skeleton(text)
    assert folded == "telegram"
    assert [text[i] for i in offsets] == list("telegram")


def test_expansions_keep_offsets_to_their_source_character():
    text = "ﬁle ß"
    folded, offsets = skeleton(text)
    assert folded == "file ss"
    assert offsets == [0, 0, 1, 2, 3, 4, 4]
    assert original_span(offsets, 0, 2, len(text)) == (0, 1)


def test_digits_of_every_script_become_ascii():
    assert skeleton("٦١٢ ६१२ ６１２ 𝟔𝟏𝟐 ❻➀②")[0] == "612 612 612 612 612"


def test_plain_ascii_is_the_identity_path():
    folded, offsets = skeleton("Hello, order 8123456789012345!")
    assert folded == "hello, order 8123456789012345!"
    assert offsets is None


def test_lone_surrogates_fold_to_a_separator():
    assert fold_char("\udcff") == "\ufffd"
    assert skeleton("a\udcffb\ud800")[0] == "a\ufffdb\ufffd"


def test_punctuation_that_expands_stays_one_separator():
    assert fold_char("…") == "."
    assert skeleton("ok…")[1] is None


@pytest.mark.parametrize("spaced, written", [
    ("j u a n @ g m a i l . c o m", "juan@gmail.com"),
    ("m_4_r_1_a___l_0_p_3_z", "m4r1a_l0p3z"),
    ("h . t . t . p . s . : . / . / . x . y", "https://xy"),
    ("w-w-w-.-s-h-o-p---x", "www.shop-x"),
])
def test_letter_spaced_runs_collapse(spaced, written):
    collapsed, back = collapse_spaced(spaced)
    assert collapsed == written
    assert "".join(spaced[i] for i in back) == written


def test_ordinary_sentences_have_nothing_to_collapse():
    assert collapse_spaced("hola, ¿tienen la talla 42 en negro? y a mí me gusta") is None
