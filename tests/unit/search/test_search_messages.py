"""Searching the demo's messages: languages, codes, translations, filters, paging, and who sees what."""

from __future__ import annotations

import pytest

from desktop.core import conversations, messaging, users
from desktop.core import schema as m
from desktop.core.errors import UsageError
from desktop.core.search.catalog import search_orders, search_products
from desktop.core.search.messages import conversation_matches, search_messages
from desktop.core.search.results import Matched

from test_search_query import HOSTILE


def ids(db, user, query, **kw) -> list[int]:
    return [h.message_id for h in search_messages(db, user, query, limit=100, **kw).hits]


def user(db, handle):
    return users.resolve(db, handle)


def test_spanish_words_in_any_case_accent_or_width(db, lucia):
    assert ids(db, lucia, "enviado") == [10]
    assert ids(db, lucia, "ENVIADO") == ids(db, lucia, "ｅｎｖｉａｄｏ") == [10]
    assert ids(db, lucia, "replica") == ids(db, lucia, "RÉPLICA") == [3]
    assert ids(db, lucia, "informacion seguimiento") == [10]
    assert ids(db, lucia, "informacion gracias") == []          # every word must match


def test_chinese_one_two_and_more_characters(db, lucia, wei):
    assert ids(db, lucia, "您") == [8, 5, 4]
    assert ids(db, lucia, "海关") == [8]
    assert ids(db, lucia, "三到五天") == [11, 8]
    assert ids(db, lucia, "到五天内") == [11]
    assert ids(db, lucia, "关海") == []                          # the pair in the other order is not there
    assert ids(db, wei, "包裹") == [21]                          # lina's 包裹 (conversation 2) is not wei's


def test_two_characters_match_the_word_not_its_reverse(db, lucia):
    conv = 1
    sent = messaging.send(db, lucia, conv, "我要退款，快递一直没收到").message_id
    assert ids(db, lucia, "退款") == [sent]
    assert ids(db, lucia, "款退") == []
    assert ids(db, lucia, "没收到快递") == []                    # the words, but not in this order
    assert ids(db, lucia, "一直没收到") == [sent]
    assert ids(db, lucia, "快") == [sent]


def test_order_numbers_whole_or_by_four_or_more_characters(db, lucia):
    assert ids(db, lucia, "8190000000000104") == [6]            # the order card's number
    assert ids(db, lucia, "0104") == ids(db, lucia, "000104") == ids(db, lucia, "order:0104") == [6]
    assert ids(db, lucia, "00000103") == [9]
    assert ids(db, lucia, "104") == []                          # under 4 characters: a word of its own only
    sent = messaging.send(db, lucia, 2, "El seguimiento LP00523419876523 no funciona").message_id
    assert ids(db, lucia, "9876") == ids(db, lucia, "lp0052") == [sent]


def test_product_cards_are_found_by_their_title(db, lucia):
    assert ids(db, lucia, "power bank") == [2, 1]
    hit = search_messages(db, lucia, "mAh 20000").hits[-1]
    assert hit.message_id == 1 and hit.kind == "product_card" and "Power Bank" in hit.text


def test_spans_are_offsets_in_the_text_that_matched(db, lucia):
    hit = search_messages(db, lucia, "aduanas").hits[0]
    assert hit.matched is Matched.ORIGINAL and hit.sender_handle == "lucia" and hit.mine
    assert [hit.text[s.start:s.end] for s in hit.spans] == ["aduanas"]
    snip = hit.snippet
    assert [snip.text[s.start:s.end] for s in snip.spans] == ["aduanas"]
    assert hit.text[snip.start:snip.start + len(snip.text)] == snip.text
    j = hit.to_json()
    assert set(j) >= {"conversation", "message", "sent_at", "sender", "snippet", "spans", "matched"}
    assert j["sent_at"].endswith("Z") and j["matched"] == "original"


def test_a_long_text_is_cut_around_its_first_match(db, lucia):
    text = ("palabra " * 60) + "aguja " + ("relleno " * 60)
    sent = messaging.send(db, lucia, 1, text).message_id
    hit = search_messages(db, lucia, "aguja").hits[0]
    assert hit.message_id == sent and hit.snippet.start > 0 and len(hit.snippet.text) <= 160
    assert [hit.snippet.text[s.start:s.end] for s in hit.snippet.spans] == ["aguja"]
    assert hit.text[hit.snippet.start + hit.snippet.spans[0].start:].startswith("aguja")


def test_a_message_is_found_by_its_cached_translation(db, lucia):
    def cache(s):
        s.add(m.MessageTranslation(store_id=s.get(m.Message, 8).store_id, message_id=8, target_lang="es", pack_version="1",
                                   text="Perdón por las molestias. La inspección de aduanas tarda de tres a cinco días."))

    db.write(cache)
    hits = search_messages(db, lucia, "molestias").hits
    assert [h.message_id for h in hits] == [8]
    assert hits[0].matched is Matched.TRANSLATION and hits[0].lang == "es"
    assert [hits[0].text[s.start:s.end] for s in hits[0].spans] == ["molestias"]
    assert search_messages(db, lucia, "海关").hits[0].matched is Matched.ORIGINAL
    assert ids(db, lucia, "aduanas") == [8, 7]                   # one original, one translation
    assert ids(db, lucia, "海关 molestias") == [8]               # words may meet in original and translation


def test_a_translation_sent_with_the_message_is_searchable_at_once(db, lucia, wei):
    sent = messaging.send(db, lucia, 1, "¿Cuándo llega el paquete?", translations={"zh": ("包裹什么时候到？", "1")})
    assert ids(db, wei, "什么时候") == [sent.message_id]
    assert search_messages(db, wei, "什么时候").hits[0].matched is Matched.TRANSLATION


def test_visibility_other_users_conversations_are_never_found(db, lucia, james, wei):
    lina, chen = user(db, "lina"), user(db, "chen")
    assert ids(db, james, "hola") == []                         # Lucía's
    assert ids(db, james, "您好") == [25, 21]
    assert ids(db, lina, "您好") == [25]                         # guangzhou-style's conversations only
    assert ids(db, wei, "您好") == [21, 4]
    assert ids(db, chen, "您好") == []
    assert ids(db, chen, "hola") == [15]
    assert ids(db, james, "in:1 hola") == [] and ids(db, james, "0104") == []
    with pytest.raises(UsageError):
        search_messages(db, james, "hola", conversation_id=1)


def test_visibility_what_i_deleted_for_me_is_never_found_by_me(db, lucia):
    chen = user(db, "chen")
    conversations.delete_for_me(db, lucia, 3, 15)
    assert ids(db, lucia, "hola") == [2]
    assert ids(db, chen, "hola") == [15]                        # the other side keeps its copy
    conversations.delete_for_me(db, lucia, 1)                   # the whole conversation
    assert ids(db, lucia, "hola") == []
    assert ids(db, lucia, "三到五天") == [11]
    wei = user(db, "wei")
    assert ids(db, wei, "hola") == [2]
    later = messaging.send(db, wei, 1, "Hola de nuevo, 您好").message_id
    assert ids(db, lucia, "hola") == [later]                     # only what follows the deletion


def test_filters_from_in_before_after(db, lucia):
    assert ids(db, lucia, "from:them 您") == [8, 5, 4]
    assert ids(db, lucia, "from:me 您") == []
    assert ids(db, lucia, "from:me hola") == [15, 2]
    assert ids(db, lucia, "in:2 pedido") == ids(db, lucia, "pedido", conversation_id=2) == [10]
    assert ids(db, lucia, "in:1 pedido") == []
    assert ids(db, lucia, "in:3") == [18, 17, 16, 15, 14]      # a conversation alone lists it
    assert ids(db, lucia, "hola before:2026-11-18") == [15]     # 2026-11-17 in Madrid
    assert ids(db, lucia, "hola after:2026-11-18") == [2]
    assert ids(db, lucia, "hola -tetera") == [2]
    assert ids(db, lucia, 'hola -"power bank"') == [15]


def test_paging_with_a_cursor_finds_each_match_once_newest_first(db, lucia):
    for n in range(25):
        messaging.send(db, lucia, 1 + n % 3, f"mensaje número {n} sobre el envío")
    expected = ids(db, lucia, "envio")
    assert len(expected) == 25 and expected == sorted(expected, reverse=True)
    seen, after = [], None
    while True:
        page = search_messages(db, lucia, "envio", after=after, limit=7)
        seen += [h.message_id for h in page.hits]
        if page.next is None:
            break
        after = page.next
    assert seen == expected


def test_bad_input_is_a_result_or_an_empty_list_never_an_error(db, lucia):
    for typed in HOSTILE + ["", "   ", "-hola", "in:0", "in:-5", "from:me"]:
        page = search_messages(db, lucia, typed)
        assert isinstance(page.hits, tuple), typed
        assert search_products(db, typed).hits is not None and search_orders(db, lucia, typed).hits is not None
    assert search_messages(db, lucia, "").hits == ()
    assert search_messages(db, lucia, "hola\x00").hits                   # NUL is a separator


def test_conversation_matches_for_next_and_previous(db, lucia):
    found = conversation_matches(db, lucia, 1, "您")
    assert found.message_ids == (4, 5, 8) and found.count == 3 and found.position(5) == 2
    assert conversation_matches(db, lucia, 1, "").count == 0
    assert conversation_matches(db, user(db, "james"), 1, "您").count == 0


def test_products_by_title_or_store(db):
    hits = search_products(db, "BLUETOOTH").hits
    assert {h.title for h in hits} >= {"Bluetooth Speaker, waterproof IPX7"}
    assert all(h.title[s.start:s.end].lower() == "bluetooth" for h in hits for s in h.spans)
    by_store = search_products(db, "yiwu").hits
    assert by_store and {h.store_handle for h in by_store} == {"yiwu-home"}
    assert search_products(db, "bluetooth", store_handle="yiwu-home").hits == ()
    assert search_products(db, "").hits == ()


def test_orders_by_number_tracking_or_product_only_ones_own(db, lucia, james, wei):
    (hit,) = search_orders(db, lucia, "0104").hits
    assert hit.number == "8190000000000104" and hit.field.value == "number"
    tracked = search_orders(db, lucia, "LP00").hits
    assert tracked and all(h.field.value == "tracking_number" and h.text.startswith("LP00") for h in tracked)
    assert [h.created_at for h in tracked] == sorted((h.created_at for h in tracked), reverse=True)
    assert search_orders(db, james, "8190000000000104").hits == ()
    assert search_orders(db, wei, "8190000000000104").hits                 # the store's order
    assert search_orders(db, user(db, "chen"), "8190000000000104").hits == ()
    by_product = search_orders(db, lucia, "reloj smart watch").hits + search_orders(db, lucia, "watch").hits
    assert by_product and by_product[-1].field.value == "product"
