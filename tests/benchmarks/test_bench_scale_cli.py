"""The command line on a busy seller's inbox (20,000 conversations, 1,000,000 messages, 10,000
orders, 5,000 products, made by `buzon demo --reset --scale`), each command against a bare
Python + sqlite3 program that opens the same file, runs the same query and prints the same
JSON (checked equal), both started as processes the same way; median of 5, alternating.

Goal: <= 1.5x for conversations, the largest conversation's messages, shipped orders and the
catalogue; `buzon send` <= 0.3 s on the demo. The database is built once per generator
version and scale into tests/benchmarks/.cache/ (BUZON_BENCH_SCALE sets N).
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench_helpers import median, record

from desktop.core import demo, demo_scale
from desktop.core.db import Database
from desktop.core.migrations import HEAD

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
SCALE = int(os.environ.get("BUZON_BENCH_SCALE", "1000000"))
ROUNDS = 5
SELLER = "wei"

COMMON = r"""
import json, sqlite3, sys
def iso(text):
    text = text.replace(" ", "T")
    return (text[:-7] if text.endswith(".000000") else text) + "Z"
con = sqlite3.connect(sys.argv[1])
me = con.execute("SELECT id FROM users WHERE handle = ?", (sys.argv[2],)).fetchone()[0]
NOT_DELETED = "NOT EXISTS (SELECT 1 FROM message_deletions d WHERE d.user_id = {who} AND d.message_id = {msg})"
"""

CONVERSATIONS = COMMON + r"""
counted = len(sys.argv) > 3
unread = ("(SELECT count(*) FROM messages u WHERE u.conversation_id = cm.conversation_id"
          " AND u.id > cm.last_read_message_id AND u.id > cm.cleared_before_message_id"
          " AND (u.sender_id IS NULL OR u.sender_id != cm.user_id) AND "
          + NOT_DELETED.format(who="cm.user_id", msg="u.id") + ")") if counted else "cm.unread_count"
import datetime
sql = f'''
SELECT cm.conversation_id, p.handle, p.name,
       CASE WHEN coalesce(m.text, '') = '' AND m.kind = 'product_card' THEN coalesce(cp.title, '')
            WHEN coalesce(m.text, '') = '' AND m.kind = 'order_card' THEN coalesce(co.number, '') ELSE m.text END,
       m.kind, coalesce(m.sent_at, c.created_at), {unread}, m.id,
       cm.cleared_before_message_id, cm.awaiting_since, cm.pinned, cm.archived, cm.no_response_at,
       s.id, s.handle, s.store_id
FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id JOIN users p ON p.id = c.buyer_id
LEFT JOIN messages m ON m.id = (SELECT n.id FROM messages n WHERE n.conversation_id = cm.conversation_id
    AND n.id > cm.cleared_before_message_id AND {NOT_DELETED.format(who="cm.user_id", msg="n.id")}
    ORDER BY n.id DESC LIMIT 1)
LEFT JOIN products cp ON cp.id = m.product_id LEFT JOIN orders co ON co.id = m.order_id
LEFT JOIN users s ON s.id = m.sender_id
WHERE cm.user_id = ? AND cm.hidden = 0 AND cm.archived = 0
ORDER BY cm.pinned DESC, cm.last_activity_at DESC, cm.conversation_id DESC'''
# the desk's fields (docs/desk.md): labels by name, overdue past the store's response target
labels = {}
for cid, name in con.execute("SELECT cl.conversation_id, sl.name FROM conversation_labels cl JOIN store_labels sl "
                             "ON sl.id = cl.label_id JOIN users u ON u.store_id = sl.store_id WHERE u.id = ? "
                             "ORDER BY sl.name", (me,)):
    labels.setdefault(cid, []).append(name)
# the team's field (docs/postgresql.md): the assignee's handle, for a seller
assignees = dict(con.execute("SELECT a.conversation_id, u.handle FROM assignments a JOIN users u ON u.id = a.assignee_id "
                             "WHERE EXISTS (SELECT 1 FROM users me WHERE me.id = ? AND me.role = 'seller')", (me,)))
# the last message's teammate (docs/postgresql.md): another seller of my store, for a seller
my_store = con.execute("SELECT max(store_id) FROM users WHERE id = ? AND role = 'seller'", (me,)).fetchone()[0]
target = con.execute("SELECT coalesce((SELECT response_target_minutes FROM store_settings s JOIN users u "
                     "ON u.store_id = s.store_id WHERE u.id = ?), 1440)", (me,)).fetchone()[0]
cutoff = (datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
          - datetime.timedelta(minutes=target)).isoformat(" ")
rows = [{"id": r[0], "peer": r[1], "peer_name": r[2], "last_message": r[3] or "", "last_kind": r[4] or "",
         "last_at": iso(r[5]), "unread": r[6],
         "last_colleague": r[14] if my_store is not None and r[13] is not None and r[13] != me
         and r[15] == my_store else "",
         "awaiting_since": iso(r[9]) if r[9] else None,
         "overdue": bool(r[9]) and r[9] < cutoff, "labels": labels.get(r[0], []), "pinned": bool(r[10]),
         "archived": bool(r[11]), "no_response_needed": r[12] is not None, "assignee": assignees.get(r[0])}
        for r in con.execute(sql, (me,)) if r[7] is not None or not r[8]]
sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
"""

MESSAGES = COMMON + r"""
cid = int(sys.argv[3])
read, cleared = con.execute("SELECT last_read_message_id, cleared_before_message_id FROM conversation_members "
                            "WHERE conversation_id = ? AND user_id = ?", (cid, me)).fetchone()
buyer = con.execute("SELECT buyer_id FROM conversations WHERE id = ?", (cid,)).fetchone()[0]
# the other side's read position: the buyer's for the store's team, the team's furthest for the buyer
other = con.execute("SELECT coalesce(max(last_read_message_id), 0) FROM conversation_members WHERE conversation_id = ? "
                    "AND " + ("user_id != ?" if me == buyer else "user_id = ?"),
                    (cid, me if me == buyer else buyer)).fetchone()[0]
files = {}
for mid, sha, mime, w, h, size in con.execute(
        "SELECT ma.message_id, a.sha256, a.mime, a.width, a.height, a.bytes FROM message_attachments ma "
        "JOIN attachments a ON a.id = ma.attachment_id JOIN messages m ON m.id = ma.message_id "
        "WHERE m.conversation_id = ? ORDER BY ma.position", (cid,)):
    files.setdefault(mid, []).append({"sha256": sha, "mime": mime, "width": w, "height": h, "bytes": size,
                                      "path": None})
out = []
for mid, handle, kind, text, lang, sent, sender, product, number in con.execute(
        "SELECT m.id, u.handle, m.kind, m.text, m.lang, m.sent_at, m.sender_id, m.product_id, o.number "
        "FROM messages m LEFT JOIN users u ON u.id = m.sender_id LEFT JOIN orders o ON o.id = m.order_id "
        "WHERE m.conversation_id = ? AND m.id > ? AND " + NOT_DELETED.format(who="?", msg="m.id")
        + " ORDER BY m.id", (cid, cleared, me)):
    ours = sender == me or (me != buyer and sender is not None and sender != buyer)     # our side: drawn right
    d = {"id": mid, "sender": handle or "", "kind": kind, "text": text, "lang": lang, "sent_at": iso(sent),
         "read": other >= mid if ours else read >= mid, "our_side": ours, "attachments": files.get(mid, [])}
    if product is not None:
        d["product"] = product
    if number is not None:
        d["order"] = number
    out.append(d)
sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
"""

ORDERS = COMMON + r"""
store, status = con.execute("SELECT store_id FROM users WHERE id = ?", (me,)).fetchone()[0], sys.argv[3]
items = {}
for oid, title, qty in con.execute("SELECT oi.order_id, oi.title, oi.quantity FROM order_items oi "
                                   "JOIN orders o ON o.id = oi.order_id WHERE o.store_id = ? AND o.status = ? "
                                   "ORDER BY oi.id", (store, status)):
    items.setdefault(oid, []).append((title, qty))
out = []
for oid, number, st, created, total, currency, handle, buyer, carrier, tracking in con.execute(
        "SELECT o.id, o.number, o.status, o.created_at, o.total_cents, o.currency, s.handle, b.name, o.carrier, "
        "o.tracking_number FROM orders o JOIN stores s ON s.id = o.store_id JOIN users b ON b.id = o.buyer_id "
        "WHERE o.store_id = ? AND o.status = ? ORDER BY o.created_at DESC, o.id DESC", (store, status)):
    its = items.get(oid, [])
    out.append({"id": oid, "number": number, "status": st, "created_at": iso(created), "total": total / 100,
                "currency": currency, "store": handle, "buyer": buyer, "items": sum(q for _t, q in its),
                "summary": ", ".join(t.split(",")[0] + (f" ×{q}" if q > 1 else "") for t, q in its),
                "carrier": carrier, "tracking_number": tracking})
sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
"""

PRODUCTS = COMMON + r"""
out = [{"id": pid, "title": title, "price": price / 100, "currency": currency,
        "rating": rating / 10 if reviews else None, "reviews": reviews, "sold": sold, "store": handle,
        "image": image or ""}
       for pid, title, price, currency, rating, reviews, sold, handle, image in con.execute(
           "SELECT p.id, p.title, p.price_cents, p.currency, p.rating, p.review_count, p.sold_count, s.handle, "
           "(SELECT path FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) "
           "FROM products p JOIN stores s ON s.id = p.store_id ORDER BY p.store_id, p.id")]
sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
"""

SEND = COMMON + r"""
import datetime, uuid
con.isolation_level = None
con.execute("PRAGMA synchronous = FULL")
cid, text = int(sys.argv[3]), sys.argv[4]
now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None).isoformat(" ")
con.execute("BEGIN IMMEDIATE")
store = con.execute("SELECT store_id FROM conversations WHERE id = ?", (cid,)).fetchone()[0]
mid = con.execute("INSERT INTO messages (store_id, conversation_id, sender_id, kind, text, lang, client_id, created_at, "
                  "sent_at) VALUES (?, ?, ?, 'text', ?, '', ?, ?, ?)",
                  (store, cid, me, text, uuid.uuid4().hex, now, now)).lastrowid
con.execute("UPDATE conversations SET last_message_id = ?, last_activity_at = ? WHERE id = ?", (mid, now, cid))
con.execute("UPDATE conversation_members SET hidden = 0, last_activity_at = ?, unread_count = unread_count + 1 "
            "WHERE conversation_id = ? AND user_id != ?", (now, cid, me))
con.execute("UPDATE conversation_members SET hidden = 0, last_activity_at = ?, last_read_message_id = ?, "
            "unread_count = 0 WHERE conversation_id = ? AND user_id = ?", (now, mid, cid, me))
con.execute("INSERT INTO change_log (at, kind, conversation_id, message_id, user_id, store_id) "
            "VALUES (?, 'message', ?, ?, ?, ?)", (now, cid, mid, me, store))
con.execute("COMMIT")
sys.stdout.write(json.dumps({"conversation": cid, "message": mid, "state": "sent"}) + "\n")
"""


# Only importing a command, as `buzon` does it (cli.main): the collector paused meanwhile, the
# imports frozen after (desktop/heap.py), so the figure is the share of ours it names.
IMPORTS = "from desktop import heap; heap.pause_for_start(); import desktop.cli, {}; heap.start_done()"


def scale_database() -> Path:
    """The generated database for SCALE messages, built once per generator version and schema."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"scale-{SCALE}-g{demo_scale.GENERATOR_VERSION}-r{HEAD}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for stale in CACHE.glob(partial.name + "*"):
            stale.unlink()
        db = Database.open(f"sqlite:///{partial}")
        started = time.perf_counter()
        summary = demo_scale.generate(db, SCALE, progress=lambda line: print(f"  {line}", flush=True))
        db.close()
        print(f"\n[generator] {SCALE:,} messages, {summary.conversations:,} conversations in "
              f"{time.perf_counter() - started:.0f} s, {partial.stat().st_size / 2**20:.0f} MB")
        partial.rename(path)
    return path


@pytest.fixture(scope="module")
def scaled() -> Path:
    compileall.compile_dir(REPO / "desktop", quiet=1)     # an installed Buzón has its bytecode
    return scale_database()


def timed(argv: list[str]) -> tuple[float, str]:
    (CACHE / "data").mkdir(parents=True, exist_ok=True)     # settings and attachments of the runs
    env = dict(os.environ, BUZON_DATA_DIR=str(CACHE / "data"))
    started = time.perf_counter()
    out = subprocess.run(argv, capture_output=True, text=True, timeout=600, env=env)
    elapsed = time.perf_counter() - started
    assert out.returncode == 0, out.stderr
    return elapsed, out.stdout


IMPORT_SQLALCHEMY = "import gc\ngc.disable()\nimport sqlalchemy.orm\ngc.freeze()\ngc.enable()\n"


def with_sqlalchemy(bare_argv: list[str]) -> list[str]:
    """The bare program importing SQLAlchemy's ORM first: the least any program pays whose data
    layer is SQLAlchemy, as Buzón's is (the import alone, no schema, no query through it), with
    the collector paused during the import as `buzon` pauses it (desktop/heap.py)."""
    python, flag, script, *rest = bare_argv
    return [python, flag, IMPORT_SQLALCHEMY + script, *rest]


def compare(ours_argv: list[str], bare_argv: list[str], module: str, *others: list[str]) -> dict[str, float]:
    """Median seconds of ours, the bare program, the bare program with SQLAlchemy's ORM imported
    first, of only importing the command's module (what any command pays before its first
    query: SQLAlchemy, the ORM, the schema) and of any other programs, run alternately after one
    warm-up each, having checked that ours and the bare program print the same JSON. Also
    returns ours' output as "rows"."""
    _, ours_out = timed(ours_argv)
    _, bare_out = timed(bare_argv)
    assert json.loads(ours_out) == json.loads(bare_out)
    programs = {"ours": ours_argv, "bare": bare_argv, "sqlalchemy": with_sqlalchemy(bare_argv),
                "imports": [sys.executable, "-c", IMPORTS.format(f"desktop.commands.{module}")]}
    programs.update({f"other{n}": argv for n, argv in enumerate(others)})
    for argv in others:
        assert json.loads(timed(argv)[1]) == json.loads(ours_out)
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(ROUNDS):
        for name, argv in programs.items():
            times[name].append(timed(argv)[0])
    result = {name: median(values) for name, values in times.items()}
    result["rows"] = len(json.loads(ours_out))
    return result


def buzon(path: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--database", f"sqlite:///{path}", "--user", SELLER, *argv]


def bare(script: str, path: Path, *argv: str) -> list[str]:
    return [sys.executable, "-c", script, str(path), SELLER, *argv]


def _record(name: str, t: dict[str, float], detail: str) -> None:
    record(name, ours=t["ours"] * 1000, baseline=t["bare"] * 1000, unit="ms", goal="<= 1.5x",
           baseline_name="a bare Python + sqlite3 program printing the same JSON from the same query",
           met=t["ours"] <= 1.5 * t["bare"],
           detail=f"{detail} Median of {ROUNDS} alternated process runs each; importing the command alone "
                  f"(SQLAlchemy, the ORM, the schema) took {t['imports'] * 1000:.0f} ms, and the bare program "
                  f"with SQLAlchemy's ORM imported first (the least a program on SQLAlchemy pays) "
                  f"{t['sqlalchemy'] * 1000:.0f} ms: ours is {t['ours'] / t['sqlalchemy']:.2f}x that.")


def test_conversations_json(benchmark, scaled):
    """buzon conversations --json on a million-message inbox"""
    t = compare(buzon(scaled, "conversations", "--json"), bare(CONVERSATIONS, scaled), "chat",
                bare(CONVERSATIONS, scaled, "count"))
    benchmark.pedantic(lambda: None, rounds=1)
    _record(f"buzon conversations --json ({t['rows']:,.0f} conversations, {SCALE:,} messages)", t,
            f"The bare program reads the stored unread counters, as ours does; counting them from the "
            f"messages instead (the issue's baseline) took {t['other0'] * 1000:.0f} ms.")


def test_messages_json_of_the_largest_conversation(benchmark, scaled):
    """buzon messages --json of the largest conversation"""
    con = __import__("sqlite3").connect(scaled)
    cid, size = con.execute("SELECT conversation_id, count(*) FROM messages GROUP BY conversation_id "
                            "ORDER BY count(*) DESC LIMIT 1").fetchone()
    con.close()
    t = compare(buzon(scaled, "messages", "--conversation", str(cid), "--json"), bare(MESSAGES, scaled, str(cid)),
                "chat")
    benchmark.pedantic(lambda: None, rounds=1)
    _record(f"buzon messages --json, the largest conversation ({size:,} messages)", t,
            "Read state and side (ours or theirs), cards and attachments included in both.")


def test_orders_shipped_json(benchmark, scaled):
    """buzon orders --status shipped --json of a store with 10,000 orders"""
    t = compare(buzon(scaled, "orders", "--status", "shipped", "--json"), bare(ORDERS, scaled, "shipped"),
                "catalogue")
    benchmark.pedantic(lambda: None, rounds=1)
    _record(f"buzon orders --status shipped --json ({t['rows']:,.0f} of {SCALE // 100:,} orders)", t,
            "The seller's view: items summed and summarised, as the table shows them.")


def test_products_json(benchmark, scaled):
    """buzon products --json of a 5,000-product catalogue"""
    t = compare(buzon(scaled, "products", "--json"), bare(PRODUCTS, scaled), "catalogue")
    benchmark.pedantic(lambda: None, rounds=1)
    _record(f"buzon products --json ({t['rows']:,.0f} products)", t, "Each product with its store and first picture.")


def test_send_on_the_demo(benchmark, tmp_path):
    """buzon send on the demo: a Chinese question (its writing system tells its language) and a
    Spanish one (the language detector's classifier decides: NumPy and the model are loaded)"""
    compileall.compile_dir(REPO / "desktop", quiet=1)
    path = tmp_path / "buzon.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.ensure_demo(db)
    db.close()
    imports_argv = [sys.executable, "-c", IMPORTS.format("desktop.commands.chat, desktop.core.outbox")]
    ours, spanish, baseline, imports, sqlalchemy = [], [], [], [], []
    for n in range(ROUNDS + 1):
        took_ours, out = timed(buzon(path, "send", "--conversation", "1", "--text", f"快递到了吗？ {n}", "--json"))
        took_spanish, out_es = timed(buzon(path, "send", "--conversation", "1", "--text",
                                           f"¿Cuándo llega mi pedido a Madrid? {n}", "--json"))
        took_bare, _ = timed(bare(SEND, path, "1", f"快递到了吗？ bare {n}"))
        took_imports, _ = timed(imports_argv)
        took_sqlalchemy, _ = timed(with_sqlalchemy(bare(SEND, path, "1", f"快递到了吗？ floor {n}")))
        assert json.loads(out)["state"] == json.loads(out_es)["state"] == "sent"
        if n:                                    # the first round warms the file cache
            ours.append(took_ours)
            spanish.append(took_spanish)
            baseline.append(took_bare)
            imports.append(took_imports)
            sqlalchemy.append(took_sqlalchemy)
    benchmark.pedantic(lambda: None, rounds=1)
    baseline_name = "a bare Python + sqlite3 program storing the same message in one transaction"
    record("buzon send on the demo", ours=median(ours) * 1000, baseline=median(baseline) * 1000,
           baseline_name=baseline_name, unit="ms", goal="<= 300 ms", met=median(ours) <= 0.3,
           detail=f"Median of {ROUNDS} alternated process runs each; importing the command and the outbox alone "
                  f"took {median(imports) * 1000:.0f} ms (the content policy's load comes after it; the message "
                  "is Chinese, whose writing system tells its language without the classifier); the bare program "
                  f"with SQLAlchemy's ORM imported first (the least a program on SQLAlchemy pays) took "
                  f"{median(sqlalchemy) * 1000:.0f} ms: ours is {median(ours) / median(sqlalchemy):.2f}x that.")
    record("buzon send on the demo, a Spanish sentence", ours=median(spanish) * 1000,
           baseline=median(baseline) * 1000, baseline_name=baseline_name, unit="ms", goal="<= 300 ms",
           met=median(spanish) <= 0.3,
           detail=f"Median of {ROUNDS} alternated process runs each, in the same rounds as the Chinese one; its "
                  "language needs the detector's classifier (NumPy imported, the kept model mapped).")


def test_bare_inbox_window_paints_the_first_screen(benchmark, scaled):
    """The window figure's baseline (the window benchmark comes with the GUI's paging): it runs,
    paints the first screen of rows and says when."""
    script = Path(__file__).resolve().parent / "bare_inbox.py"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUZON_EXIT_AFTER_PAINT="1")
    times = []
    for _ in range(3):
        started = time.time()
        out = subprocess.run([sys.executable, str(script), str(scaled), SELLER], capture_output=True, text=True,
                             timeout=120, env=env)
        assert out.returncode == 0, out.stderr
        stamp = next(line for line in out.stdout.splitlines() if line.startswith("buzon-first-paint"))
        times.append((float(stamp.split()[1]) - started) * 1000)
        assert int(next(line for line in out.stdout.splitlines() if line.startswith("rows")).split()[1]) > 10
    benchmark.pedantic(lambda: None, rounds=1)
    print(f"\n[bare inbox window] first paint with its first screen of rows: {median(times):.0f} ms")
