"""The sixteenth round (docs/policy.md): the families of sets 21 and 22, by mechanism, in the
rules files only. Clean: an app refused in the writer's own words ("este chat me basta", "I won't
add anybody", "I told him it's not allowed here"), an app that crashes or cannot be heard after a
repair, a chip's part number after "IC", another shop reported, "outside the platform I do
nothing", "la règle" (a rule, not "régler"). Refused: the seller's own channel or group beside the
platform's fee, letters said to stand for digits, Skype spelled as it sounds with its "live:" id,
a handle given "as" or "username is", another marketplace with the same seller cheaper there,
paying outside the app, a cheque to the seller's name, "[ät]…[pkt]", "arrobita", "小圆点".

Every sentence here was written for this file; none is a line of a blind set. Each is checked by
the rules alone (the model of intent, trained on the blind sets, would hide whether the rule
works) and, for the clean ones, by the whole filter too."""

from __future__ import annotations

import pytest

from desktop.core.policy import check
from desktop.core.policy.checker import PolicyChecker, default_checker


def _rules_alone() -> PolicyChecker:
    return PolicyChecker(default_checker().rules, None)


@pytest.mark.parametrize("text", [
    # An app refused in the writer's own words.
    "No uso Telegram ni cosas así, este chat me basta",
    "I won't add anybody on WhatsApp, sorry, we keep everything here",
    "I'm not going to add anyone on Telegram, let's keep it in this chat",
    "No voy a agregar a nadie en Telegram, perdona",
    "nein danke, außerhalb der Plattform mache ich nichts",
    # Someone else's advice to go off the platform, answered with "not allowed here".
    "Mi hermana me dijo que le diera mi WhatsApp al vendedor y le dije que aquí no se puede",
    "Mein Kumpel meinte 'gib dem Verkäufer deine Telegram', ich hab ihm gesagt, das geht hier nicht",
    "同学说'你把微信发给卖家'，我说这里不行",
    # An app that crashes, or a call that cannot be heard, after a repair.
    "После замены батареи вылетает телеграм, это прошивка?",
    "换了电池以后微信老闪退，是主板问题吗？",
    "Desde el cambio de altavoz no se oye nada en Telegram, ¿lo probaron?",
    "на вотсапе не слышно собеседника после замены динамика",
    # A chip's part number after its label, a letter among its digits.
    "Is the IC 343S00287 the same one on the 8 Plus?",
    "¿El IC 343S00287 sirve también para el 8 Plus?",
    "микросхема 343S00287 подходит на 8 плюс?",
    # Another shop's request, reported; the rule ("la règle") read as the noun it is.
    "Otra tienda me pidió una transferencia bancaria directa, la reporté",
    "Je connais la règle, aucun virement hors plateforme, tout ici",
])
def test_clean_messages_of_the_round_pass(text):
    assert not _rules_alone().check(text).blocked, (text, _rules_alone().check(text).categories)
    assert not check(text).blocked, (text, check(text).categories)


@pytest.mark.parametrize("text, category", [
    # The seller's own channel or group, beside the platform's fee or a VIP price.
    ("Die Plattform nimmt 10 Prozent, komm in unseren Kanal, da gibt's VIP-Preise", "messaging_app"),
    ("la plateforme prend 10 %, rejoins notre groupe pour les prix VIP", "messaging_app"),
    # Letters said to stand for digits.
    ("номер 8 9I5 S2O 4I 66, буквы это цифры", "phone"),
    ("O5 S1 I2 3O 88 (O is zero, S is five)", "phone"),
    # Skype as it sounds, with its "live:" id; handles given "as", "username is", "#1234".
    ("hacemos videollamada por Eskaip, mi ID es live:tapiceria.ana", "messaging_app"),
    ("ti scrivo su Schaip, live:falegname.gino", "messaging_app"),
    ("Bin auf Insta als leder.werk.berlin, da siehst du alles", "messaging_app"),
    ("Signal is safer, my username is pine.desk.77", "messaging_app"),
    ("add me on the discor, I'm fixer#4821", "messaging_app"),
    # Another marketplace: the same seller cheaper there, our shop there, "don't buy it here".
    ("mismo vendedor en Shein, 5 euros menos allí", "link"),
    ("same seller on Temu, ten dollars less there", "link"),
    ("the same seller is on the other marketplace at half price", "link"),
    ("ordina dal nostro negozio su Taobao, ti aiuto io", "link"),
    ("закажи в нашем магазине на таобао, так дешевле", "link"),
    ("c'est moins cher sur leboncoin, l'achète pas ici", "link"),
    # Going around the platform, in plain words.
    ("te lo vendo directo sin la plataforma, más barato", "messaging_app"),
    ("我们厂家直销，不走平台，便宜", "messaging_app"),
    # Paying outside: out of the app, a cheque to the seller, at the seller's shop, to a wallet.
    ("si tu paies hors appli, je te fais -10%", "off_platform_payment"),
    ("se paghi fuori dall'app ti faccio lo sconto", "off_platform_payment"),
    ("Faites-moi un chèque à mon nom, c'est plus simple", "off_platform_payment"),
    ("Wir haben einen Laden in Köln, komm vorbei und zahl dort", "off_platform_payment"),
    ("Revolut me 25 euros and I'll ship today", "off_platform_payment"),
    ("есть битки? скину адрес кошелька", "off_platform_payment"),
    # E-mail addresses with the "at" and the dot said in other words.
    ("Rechnung bitte an info[ät]holzwerk[pkt]de", "email"),
    ("escríbeme a lucia77 arrobita proton puntito me", "email"),
    ("邮箱 amei_88 小老鼠 foxmail 小圆点 com", "email"),
])
def test_disguises_of_the_round_are_refused_by_the_rules(text, category):
    verdict = _rules_alone().check(text)
    assert verdict.blocked and category in verdict.categories, (text, verdict.categories)


@pytest.mark.parametrize("text", [
    # A phone word beside the chip's label still makes the number a phone.
    "IC 343S00287 есть, звони 8 916 123 45 67",
    # A refusal does not cover an offer made in the same breath with a word of contrast.
    "No uso Telegram, pero escríbeme al WhatsApp",
])
def test_the_new_exemptions_leave_offers_refused(text):
    assert check(text).blocked, text
