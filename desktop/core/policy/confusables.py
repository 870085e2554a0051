"""A compact, hand-built subset of the Unicode TR39 confusables: characters that look like
a Latin letter or digit, mapped to it.

NFKC already folds full-width, mathematical, circled and squared letters, so this table
only holds what NFKC leaves alone: Cyrillic and Greek look-alikes, small capitals, IPA
and other Latin variants, Armenian look-alikes and a few emoji letter forms. Upper-case
entries matter because the map runs before case folding (Greek capital Eta looks like H,
its lower case does not).
"""

from __future__ import annotations

# (look-alikes, the Latin letters they stand for), position by position.
_PAIRS = (
    # Cyrillic capitals and small letters.
    ("АВЕКМНОРСТХУЅІЈԚԜҮҺӀ", "abekmhopctxysijqwyhl"),
    ("авекмнорстхуѕіјԛԝүһӏьгпԁ", "abekmhopctxysijqwyhlbrnd"),
    # Ukrainian letters with a Latin twin ("тєлєграм").
    ("ЄєҐґ", "eerr"),
    # Greek capitals, then small letters that resemble a Latin letter.
    ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϜ", "abezhikmnoptyxf"),
    ("αβγδεζηικνορστυχωϲϳ", "abydeznikvopotuxwcj"),
    ("µ", "u"),
    # Capital lambda and delta typed for an A ("Wh@tsΛpp").
    ("Λ∆Δ", "aaa"),
    # Latin small capitals and other letter variants.
    ("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz"),
    ("ɑɡıȷłøđħƅɩǀɵɛꞵʋ", "agijlodhbiloebv"),
    # Armenian.
    ("օսոհցզ", "ounhgq"),
    # Cherokee letters that are Latin letters to the eye.
    ("ᎪᏴᏟᎠᎬᏀᎻᎥᎫᏦᏞᎷᏢᎡᏚᎢᏙᎳᏃ", "abcdeghijklmprstvwz"),
    # CJK punctuation people type for the dot of a domain ("shop。com") and the at sign.
    ("。｡﹒", "..."),
    # Middle dots people type for the dot of a domain or an address ("www ⋅ tienda ⋅ es", "luca·ferri@virgilio·it").
    ("·⋅∙・‧", "....."),
)


def _emoji_letters() -> dict[str, str]:
    """Regional indicators, negative squared and negative circled letters: emoji that read as A-Z."""
    table = {}
    for first in (0x1F1E6, 0x1F170, 0x1F150):
        for i in range(26):
            table[chr(first + i)] = chr(ord("a") + i)
    # Dingbat circled digits (negative and sans-serif) that NFKC leaves alone.
    for first in (0x2776, 0x2780, 0x278A):
        for i in range(9):
            table[chr(first + i)] = chr(ord("1") + i)
    return table


def build_table() -> dict[str, str]:
    """The look-alike map, one character to one Latin character."""
    table: dict[str, str] = {}
    for looks, latin in _PAIRS:
        assert len(looks) == len(latin), (looks, latin)
        table.update(zip(looks, latin))
    table.update(_emoji_letters())
    return table


CONFUSABLES: dict[str, str] = build_table()
