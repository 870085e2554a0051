"""`conversations.mark_read_many` and `buzon read --conversations` (issue 17 §2: mark several
read at once): all or none, for the reader only, counted."""

from __future__ import annotations

import json

import pytest

from desktop import cli
from desktop.core import conversations, messaging
from desktop.core.errors import UsageError


def _unread(db, user) -> dict[int, int]:
    return {r.id: r.unread for r in conversations.list_conversations(db, user)}


def test_several_at_once_and_only_for_me(db, lucia, wei):
    # two conversations of wei with unread messages
    messaging.send(db, lucia, 1, "¿Hay talla M?")
    before = _unread(db, wei)
    ids = [cid for cid, n in before.items() if n]
    assert len(ids) >= 1
    buyers_before = _unread(db, lucia)
    assert conversations.mark_read_many(db, wei, ids + ids) == len(ids)       # repeated ids count once
    assert all(n == 0 for n in _unread(db, wei).values())
    assert _unread(db, lucia) == buyers_before                                 # the buyer's marks untouched
    assert conversations.mark_read_many(db, wei, ids) == 0                     # nothing left to read


def test_one_that_is_not_mine_refuses_them_all(db, lucia, wei):
    messaging.send(db, lucia, 1, "¿Hay talla M?")
    ids = [cid for cid, n in _unread(db, wei).items() if n]
    with pytest.raises(UsageError):
        conversations.mark_read_many(db, wei, ids + [999_999])
    assert [cid for cid, n in _unread(db, wei).items() if n] == ids           # nothing changed
    with pytest.raises(UsageError):
        conversations.mark_read_many(db, wei, [])


@pytest.mark.sqlite_only
def test_the_command(data_dir, capsys):
    assert cli.main(["--user", "wei", "conversations", "--json"]) == 0
    ids = [r["id"] for r in json.loads(capsys.readouterr().out)]
    assert cli.main(["--user", "wei", "read", "--conversations", ",".join(map(str, ids)), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["conversations"] == ids and isinstance(out["changed"], int)
    assert cli.main(["--user", "wei", "read", "--conversations", f"{ids[0]},99999", "--json"]) == 2
    with pytest.raises(SystemExit) as bad:
        cli.main(["--user", "wei", "read", "--conversations", "1,x"])
    assert bad.value.code == 2
