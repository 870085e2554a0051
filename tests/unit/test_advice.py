"""The marketplace's advice (issue 19): refusal costs, the store's clock, waiting before a
dispute, writing tips, and the guide pages — on the demo's real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest

from desktop.cli import main
from desktop.core import advice, advice_queries, clock, guide, messaging, policy
from desktop.core.advice import Consequence, WritingTip

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_each_refused_category_names_what_it_costs():
    assert advice.consequences(["off_platform_payment"]) == (Consequence.PROTECTION,)
    assert advice.consequences(["phone", "link", "phone"]) == (Consequence.PROTECTION, Consequence.EVIDENCE)
    assert advice.consequences(["something_new"]) == ()
    for category in ("messaging_app", "email", "phone", "link", "off_platform_payment"):
        assert advice.consequences([category]), category


@pytest.mark.parametrize("utc, outside, opens_in_h", [
    (dt.datetime(2026, 12, 2, 19, 0), True, 6.0),      # 03:00 on a Thursday in Shenzhen: opens at 09:00
    (dt.datetime(2026, 12, 2, 3, 0), False, None),     # 11:00 on a Wednesday
    (dt.datetime(2026, 12, 5, 3, 0), True, 46.0),      # Saturday 11:00: opens on Monday
    (dt.datetime(2026, 12, 2, 10, 0), True, 15.0),     # 18:00 sharp: closed, opens the next morning
])
def test_store_time_knows_its_hours_and_when_it_opens(utc, outside, opens_in_h):
    found = advice.store_time(SHANGHAI, city="Shenzhen", now=utc)
    assert found.outside_hours is outside
    assert found.local.tzinfo is not None and found.local.utcoffset() == dt.timedelta(hours=8)
    assert (found.opens_in_s is None) if opens_in_h is None else found.opens_in_s == int(opens_in_h * 3600)
    assert json.loads(json.dumps(found.to_json()))["city"] == "Shenzhen"


def test_a_store_without_a_time_zone_gets_no_note():
    assert advice.zone(None, "") is None
    assert advice.zone("UTC", "") is None
    assert advice.zone("Not/AZone", "CN") == SHANGHAI          # a broken name falls back to the country
    assert advice.zone("Europe/Madrid", "CN") == ZoneInfo("Europe/Madrid")


def test_working_day_skips_the_weekend():
    friday_evening = dt.datetime(2026, 12, 4, 10, 0)              # 18:00 Friday in Shanghai
    assert advice.working_day_after(friday_evening, SHANGHAI) == dt.datetime(2026, 12, 7, 10, 0)


def test_dispute_wait_only_for_an_unanswered_recent_message():
    sent = dt.datetime(2026, 12, 2, 8, 0)
    soon, later = sent + dt.timedelta(hours=3), sent + dt.timedelta(days=2)
    assert advice.wait_before_dispute(sent, None, SHANGHAI, now=soon) == dt.datetime(2026, 12, 3, 8, 0)
    assert advice.wait_before_dispute(sent, None, SHANGHAI, now=later) is None
    assert advice.wait_before_dispute(sent, sent + dt.timedelta(hours=1), SHANGHAI, now=soon) is None
    assert advice.wait_before_dispute(None, None, SHANGHAI, now=soon) is None


@pytest.mark.parametrize("text, tip", [
    ("Hola, quería saber si el vestido de flores que tenéis en la tienda viene con forro por dentro o si es "
     "transparente porque lo quiero para una boda en verano y no sé qué ponerme debajo", WritingTip.LONG_SENTENCE),
    ("¿Es de algodón? ¿Cuándo llega? ¿Tenéis fotos reales?", WritingTip.SEVERAL_QUESTIONS),
    ("Quiero dos unidades del azul", WritingTip.NUMBER_IN_WORDS),
    ("I am 175 tall and weigh 70, which size?", WritingTip.SIZE_WITHOUT_UNIT),
])
def test_writing_tips_name_the_habit(text, tip):
    assert tip in advice.writing_tips(text)


@pytest.mark.parametrize("text", ["Hola", "", "I am 175 cm tall and weigh 70 kg, which size?",
                                  "Order 8190000000000101 arrived, thanks!", "谢谢，收到了"])
def test_plain_messages_get_no_tip(text):
    assert advice.writing_tips(text) == ()


def test_dispute_wait_on_the_demo(db, lucia):
    order = next(o for o in messaging_orders(db, lucia))
    with clock.frozen(dt.datetime(2026, 12, 2, 8, 0)):
        conversation_id, _card = messaging.contact(db, lucia, order_id=order[0])
        messaging.send(db, lucia, conversation_id, "¿Dónde está mi pedido?")
    with clock.frozen(dt.datetime(2026, 12, 2, 12, 0)):
        wait = advice_queries.dispute_wait(db, lucia, order[0])
    assert wait is not None and wait.until == dt.datetime(2026, 12, 3, 8, 0)
    with clock.frozen(dt.datetime(2026, 12, 4, 12, 0)):
        assert advice_queries.dispute_wait(db, lucia, order[0]) is None


def messaging_orders(db, user):
    from sqlalchemy import select

    from desktop.core import schema as m
    return db.read(lambda s: s.execute(select(m.Order.id, m.Order.store_id).where(m.Order.buyer_id == user.id)
                                       .order_by(m.Order.id)).all())


def test_someone_elses_order_is_refused(db, james, lucia):
    from desktop.core.errors import UsageError
    order_id = messaging_orders(db, lucia)[0][0]
    with pytest.raises(UsageError):
        advice_queries.dispute_wait(db, james, order_id)


@pytest.mark.parametrize("audience", guide.AUDIENCES)
@pytest.mark.parametrize("lang", guide.LANGUAGES)
def test_every_guide_page_has_every_section_and_no_external_resource(audience, lang):
    page = guide.page(audience, lang)
    html = page.html()
    assert [i for i, _title in page.sections()] == list(guide.SECTIONS)
    assert all(title for _i, title in page.sections())
    for link in re.findall(r'(?:href|src)="([^"]+)"', html):
        assert link.startswith("buzon:") or link.startswith("#"), link
        if link.startswith("buzon:"):
            assert link.removeprefix("buzon:") in guide.PLACES
    assert "http" not in html and "<img" not in html and "<script" not in html


def test_guide_falls_back_to_english():
    assert guide.page("buyer", "fr").lang == "en"
    assert guide.page("nobody", "zh_CN").path.name == "buyer.html"
    assert guide.audience_for("agent") == "seller"


def run_json(capsys, *argv):
    code = main(list(argv) + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_cli(data_dir, capsys):
    found = run_json(capsys, "advice", "time", "--conversation", "1")
    assert set(found) == {"time_zone", "city", "local_time", "outside_hours", "opens_in_s", "typical_reply_s"}
    assert run_json(capsys, "advice", "tips", "--text", "¿Algodón? ¿Cuándo? ¿Fotos?") == ["several_questions"]
    refused = run_json(capsys, "advice", "refusal", "--text", "escríbeme al whatsapp 612 345 678")
    assert refused["blocked"] and refused["consequences"] == ["evidence"] and not refused["looks_off_platform"]
    # A text the policy allows and cautions: which one is the model's business (a retrained model
    # moves its line), so the first of a few that is, as the chat's caution test picks it.
    candidates = ["prefiero hablarlo contigo personalmente", "prefiero tratar contigo personalmente",
                  "I prefer to chat outside", "we can continue on the other one"]
    text = next((t for t in candidates if not policy.check(t).blocked and policy.looks_off_platform(t)), None)
    assert text is not None, "none of the candidates is cautioned and allowed any more"
    caution = run_json(capsys, "advice", "refusal", "--text", text)
    assert not caution["blocked"] and caution["looks_off_platform"]
    assert run_json(capsys, "--user", "wei", "guide")["audience"] == "seller"
    assert run_json(capsys, "--lang", "es", "guide", "--for", "seller")["sections"][0]["title"] == \
        "Dónde están tus conversaciones"
    assert main(["advice", "time", "--conversation", "99999"]) == 2
    with pytest.raises(SystemExit) as exit_:
        main(["advice", "dispute", "--order", "x"])
    assert exit_.value.code == 2 and "is not an id" in capsys.readouterr().err


def test_store_time_follows_the_desk_settings_and_figures(db, lucia, wei):
    from desktop.core import desk_settings
    conversation_id, _card = messaging.contact(db, lucia, store_handle=wei.store_handle)
    desk_settings.update(db, wei, time_zone="Asia/Shanghai", hours={"wed": "10:00-12:00"})
    with clock.frozen(dt.datetime(2026, 12, 2, 7, 0)):          # Wednesday 15:00 in Shanghai: closed since 12:00
        found = advice_queries.store_time(db, lucia, conversation_id)
    assert found is not None and found.outside_hours
    assert found.opens_in_s == (7 * 24 - 5) * 3600                 # next Wednesday 10:00
    with clock.frozen(dt.datetime(2026, 12, 2, 3, 0)):          # Wednesday 11:00
        assert not advice_queries.store_time(db, lucia, conversation_id).outside_hours
    # Once the store has answered a buyer, its median first response is what a buyer is told.
    with clock.frozen(dt.datetime(2026, 12, 2, 3, 0)):
        messaging.send(db, lucia, conversation_id, "¿Tenéis la talla M?")
    with clock.frozen(dt.datetime(2026, 12, 2, 5, 0)):
        messaging.send(db, wei, conversation_id, "有的")
    with clock.frozen(dt.datetime(2026, 12, 2, 7, 0)):
        assert advice_queries.store_time(db, lucia, conversation_id).typical_reply_s is not None
