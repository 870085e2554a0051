"""The buyer's side panel facts (`buyer_profile`, `buzon buyer`): a store's orders and problems
with this buyer, the labels, the buyer's language and time zone; a buyer and another store refused."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.core import buyer_profile, demo_cases, desk, users
from desktop.core.errors import UsageError
from desktop.core.kinds import OrderStatus


def test_the_profile_lists_orders_problems_and_labels(db, wei):
    demo_cases.seed(db)
    desk.add_label(db, wei, 1, "VIP")
    p = buyer_profile.buyer_profile(db, wei, 1)
    assert (p.handle, p.language, p.time_zone) == ("lucia", "es", "Europe/Madrid")
    numbers = [o.number for o in p.orders]
    assert "8190000000000112" in numbers and "8190000000000114" in numbers
    assert all(o.number.startswith("81900000000") for o in p.orders) and p.order_count == len(p.orders)
    assert [o.created_at for o in p.orders] == sorted((o.created_at for o in p.orders), reverse=True)
    kinds = {(x.order_number, x.kind) for x in p.problems}
    assert ("8190000000000112", "cancellation") in kinds and ("8190000000000114", "dispute") in kinds
    assert "VIP" in p.labels
    assert any(o.status == OrderStatus.SHIPPED and o.tracking_number for o in p.orders)
    # Another store's orders with the same buyer are not this store's business.
    assert "8190000000000116" not in numbers
    lina = users.resolve(db, "lina")
    theirs = [buyer_profile.buyer_profile(db, lina, cid) for cid in desk.view_ids(db, lina, "all")]
    assert any("8190000000000116" in [o.number for o in x.orders] for x in theirs if x.handle == "lucia")


def test_a_buyer_or_another_store_is_refused(db, lucia, wei):
    with pytest.raises(UsageError, match="buyer"):
        buyer_profile.buyer_profile(db, lucia, 1)
    lina = users.resolve(db, "lina")
    with pytest.raises(UsageError):
        buyer_profile.buyer_profile(db, lina, 4)          # wei's conversation with James


def test_the_command(data_dir, capsys):
    assert main(["--user", "wei", "buyer", "--conversation", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["buyer"] == "lucia" and {"orders", "problems", "labels", "order_count"} <= set(out)
    assert main(["--user", "lucia", "buyer", "--conversation", "1"]) == 2
    assert "buyer" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:
        main(["--user", "wei", "buyer", "--conversation", "x"])
    assert bad.value.code == 2
