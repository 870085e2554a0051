"""The query syntax, and that nothing typed can break the FTS5 expression."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from desktop.core.search import index as ix
from desktop.core.search.query import MAX_TERMS, Query, Sender, Where, match_expression, parse


def tokens(q: Query) -> list[tuple[str, ...]]:
    return [p.tokens for t in q.terms for p in t.patterns]


def test_words_phrases_prefixes_and_exclusions():
    q = parse('envío "no ha llegado" reemb* -roto -"muy mal"')
    assert [t.text for t in q.terms] == ["envío", "no ha llegado", "reemb"]
    assert tokens(q) == [("envio",), ("no", "ha", "llegado"), ("reemb",)]
    assert [p.prefix for t in q.terms for p in t.patterns] == [False, False, True]
    assert [t.text for t in q.excluded] == ["roto", "muy mal"]


def test_filters():
    q = parse("from:me in:42 order:8190000000000104 before:2026-11-20 after:2026-01 hola")
    assert q.sender is Sender.ME and q.conversation_id == 42
    assert q.before == dt.date(2026, 11, 20) and q.after == dt.date(2026, 1, 1)
    assert [t.text for t in q.terms] == ["8190000000000104", "hola"]
    assert parse("FROM:Them").sender is Sender.THEM
    assert parse("after:2025").after == dt.date(2025, 1, 1)


@pytest.mark.parametrize("typed, words", [
    ("in:abc", ["in", "abc"]), ("from:nobody", ["from", "nobody"]), ("before:someday", ["before", "someday"]),
    ("before:2025-13-45", ["before", "2025-13-45"]), ("http://example.com", ["http", "example", "com"]),
    ("-from:me", ["from", "me"]),
])
def test_a_filter_it_cannot_use_is_read_as_text(typed, words):
    q = parse(typed)
    got = [tok for t in (q.terms or q.excluded) for p in t.patterns[:1] for tok in p.tokens]
    assert got == words and q.sender is None and q.conversation_id is None and q.before is None


def test_a_huge_conversation_id_matches_nothing_rather_than_overflowing():
    assert parse("in:99999999999999999999").conversation_id == -1
    assert parse("in:" + "9" * 5000).conversation_id == -1


def test_an_unbalanced_quote_is_text():
    q = parse('"no ha llegado')
    assert tokens(q) == [("no",), ("ha",), ("llegado",)]
    assert tokens(parse('hola "')) == [("hola",)]


def test_chinese_queries():
    assert parse("快").terms[0].patterns[0].tokens == ("快",) and parse("快").terms[0].patterns[0].prefix
    assert tokens(parse("快递")) == [("快递",)]
    assert tokens(parse("没收到快递")) == [("没收", "收到", "到快", "快递")]
    # a phrase mixing a run and words keeps the run's last character where the index has it
    assert tokens(parse('"快递 arrived"')) == [("快递", "递", "arrived")]


def test_code_fragments_look_in_the_substrings():
    q = parse("0104")
    assert [(p.tokens, p.where) for p in q.terms[0].patterns] == [(("0104",), Where.BOTH)]
    q = parse("00000104")
    assert [p.where for p in q.terms[0].patterns] == [Where.PRIMARY, Where.EXTRA]
    assert q.terms[0].patterns[1].tokens == ("0000", "0000", "0001", "0010", "0104")
    # a hyphenated code: whole, or its parts in order
    q = parse("LP-2024")
    assert [(p.tokens, p.where) for p in q.terms[0].patterns] == [(("lp-2024",), Where.PRIMARY),
                                                                  (("lp", "2024"), Where.EXTRA)]


@pytest.mark.parametrize("typed", ["", "   ", "¡¿!?…", "-", "--", "***", '""', "-hola", "from:me", "before:2025-01-01"])
def test_nothing_to_look_for_is_an_empty_query(typed):
    assert parse(typed).is_empty


def test_lengths_are_bounded():
    q = parse(" ".join(f"w{i}" for i in range(500)))
    assert len(q.terms) == MAX_TERMS
    q = parse("快" * 10_000)
    assert 0 < len(q.terms[0].patterns[0].tokens) <= 40


HOSTILE = [
    'NEAR(a b)', 'a AND b', 'a OR b', 'NOT a', 'a NOT b', '*', '^hola', 'body:hola', '{body}: x', '"a" + "b"',
    'a"b', '"', '""""', "'", "col:*", "^", ":", "(", ")", "hola)", "((((", "a:b:c", "\x00", "\x00hola\x00",
    "hola\udcff", "🙂", "\u202e\u200b", "NEAR", "AND", "OR", "NOT", "-", "-*", "*-", "快*", "*快", "-快",
    "x" * 10_000, "快" * 10_000, "8" * 10_000, "a-" * 5000, '"' * 10_001,
]


@pytest.fixture(scope="module")
def fts():
    con = sqlite3.connect(":memory:")
    cols = ", ".join(ix.MESSAGES.columns)
    con.execute(f"CREATE VIRTUAL TABLE search_messages USING fts5({cols}, content='', columnsize=0, "
                f"tokenize=\"{ix.TOKENIZE}\")")
    con.execute(f"INSERT INTO search_messages(rowid, {cols}) VALUES (1, 'hola near and', '', '', '', 'c1')")
    yield con
    con.close()


def run(fts, q: Query) -> list:
    expr = match_expression(q, ix.MESSAGES.primary(), ix.MESSAGES.extra(), ("c1", "c2"))
    assert expr is not None
    return fts.execute("SELECT rowid FROM search_messages WHERE search_messages MATCH ?", (expr,)).fetchall()


@pytest.mark.parametrize("typed", HOSTILE)
def test_fts5_syntax_typed_by_a_user_is_text(fts, typed):
    run(fts, parse(typed))            # no sqlite3.OperationalError ("fts5: syntax error"), whatever was typed


def test_operators_are_words():
    assert [t.text for t in parse("near AND hola").terms] == ["near", "AND", "hola"]


def test_fuzz_the_parser_against_a_real_fts5_table(fts):
    rng = random.Random(1414)
    alphabet = list('aA0-_"*^:(){}+. \t\n\\\'') + ["NEAR", "AND", "OR", "NOT", "快", "递", "ü", "\x00", "\udcff",
                                                   "in:", "from:", "order:", "before:", "after:", "-", "8190"]
    for _ in range(3000):
        typed = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        run(fts, parse(typed))
