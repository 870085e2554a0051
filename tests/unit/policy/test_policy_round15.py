"""The fifteenth round (docs/policy.md): numbers that are not phones, by mechanism. A part's or an
article's reference named by a label before it ("OE-Nummer", "Art.-Nr.", "артикул", "零件号",
"VIN", "sensor", "Artikel", "товар", "商品"), a phone word that is only part of such a label
("Nummer" in "OE-Nummer"), a part's word right before the number ("part 623 3087 00") unless a
word of a number in parts stands before it ("first part 917"), a unit after a figure ("3.5 bar",
"40 Nm") and dimensions joined by "×". Every sentence here was written for this file; none is a
line of a blind set."""

from __future__ import annotations

import pytest

from desktop.core.policy import check
from desktop.core.policy.checker import PolicyChecker, default_checker


@pytest.mark.parametrize("text", [
    # A phone word inside a reference's label.
    "Die OE-Nummer 11 42 7 953 129 steht auf dem Filtergehäuse, passt das?",
    "Laut Katalog ist die OEM-Nummer 06 H1 15 403 Q die richtige",
    # An article, a component, named right before its number.
    "Der Artikel 5012345678901 ist wieder da?",
    "L'articolo 7301234567890 arriva entro venerdì?",
    "Товар 2900012345678 снова в наличии?",
    "商品 6901234567895 什么时候补货？",
    "The sensor 0 261 230 118 stopped working after a week",
    "Le capteur 0 986 280 402 est-il compatible avec ma Clio ?",
    "Il sensore 0 261 230 118 è originale?",
    "Датчик 0 986 280 402 подойдёт на Логан?",
    "传感器 0 261 230 118 是原厂的吗？",
    "Art.-Nr. 4 711 203 998 ist leider nicht lieferbar",
    # A part's word right before the number.
    "Do you have the water pump, part 538 0081 10, in stock?",
    "¿Tienen la bomba, pieza 538 0081 10, en stock?",
    # A unit after a figure ends a number; dimensions joined by "×" are not one number.
    "Regulator rated 4 bar, part 0 280 160 575 — is the seal included?",
    "Presión 3,5 bar como en el manual, pieza 0 280 160 575, ¿la tienen?",
    "电瓶 12V 60Ah，尺寸 242×175×190 毫米，能装吗？",
])
def test_references_and_figures_are_not_phones(text):
    verdict = check(text)
    assert "phone" not in verdict.categories, (text, verdict.categories)


@pytest.mark.parametrize("text", [
    # A phone word of its own still makes the number a phone, a label near or not.
    "OE-Nummer weiß ich nicht, ruf mich an: 0176 55 12 90 43",
    "sensor broken, call me on 0 161 496 0753",
    # A word of a number in parts before the part's word: a dictation.
    "first part 917. second part 44. last bit 30 12",
    "first part 202, second part 555, last part 0147, call after 6",
    "primera pieza 612 34, la segunda 56 78, llámame",
    # A plain phone number, no label.
    "Bomba de agua en stock, escríbeme al 612 345 678",
    "Товар есть, звони 8 916 123 45 67",
])
def test_phones_beside_the_new_labels_are_refused(text):
    verdict = check(text)
    assert verdict.blocked and "phone" in verdict.categories, (text, verdict.categories)


# Going around this platform in plain words, with a word of buying, ordering or going directly
# near (the `bypass` kind of messaging_app.json, like `elsewhere`).
@pytest.mark.parametrize("text", [
    "Next time skip this app and order from our own shop, same price",
    "La próxima vez sáltate la app y compra directo en nuestra tienda",
    "Fais ta prochaine commande sans passer par la plateforme, directement chez nous",
    "Il prossimo ordine fallo senza passare dalla piattaforma, direttamente da noi",
    "Bestell nächstes Mal ohne diese Plattform, direkt bei uns im Laden",
    "Следующий раз заказывай мимо площадки, напрямую у нас",
    "下次绕过平台，直接找我们买",
    # Settling it between us, in Spanish ("arreglamos" beside "entre nosotros", as "regeln" in German):
    # the model retrained on sets 5-20 no longer refuses it alone (its strict threshold rose).
    "te hago mejor precio si lo arreglamos entre nosotros",
])
def test_going_around_the_platform_counts_for_the_rules(text):
    rules_alone = PolicyChecker(default_checker().rules, None)
    verdict = rules_alone.check(text)
    assert verdict.blocked and "messaging_app" in verdict.categories, (text, verdict.categories)


@pytest.mark.parametrize("text", [
    # Saying it is not allowed is not an offer.
    "ok, I get it, buying without the platform is not allowed, I'll order here",
    "ho capito, comprare fuori piattaforma non si può, ordino qui",
    "entendido, comprar sin pasar por la plataforma no se puede",
    # A repair done elsewhere is not a deal: only "arreglamos" / "arreglemos" count.
    "lo llevé a arreglar a otro lado y quedó bien",
])
def test_saying_it_is_not_allowed_passes(text):
    assert not check(text).blocked, text
