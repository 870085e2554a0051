"""`buzon cancel`, `buzon ship` and `buzon dispute` steps from the command line, with the
clock set by `--now`; two real processes answering one request at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.core import demo, demo_cases
from desktop.core.context import AppContext

NOW = "2026-11-20T09:00:00Z"          # the demo's base time
AWAITING_SHIPMENT = 2                 # lucia's order from yiwu-home (chen), ids as the demo makes them
DELIVERED = 5                         # lucia's order from shenzhen-tech (wei)


def run(capsys, *argv):
    from desktop.cli import main

    try:
        code = main(["--now", NOW, *argv])
    except SystemExit as exited:
        code = exited.code
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def market(data_dir):
    ctx = AppContext(data_dir=data_dir)
    demo.ensure_demo(ctx.db())
    demo_cases.add_marketplace(ctx.db())
    ctx.close()
    return data_dir


def test_cancel_request_and_decline_shipped_json(market, capsys):
    req = run_json(capsys, "cancel", "request", "--order", str(AWAITING_SHIPMENT), "--reason", "changed_mind",
                   "--text", "Me equivoqué de talla")
    assert (req["state"], req["deadline"]) == ("pending", "2026-11-22T09:00:00Z")
    assert req["history"] == [{"at": "2026-11-20T09:00:00Z", "by": "lucia", "action": "cancel_requested",
                               "amount": None, "text": "Me equivoqué de talla", "evidence": []}]
    code, _, err = run(capsys, "--user", "chen", "cancel", "decline", "--order", str(AWAITING_SHIPMENT),
                       "--reason", "already_shipped")
    assert code == 2 and "carrier and the tracking number" in err
    done = run_json(capsys, "--user", "chen", "cancel", "decline", "--order", str(AWAITING_SHIPMENT), "--reason",
                    "already_shipped", "--carrier", "Cainiao", "--tracking", "LP0042CN")
    assert (done["state"], done["deadline"], done["order_status"]) == ("declined", None, "shipped")
    code, _, err = run(capsys, "cancel", "request", "--order", str(AWAITING_SHIPMENT), "--reason", "changed_mind")
    assert code == 2 and "already shipped" in err and "open a dispute from 2026-12-20T09:00:00Z" in err


def test_cancel_auto_applied_by_show_later(market, capsys):
    run_json(capsys, "cancel", "request", "--order", str(AWAITING_SHIPMENT), "--reason", "shipping_too_long")
    from desktop.cli import main
    code = main(["--now", "2026-11-22T09:00:00Z", "--user", "chen", "cancel", "show", "--order",
                 str(AWAITING_SHIPMENT), "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert code == 0 and shown["state"] == "auto_cancelled" and shown["order_status"] == "cancelled"
    assert shown["history"][-1]["by"] == "marketplace" and shown["history"][-1]["amount"] == 35.88


def test_ship_command(market, capsys):
    row = run_json(capsys, "--user", "chen", "ship", "--order", str(AWAITING_SHIPMENT), "--carrier", "Cainiao",
                   "--tracking", "LP0042CN")
    assert (row["status"], row["tracking_number"]) == ("shipped", "LP0042CN")
    code, _, err = run(capsys, "ship", "--order", str(AWAITING_SHIPMENT), "--carrier", "x", "--tracking", "y")
    assert code == 2 and "Only the store" in err


def test_dispute_path_from_the_command_line(market, capsys):
    opened = run_json(capsys, "dispute", "open", "--order", str(DELIVERED), "--reason", "damaged", "--text", "Rota",
                      "--refund", "partial", "--amount", "20")
    assert (opened["state"], opened["deadline"], opened["asked"]) == ("open", "2026-11-25T09:00:00Z", 20.0)
    code, _, err = run(capsys, "dispute", "open", "--order", str(AWAITING_SHIPMENT), "--reason", "damaged",
                       "--text", "x", "--refund", "partial", "--amount", "-5")
    assert code == 2
    offered = run_json(capsys, "--user", "wei", "dispute", "respond", "--order", str(DELIVERED), "--action",
                       "partial", "--amount", "8", "--text", "可以退8欧元")
    assert offered["state"] == "offered" and offered["history"][-1]["amount"] == 8.0
    code, _, err = run(capsys, "dispute", "escalate", "--order", str(DELIVERED))
    assert code == 2 and "2026-11-23T09:00:00Z" in err
    from desktop.cli import main
    assert main(["--now", "2026-11-23T09:00:00Z", "dispute", "escalate", "--order", str(DELIVERED)]) == 0
    capsys.readouterr()
    decided = run_json(capsys, "--user", "marketplace", "dispute", "decide", "--order", str(DELIVERED),
                       "--decision", "full", "--text", "The pictures show the damage")
    assert (decided["state"], decided["refunded"], decided["deadline"]) == ("closed", 29.97, None)
    assert [h["action"] for h in decided["history"]] == ["dispute_opened", "partial_offered", "escalated", "decided"]


def _buzon(data_dir, *argv):
    env = dict(os.environ, BUZON_DATA_DIR=str(data_dir), BUZON_NOW=NOW, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "desktop", "--user", "chen", *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_buzon_demo_makes_an_order_in_each_state(data_dir, capsys):
    from desktop.cli import main

    assert main(["demo"]) == 0
    capsys.readouterr()
    states = {}
    for handle in ("lucia", "james"):
        for o in json.loads(run(capsys, "--user", handle, "orders", "--json")[1]):
            if "8190000000000110" <= o["number"] < "8190000000000200":
                case = json.loads(run(capsys, "--user", handle, "dispute", "show", "--order", str(o["id"]), "--json")[1])
                cancel = json.loads(run(capsys, "--user", handle, "cancel", "show", "--order", str(o["id"]),
                                        "--json")[1])
                states[o["number"]] = (o["status"], cancel and cancel["state"], case and case["state"])
    assert states == {
        "8190000000000110": ("awaiting_shipment", None, None),
        "8190000000000111": ("awaiting_shipment", "pending", None),
        "8190000000000112": ("cancelled", "accepted", None),
        "8190000000000113": ("cancelled", "auto_cancelled", None),
        "8190000000000114": ("in_dispute", None, "open"),
        "8190000000000115": ("in_dispute", None, "offered"),
        "8190000000000116": ("in_dispute", None, "returned"),
        "8190000000000117": ("in_dispute", None, "escalated"),
        "8190000000000118": ("delivered", None, "closed"),
        "8190000000000119": ("delivered", None, None),
        "8190000000000120": ("shipped", "declined", None),
        "8190000000000121": ("delivered", None, "closed"),
        "8190000000000122": ("delivered", None, "closed"),
        "8190000000000123": ("in_dispute", None, "escalated"),
    }


def test_two_processes_answering_at_once_one_wins_the_other_is_told(market, capsys):
    run_json(capsys, "cancel", "request", "--order", str(AWAITING_SHIPMENT), "--reason", "changed_mind")
    procs = [_buzon(market, "cancel", "accept", "--order", str(AWAITING_SHIPMENT), "--json"),
             _buzon(market, "cancel", "decline", "--order", str(AWAITING_SHIPMENT), "--reason", "being_prepared",
                    "--json")]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 2], results
    loser = next(err for code, _out, err in results if code == 2)
    assert "was already" in loser
    shown = run_json(capsys, "cancel", "show", "--order", str(AWAITING_SHIPMENT))
    assert len(shown["history"]) == 2          # the request and one answer, never two


def test_a_return_says_where_to_send_the_item(market, capsys):
    run_json(capsys, "dispute", "open", "--order", str(DELIVERED), "--reason", "wrong_item", "--text", "Otra talla")
    asked = run_json(capsys, "--user", "wei", "dispute", "respond", "--order", str(DELIVERED), "--action", "return")
    assert asked["state"] == "return_requested" and asked["deadline"] == "2026-11-30T09:00:00Z"
    assert asked["return_address"].splitlines() == ["Shenzhen Tech Official Store, Returns",
                                                   "3/F, Building 2, 18 Keji South Road, Nanshan District",
                                                   "Shenzhen, Guangdong 518057", "China"]
    code, out, _ = run(capsys, "dispute", "show", "--order", str(DELIVERED))
    assert code == 0 and "return address:\n  Shenzhen Tech Official Store, Returns\n" in out


def test_the_first_start_demos_open_dispute_says_its_deadline(market, capsys):
    """Order …107's dispute waits on the seller: it has the seller's deadline, 5 days after it opened."""
    shown = run_json(capsys, "dispute", "show", "--order", "7")
    assert (shown["order"], shown["state"]) == ("8190000000000107", "open")
    assert shown["deadline"] is not None and shown["asked"] == 32.99
    code, out, _ = run(capsys, "dispute", "show", "--order", "7")
    assert code == 0 and ", next deadline 20" in out.splitlines()[0]


def test_buzon_order_gives_each_tracking_event_its_code(market, capsys):
    shown = run_json(capsys, "order", "--order", "7")
    assert shown["number"] == "8190000000000107" and shown["lines"][0]["quantity"] == 1
    assert [(e["kind"], (e["detail"] or {}).get("code")) for e in shown["tracking"]] == [
        ("info", "accepted"), ("departed", "departed_sorting_centre"), ("in_transit", "attempt_failed_address"),
        ("returned_to_sender", "returned_to_sender")]
    assert shown["situation"]["kind"] == "returned_to_sender"
    code, out, _ = run(capsys, "order", "--order", "7")
    assert code == 0 and "Delivery attempt failed: address not found  [attempt_failed_address]" in out
    code, _, err = run(capsys, "--user", "wei", "order", "--order", "7")       # another store's order
    assert code == 2 and "no order 7 of yours" in err
