"""Two processes on one database (a SQLite file, a PostgreSQL database): a buyer sends, the seller's process sees it and reads
it, and the read receipt flows back to the buyer's process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import demo
from desktop.core.db import Database

PEER = str(Path(__file__).with_name("e2e_peer.py"))
pytestmark = pytest.mark.e2e


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    u = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    db = Database.open(u)
    demo.ensure_demo(db)
    db.close()
    return u


def peer(url, user, *args):
    return subprocess.Popen([sys.executable, PEER, url, user, *args], stdout=subprocess.PIPE, text=True)


def test_buyer_sends_seller_sees_and_receipt_flows_back(url, tmp_path):
    seller = peer(url, "wei", "wait-text", "1", "¿Me lo enviáis hoy?", "--read")
    assert seller.stdout.readline().strip() == "ready"      # the seller's process is polling
    # The buyer uses the real CLI, as a script or a second window would.
    sent = subprocess.run([sys.executable, "-m", "desktop", "--database", url, "--data-dir", str(tmp_path),
                           "send", "--conversation", "1", "--text", "¿Me lo enviáis hoy?", "--json"],
                          capture_output=True, text=True, timeout=60)
    assert sent.returncode == 0, sent.stderr
    message_id = json.loads(sent.stdout)["message"]
    out, _ = seller.communicate(timeout=60)
    assert seller.returncode == 0
    assert json.loads(out)["message"] == message_id
    buyer = peer(url, "lucia", "wait-read", "1", str(message_id))
    out, _ = buyer.communicate(timeout=60)
    assert buyer.returncode == 0 and json.loads(out)["read"] is True
    listed = subprocess.run([sys.executable, "-m", "desktop", "--database", url, "--data-dir", str(tmp_path),
                             "messages", "--conversation", "1", "--json"], capture_output=True, text=True, timeout=60)
    mine = [m for m in json.loads(listed.stdout) if m["id"] == message_id]
    assert mine[0]["read"] is True
