"""The collector's pause during a start (desktop/heap.py): it ends once the start is over,
with what the start made frozen, and never outlives `cli.main`."""

from __future__ import annotations

import gc

import pytest

from desktop import heap
from desktop.cli import main


@pytest.fixture(autouse=True)
def collector_as_it_was():
    """Each test leaves the collector of the test process as it found it."""
    enabled = gc.isenabled()
    yield
    heap.start_done()
    gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


def test_the_pause_stops_collection_until_the_start_is_done():
    gc.enable()
    heap.pause_for_start()
    assert not gc.isenabled() and heap.paused()
    heap.start_done()
    assert gc.isenabled() and not heap.paused()
    assert gc.get_freeze_count() > 0          # what the start made is out of the collector's reach


def test_start_done_ends_one_pause_once():
    gc.enable()
    heap.pause_for_start()
    heap.start_done()
    gc.disable()                              # someone else's choice, later on
    heap.start_done()
    assert not gc.isenabled()


def test_a_collector_turned_off_before_the_start_stays_off():
    gc.disable()
    heap.pause_for_start()
    heap.start_done()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_a_command_runs_with_the_collector_on_and_main_leaves_it_on(data_dir, capsys, monkeypatch):
    from desktop.commands import catalogue

    seen = []
    listing = catalogue.run_users

    def run_users(args, ctx):
        seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
        return listing(args, ctx)

    monkeypatch.setattr(catalogue, "run_users", run_users)
    gc.enable()
    assert main(["users", "--json"]) == 0
    assert seen == [(True, True)]             # the command's own work is collected as usual
    assert gc.isenabled()


@pytest.mark.parametrize("argv", [["--help"], ["users", "--no-such-option"], ["--user", "nobody", "conversations"]])
def test_main_ends_the_pause_whatever_happens(data_dir, capsys, argv):
    gc.enable()
    try:
        main(argv)
    except SystemExit:
        pass
    assert gc.isenabled() and not heap.paused()
