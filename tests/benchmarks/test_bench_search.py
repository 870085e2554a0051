"""Search at a busy seller's scale: `buzon demo --reset --scale 1000000` (20,000 conversations;
BUZON_BENCH_SCALE changes N), the database the command-line benchmarks use, made once.

- Query latency over a fixed mix (a common word, a rare word, a prefix, 1-, 2- and 4-character
  Chinese, a phrase, an order-number fragment, a word in one conversation), as the seller:
  p50 <= 20 ms and p95 <= 100 ms; baseline a bare `LIKE '%...%'` scan of the same messages
  (newest first, stopping at a page), floor the FTS5 query alone.
- Index size <= 1.2x the text it indexes; index build for all of it <= 2 minutes (baseline: a
  bare FTS5 unicode61 index of the same messages, built in SQL).
- A send with the index no more than 1.2x a send without it.

The mix's words are read from the database (the most frequent word, a word in a handful of
messages...), so it follows whatever the generator writes. Each run works on a copy.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from bench_helpers import median, percentile, record
from test_bench_scale_cli import SCALE, scale_database

from desktop.core import messaging, users
from desktop.core.db import Database
from desktop.core.search import build
from desktop.core.search import index as ix
from desktop.core.search import normalise as nz
from desktop.core.search.messages import search_messages
from desktop.core.search.query import match_expression, parse

N = SCALE
ROUNDS = 15
SENDS = 320
PAGE = 30
SIZE = f"{N:,} messages"


def _settle(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """A copy of the generated database, and the seller of the first store."""
    cached = scale_database()
    path = tmp_path_factory.mktemp("search") / "buzon.sqlite3"
    shutil.copyfile(cached, path)
    db = Database.open(f"sqlite:///{path}")
    seller = users.resolve(db, db.read(lambda s: s.connection().exec_driver_sql(
        "SELECT handle FROM users WHERE store_id = 1 ORDER BY id LIMIT 1").scalar()))
    yield db, path, seller
    db.close()


def _index_bytes(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
        return sum(size for name, size in rows if ix.is_index_table(name))
    finally:
        con.close()


def _text_bytes(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        messages = con.execute("SELECT sum(length(CAST(text AS BLOB))) FROM messages").fetchone()[0] or 0
        translations = con.execute("SELECT sum(length(CAST(text AS BLOB))) FROM message_translations").fetchone()[0]
        return messages, translations or 0
    finally:
        con.close()


@pytest.mark.timeout(1800, method="signal")     # the first run also makes the database (two or three minutes)
def test_index_build_and_size(benchmark, inbox):
    """Search index build and size"""
    db, path, _ = inbox
    started = time.perf_counter()
    indexed = build.rebuild(db)
    ours = time.perf_counter() - started
    _settle(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE VIRTUAL TABLE bare_fts USING fts5(text, content='', tokenize='unicode61')")
    started = time.perf_counter()
    con.execute("BEGIN")
    con.execute("INSERT INTO bare_fts(rowid, text) SELECT id, text FROM messages")
    con.execute("COMMIT")
    bare = time.perf_counter() - started
    con.execute("DROP TABLE bare_fts")
    con.close()
    benchmark.pedantic(lambda: None, rounds=1)
    print(f"\n[search] {indexed:,} rows indexed")
    record(f"Search index build, {SIZE}", ours=ours, baseline=bare, unit="s",
           baseline_name="bare FTS5 unicode61 index of the same messages, in SQL", goal="<= 120 s", met=ours <= 120,
           detail=f"{indexed:,} rows (messages, products, orders) normalised in Python and indexed in committed "
                  f"batches of {build.BATCH:,}, then merged (optimize).")
    size = _index_bytes(path)
    messages, translations = _text_bytes(path)
    text = messages + translations
    print(f"[search] index {size / 1e6:.1f} MB; text {text / 1e6:.1f} MB (messages {messages / 1e6:.1f} MB, "
          f"cached translations {translations / 1e6:.1f} MB); {size / messages:.2f}x the messages' text alone")
    record(f"Search index size, {SIZE}", ours=size / 1e6, baseline=text / 1e6, unit="MB",
           baseline_name="the text it indexes (messages and cached translations)", goal="<= 1.2x the text",
           met=size <= 1.2 * text,
           detail=f"Pages of the index's tables (dbstat); against the messages' text alone ({messages / 1e6:.1f} MB) "
                  f"it is {size / messages:.2f}x.")


def query_mix(db, path: Path) -> dict[str, str]:
    """The fixed mix, with words taken from the database so that each kind of query is real."""
    con = sqlite3.connect(path)
    try:
        con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_messages, 'col')")
        terms = con.execute("SELECT term, doc FROM temp.vocab WHERE col = 'body'").fetchall()
        latin = [(t, d) for t, d in terms if t.isascii() and t.isalpha()]
        cjk = [(t, d) for t, d in terms if len(t) == 2 and all("\u4e00" <= c <= "\u9fff" for c in t)]
        common = max((x for x in latin if len(x[0]) >= 5), key=lambda x: (x[1], x[0]))[0]
        rare = min((x for x in latin if len(x[0]) >= 6), key=lambda x: (x[1], x[0]))[0]   # in the fewest messages
        stems: dict[str, list[int]] = {}
        for t, d in latin:
            if len(t) >= 6:
                stems.setdefault(t[:4], []).append(d)
        prefix = max((s for s in stems if len(stems[s]) >= 3), key=lambda s: (sum(stems[s]), s))
        pair = max(cjk, key=lambda x: (x[1], x[0]))[0]
        firsts: dict[str, int] = {}
        for t, d in cjk:
            firsts[t[0]] = firsts.get(t[0], 0) + d
        char = max(firsts, key=lambda c: (firsts[c], c))
        texts = [r[0] for r in con.execute("SELECT text FROM messages WHERE kind = 'text' ORDER BY id DESC LIMIT 20000")]
        run = next(m.group() for t in texts for m in [re.search(r"[\u4e00-\u9fff]{5,}", t)] if m)[1:5]
        phrase = next(" ".join(w[1:4]) for t in texts if not t.isascii()
                      for w in [[u.text for u in nz.units(nz.fold(t))]] if len(w) >= 5 and all(x.isalpha() for x in w[1:4]))
        number = next(m.group() for t in texts for m in [re.search(r"(?<!\d)\d{16}(?!\d)", t)] if m)   # an order number
        conv = con.execute("SELECT conversation_id FROM messages GROUP BY conversation_id "
                           "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()
    return {"common word": common, "rare word": rare, "prefix": prefix + "*", "1 Chinese character": char,
            "2 Chinese characters": pair, "4 Chinese characters": run, "phrase": f'"{phrase}"',
            "order-number fragment": number[6:12], "one conversation": f"in:{conv} {common}"}


def _like(con, query: str) -> list:
    conv = re.match(r"in:(\d+) (.*)", query)
    text = (conv.group(2) if conv else query).strip('"').rstrip("*")
    if conv:
        return con.execute("SELECT id FROM messages WHERE conversation_id = ? AND text LIKE ? ORDER BY id DESC LIMIT ?",
                           (int(conv.group(1)), f"%{text}%", PAGE)).fetchall()
    return con.execute("SELECT id FROM messages WHERE text LIKE ? ORDER BY id DESC LIMIT ?",
                       (f"%{text}%", PAGE)).fetchall()


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def test_query_latency_over_the_mix(benchmark, inbox):
    """Search query latency over the mix"""
    db, path, seller = inbox
    if not build.check(db).ok:
        build.build(db)
    mix = query_mix(db, path)
    con = sqlite3.connect(path)
    matches = {k: match_expression(parse(q), ix.MESSAGES.primary(), ix.MESSAGES.extra(),
                                   (f"c{parse(q).conversation_id}",) if parse(q).conversation_id else ())
               for k, q in mix.items()}
    ours: dict[str, list[float]] = {k: [] for k in mix}
    floor: dict[str, list[float]] = {k: [] for k in mix}
    found = {}
    for k, q in mix.items():                                       # warm: first reads of each query's pages
        found[k] = len(search_messages(db, seller, q, limit=PAGE).hits)
        con.execute("SELECT rowid FROM search_messages WHERE search_messages MATCH ? ORDER BY rowid DESC LIMIT ?",
                    (matches[k], PAGE)).fetchall()
    for _ in range(ROUNDS):
        for k, q in mix.items():
            ours[k].append(_timed(lambda q=q: search_messages(db, seller, q, limit=PAGE)))
            floor[k].append(_timed(lambda k=k: con.execute(
                "SELECT rowid FROM search_messages WHERE search_messages MATCH ? ORDER BY rowid DESC LIMIT ?",
                (matches[k], PAGE)).fetchall()))
    baseline = {k: [_timed(lambda q=q: _like(con, q)) for _ in range(3)] for k, q in mix.items()}
    con.close()
    benchmark.pedantic(lambda: None, rounds=1)
    print(f"\n[search] the mix as {seller.handle}, {ROUNDS} rounds (ours p50 / floor p50 / LIKE p50, results on the page):")
    for k, q in mix.items():
        print(f"  {k:24} {q!r:34} {median(ours[k]):7.2f} / {median(floor[k]):6.2f} / {median(baseline[k]):8.1f} ms"
              f"  {found[k]} results")
    every = [t for v in ours.values() for t in v]
    bare = [t for v in floor.values() for t in v]
    scans = [t for v in baseline.values() for t in v]
    detail = (f"The seller of {N // 50:,} conversations, {ROUNDS} rounds of: " + "; ".join(f"{k} {q}" for k, q in mix.items())
              + f". The LIKE scan stops at a page of {PAGE} counted from the newest message: quick for a common word, "
              "every message read for a rare one.")
    record(f"Search query p50 over the mix, {SIZE}", ours=median(every), baseline=median(scans), unit="ms",
           baseline_name="LIKE '%...%' scan of the same messages", goal="<= 20 ms", met=median(every) <= 20,
           floor=median(bare), floor_name="the FTS5 query alone", detail=detail)
    record(f"Search query p95 over the mix, {SIZE}", ours=percentile(every, 95), baseline=percentile(scans, 95),
           unit="ms", baseline_name="LIKE '%...%' scan of the same messages", goal="<= 100 ms",
           met=percentile(every, 95) <= 100, floor=percentile(bare, 95), floor_name="the FTS5 query alone",
           detail="The same queries; the slowest is one very common Chinese character, a prefix of every pair it starts.")


def test_a_send_with_and_without_the_index(benchmark, inbox):
    """A send with the search index (the same sends, in turn, into a copy without it)"""
    db, path, _ = inbox
    if not build.check(db).ok:
        build.build(db)
    _settle(path)
    bare_path = path.with_name("without-index.sqlite3")
    shutil.copyfile(path, bare_path)
    bare = Database.open(f"sqlite:///{bare_path}")
    bare.write(lambda s: ix.drop_all(s.connection()))
    handle, conv = db.read(lambda s: s.connection().exec_driver_sql(
        "SELECT u.handle, c.id FROM conversations c JOIN users u ON u.id = c.buyer_id "
        "ORDER BY c.id DESC LIMIT 1").first())
    buyer = users.resolve(db, handle)
    with_index, without = [], []
    for n in range(SENDS):
        text = f"¿Me confirmáis el envío del pedido? Mensaje {n}, gracias."
        first, second = (db, bare) if n % 2 else (bare, db)       # neither database always goes first
        for target in (first, second):
            took = _timed(lambda target=target, text=text: messaging.send(target, buyer, conv, text))
            (with_index if target is db else without).append(took)
    bare.close()
    assert [h.message_id for h in search_messages(db, buyer, f"Mensaje {SENDS - 1}").hits]
    benchmark.pedantic(lambda: None, rounds=1)
    # every send waits for its own fsync on a disk other programs share: medians of many
    ours, base = median(with_index[20:]), median(without[20:])
    record(f"A send with the search index, {SIZE}", ours=ours, baseline=base, unit="ms",
           baseline_name="the same send into a copy without the index", goal="<= 1.2x", met=ours <= 1.2 * base,
           detail=f"Median of {SENDS - 20} sends each (the first 20 left out), taking turns between the database "
                  "and its copy; each send waits for its own fsync on a disk other programs share.")
