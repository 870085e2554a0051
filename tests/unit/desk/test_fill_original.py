"""A filled quick reply carries its original: the store's own text filled with the same values
(the compose box says it beside the buyer's version)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import clock, quick_replies

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


def test_the_original_is_filled_in_the_store_language(db, wei):
    quick_replies.install_defaults(db, wei)
    reply = quick_replies.get(db, wei, "photos")
    filled = quick_replies.fill_for(db, wei, "photos", 4)            # James reads English
    assert (filled.lang, filled.source_lang) == ("en", reply.source_lang) and reply.source_lang != "en"
    values = db.read(lambda s: quick_replies.values_in(s, wei, 4))
    assert filled.original == quick_replies.fill(reply.text, values, 4) and "{" not in filled.original


def test_a_reply_in_the_buyer_language_is_its_own_original(db, wei):
    quick_replies.add(db, wei, "hello", "Hello", "Hello {buyer_name|there}", lang="en")
    filled = quick_replies.fill_for(db, wei, "hello", 4)
    assert filled.text == filled.original == "Hello James"


def test_a_version_by_hand_without_the_placeholder_the_source_needs(db, wei):
    quick_replies.add(db, wei, "ship", "Ship", "我们将在{ship_by}之前发货", lang="zh")
    quick_replies.edit(db, wei, "ship", text="We will ship it soon", lang="en")
    assert db.read(lambda s: quick_replies.values_in(s, wei, 4))["ship_by"] is None    # James's order has shipped
    filled = quick_replies.fill_for(db, wei, "ship", 4)
    assert filled.text == "We will ship it soon" and filled.original == ""            # no original to show, no error
