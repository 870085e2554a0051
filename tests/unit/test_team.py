"""A store's team (issue 18 §4) on both backends: assign and take, Mine / Unassigned, internal
notes only for the team, who is typing (a lease), a reply crossing a newer buyer message; and
the bad inputs (not on the team, empty note, unknown colleague, unknown view)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import clock, messaging, team, users
from desktop.core import schema as m
from desktop.core.errors import UsageError


@pytest.fixture
def ana(db, wei):
    """A second person on Shenzhen Tech's team (an agent: one of the store's sellers)."""
    def add(s):
        s.add(m.User(handle="ana", name="Ana", role=m.Role.SELLER, language="es", store_id=wei.store_id))
    db.write(add)
    return users.resolve(db, "ana")


def test_assign_take_and_the_teams_lists(db, wei, ana):
    assert team.assign(db, wei, 1, "ana") == "ana"
    assert team.conversation_ids(db, ana, "mine") == [1]
    assert 1 not in team.conversation_ids(db, wei, "unassigned")
    assert team.assign(db, wei, 1) == "wei"                      # taken back
    assert team.conversation_ids(db, ana, "mine") == [] and team.conversation_ids(db, wei, "mine") == [1]
    assert team.assignees(db, ana) == {1: "wei"}
    team.unassign(db, ana, 1)
    assert 1 in team.conversation_ids(db, wei, "unassigned") and team.assignees(db, wei) == {}


def test_notes_are_for_the_team_and_apart_from_messages(db, lucia, wei, ana):
    before = messaging.visible_ids(db, lucia, 1)
    team.add_note(db, ana, 1, "Cliente habitual: ofrecer envío urgente.")
    assert [(n.author, n.text) for n in team.notes(db, wei, 1)][-1] == ("ana", "Cliente habitual: ofrecer envío urgente.")
    assert messaging.visible_ids(db, lucia, 1) == before          # not a message
    with pytest.raises(UsageError):
        team.notes(db, lucia, 1)                                   # the buyer may not read them


def test_typing_is_a_short_lease(db, wei, ana):
    at = dt.datetime(2026, 12, 2, 12, 0, 0)
    with clock.frozen(at):
        team.typing(db, ana, 1)
        assert team.typing_now(db, wei, 1) == ["ana"] and team.typing_now(db, ana, 1) == []
    with clock.frozen(at + team.LEASE + dt.timedelta(seconds=1)):
        assert team.typing_now(db, wei, 1) == []
        team.typing(db, ana, 1)
        team.typing(db, ana, 1, stopped=True)
        assert team.typing_now(db, wei, 1) == []


def test_a_reply_crossing_a_newer_buyer_message(db, lucia, wei):
    seen = max(messaging.visible_ids(db, wei, 1))
    assert team.newer_from_buyer(db, wei, 1, seen) == []
    newer = messaging.send(db, lucia, 1, "¿Y si lo cambio por el negro?").message_id
    messaging.send(db, wei, 1, "Claro.")                         # the team's own replies do not count
    assert team.newer_from_buyer(db, wei, 1, seen) == [newer]


def test_a_reply_crossing_a_colleagues_reply(db, lucia, wei):
    """Two agents must not answer the same buyer twice: Mei's reply after the message Wei had
    seen is named; Wei's own and the buyer's are not colleagues' replies."""
    mei = users.resolve(db, "mei")
    seen = max(messaging.visible_ids(db, wei, 1))
    assert team.replies_meanwhile(db, wei, 1, seen) == []
    messaging.send(db, lucia, 1, "¿Lo mandáis hoy?")
    messaging.send(db, wei, 1, "Lo miro.")                       # one's own reply is not a colleague's
    assert team.replies_meanwhile(db, wei, 1, seen) == []
    replied = messaging.send(db, mei, 1, "Sí, sale esta tarde.").message_id
    assert team.replies_meanwhile(db, wei, 1, seen) == [team.Reply(replied, "mei")]
    assert team.replies_meanwhile(db, mei, 1, seen) == [team.Reply(replied - 1, "wei")]
    assert team.replies_meanwhile(db, wei, 1, replied) == []
    with pytest.raises(UsageError):
        team.replies_meanwhile(db, lucia, 1, seen)                # a buyer has no colleagues here
    with pytest.raises(UsageError):
        team.replies_meanwhile(db, wei, 1, 10 ** 6)               # a message from nowhere


def test_check_reply_names_a_colleagues_reply(data_dir, capsys):
    """`buzon team check-reply --json` keeps "newer" and adds "replied_meanwhile"."""
    import json

    from desktop.cli import main

    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("--user", "wei", "messages", "--conversation", "1", "--json")
    seen = max(row["id"] for row in json.loads(out))
    code, out, _ = run("--user", "wei", "team", "check-reply", "--conversation", "1", "--seen", str(seen), "--json")
    assert code == 0 and json.loads(out) == {"newer": [], "replied_meanwhile": []}
    assert run("--user", "mei", "send", "--conversation", "1", "--text", "Sale esta tarde.")[0] == 0
    code, out, _ = run("--user", "wei", "team", "check-reply", "--conversation", "1", "--seen", str(seen), "--json")
    got = json.loads(out)
    assert code == 0 and got["newer"] == [] and [r["by"] for r in got["replied_meanwhile"]] == ["mei"]
    assert got["replied_meanwhile"][0]["message"] > seen
    code, out, _ = run("--user", "wei", "team", "check-reply", "--conversation", "1", "--seen", str(seen))
    assert code == 0 and "mei replied meanwhile" in out and "send anyway?" in out


@pytest.mark.parametrize("call", [
    lambda db, u: team.assign(db, u["lucia"], 1),                 # a buyer
    lambda db, u: team.assign(db, u["wei"], 5),                   # another store's conversation
    lambda db, u: team.assign(db, u["wei"], 1, "lucia"),          # not a colleague
    lambda db, u: team.assign(db, u["wei"], 1, "nobody"),
    lambda db, u: team.add_note(db, u["wei"], 1, "   "),
    lambda db, u: team.add_note(db, u["wei"], 1, "x" * (team.MAX_NOTE + 1)),
    lambda db, u: team.conversation_ids(db, u["wei"], "everything"),
    lambda db, u: team.typing(db, u["james"], 1),
])
def test_bad_input_is_refused_and_stores_nothing(db, lucia, wei, james, call):
    before = db.read(lambda s: (s.query(m.Assignment).count(), s.query(m.InternalNote).count(),
                                s.query(m.Presence).count()))
    with pytest.raises(UsageError):
        call(db, {"lucia": lucia, "wei": wei, "james": james})
    assert db.read(lambda s: (s.query(m.Assignment).count(), s.query(m.InternalNote).count(),
                              s.query(m.Presence).count())) == before


def test_the_team_commands(data_dir, capsys):
    import json

    from desktop.cli import main

    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    assert run("--user", "wei", "team", "assign", "--conversation", "1", "--json")[1].strip() == \
        json.dumps({"conversation": 1, "assignee": "wei"})
    code, out, _ = run("--user", "wei", "team", "list", "mine", "--json")
    assert code == 0 and json.loads(out) == [{"conversation": 1, "assignee": "wei"}]
    assert run("--user", "wei", "team", "note", "--conversation", "1", "--text", "Pedir foto del embalaje")[0] == 0
    code, out, _ = run("--user", "wei", "team", "notes", "--conversation", "1", "--json")
    assert [n["text"] for n in json.loads(out)][-1] == "Pedir foto del embalaje"      # after the demo's note
    code, _, err = run("team", "notes", "--conversation", "1")             # the buyer
    assert code == 2 and "team" in err
    code, out, _ = run("--user", "wei", "team", "check-reply", "--conversation", "1", "--seen", "1", "--json")
    assert code == 0 and json.loads(out)["newer"]                          # Lucía wrote after message 1


def test_a_teammates_reply_is_named_on_the_list_row(db, lucia, wei):
    """A seller's list tells a colleague's reply from the buyer's: the row carries the
    teammate's handle; the writer's own row says it is theirs; the buyer's names no one."""
    from desktop.core import desk, inbox

    mei = users.resolve(db, "mei")
    messaging.send(db, mei, 1, "Sale mañana por envío urgente.")
    row = inbox.conversation_row(db, wei, 1)
    assert row is not None and (row.last_colleague, row.last_mine) == ("mei", False)
    assert next(r for r in inbox.conversation_page(db, wei).rows if r.id == 1).last_colleague == "mei"
    assert next(d.row for d in desk.desk_page(db, wei, "all").rows if d.row.id == 1).last_colleague == "mei"
    assert row.to_json()["last_colleague"] == "mei"
    own = inbox.conversation_row(db, mei, 1)
    assert own is not None and (own.last_colleague, own.last_mine) == ("", True)
    buyers = inbox.conversation_row(db, lucia, 1)
    assert buyers is not None and buyers.last_colleague == ""       # the store speaks as one
    messaging.send(db, lucia, 1, "¡Gracias!")
    answered = inbox.conversation_row(db, wei, 1)
    assert answered is not None and answered.last_colleague == ""   # the buyer's message again
