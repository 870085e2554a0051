"""The marketplace's advice in the window (issue 19): the guide page and its links, what a
refusal costs, the store's clock, waiting before a dispute, writing tips."""

from __future__ import annotations

import datetime as dt

from gui_helpers import wait_idle
from PySide6.QtCore import QUrl

from desktop.core import advice
from desktop.core.advice_queries import DisputeWait
from desktop.gui.views import advice_text
from desktop.gui.views.guide_window import GuideWindow


def test_guide_for_a_buyer_has_every_section_and_opens_places(qtbot, session):
    w = GuideWindow(session)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.loaded, timeout=10_000)
    assert w.windowTitle() == "Talking with sellers"
    text = w.browser.toPlainText()
    assert "Talking with sellers" in text and "buyer protection" in text
    with qtbot.waitSignal(w.place_requested) as asked:
        w.browser.anchorClicked.emit(QUrl("buzon:orders"))
    assert asked.args == ["orders"]
    w.show_section("evidence")            # no network, no exception: only local anchors
    assert w.browser.source().isEmpty()


def test_guide_for_a_seller_is_the_sellers_page(qtbot, seller_session):
    w = GuideWindow(seller_session)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.loaded, timeout=10_000)
    assert w.windowTitle() == "Talking with buyers"
    assert "Talking with buyers" in w.browser.toPlainText()


def test_each_refusal_category_has_its_explanation(qtbot):
    for category in ("messaging_app", "email", "phone", "link", "off_platform_payment"):
        lines = [advice_text.consequence_line(c) for c in advice.consequences([category])]
        assert lines and all(lines), category
    assert "buyer protection" in advice_text.consequence_line(advice.Consequence.PROTECTION)
    assert 'href="guide:allowed"' in advice_text.why_link()


def test_after_hours_note_says_only_what_is_known(qtbot):
    night = advice.store_time(advice.zone("Asia/Shanghai"), city="Shenzhen", now=dt.datetime(2026, 12, 2, 19, 58))
    note = advice_text.store_time_note(night)
    assert "Shenzhen" in note and "outside the store's usual hours" in note and "opens in about 5 h" in note
    known = advice.store_time(advice.zone("Asia/Shanghai"), city="Shenzhen", now=dt.datetime(2026, 12, 2, 19, 58),
                              typical_reply_s=6 * 3600)
    assert "usually answers within about 6 h" in advice_text.store_time_note(known)
    day = advice.store_time(advice.zone("Asia/Shanghai"), now=dt.datetime(2026, 12, 2, 3, 0))
    assert advice_text.store_time_note(day) == ""


def test_dispute_suggestion_and_tips(qtbot):
    wait = DisputeWait(1, dt.datetime(2026, 12, 2, 8, 0), dt.datetime(2026, 12, 3, 8, 0))
    assert "working day" in advice_text.dispute_wait_text(wait, "Europe/Madrid")
    for tip in advice.WritingTip:
        assert advice_text.tip_text(tip).startswith("Tip:")


def test_ops_reach_the_core(qtbot, session):
    from desktop.gui.ops import advice as ops
    got = []
    ops.writing_tips(session, "¿Algodón? ¿Cuándo? ¿Fotos?").on_success(got.append).run()
    ops.store_time(session, 1).on_success(got.append).run()
    wait_idle(qtbot, session)
    assert got[0] == (advice.WritingTip.SEVERAL_QUESTIONS,)
    assert got[1] is not None and got[1].time_zone == "Asia/Shanghai"


def test_welcome_strip_closes_for_good_for_that_account_only(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.gui.views.welcome_strip import WelcomeStrip

    path = str(tmp_path / "window.ini")
    strip = WelcomeStrip(QSettings(path, QSettings.Format.IniFormat), "lucia", "buyer")
    qtbot.addWidget(strip)
    assert strip.wanted() and "Talking with sellers" in strip.text.text()
    with qtbot.waitSignal(strip.guide_requested):
        strip.text.linkActivated.emit("guide")
    strip.close_button.click()
    assert strip.isHidden()
    again = WelcomeStrip(QSettings(path, QSettings.Format.IniFormat), "lucia", "buyer")
    qtbot.addWidget(again)
    assert not again.wanted() and again.isHidden()
    seller = WelcomeStrip(QSettings(path, QSettings.Format.IniFormat), "wei", "seller")
    qtbot.addWidget(seller)
    assert seller.wanted() and "Talking with buyers" in seller.text.text()
