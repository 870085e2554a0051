"""The thirteenth round (docs/policy.md), by family rather than by sentence. Clean messages the
rules refused: a promise not to write on an app (with a pronoun, an auxiliary, German word
order, Chinese), refusing to pay outside, a past scam told as the reason to pay here, one's
e-mail said to be correct in the profile, "watts" as a unit, a shop or link someone else sent me
over an app, someone who claimed to be the store on an app, a review or a blogger on a network,
an ID number asked for by customs. Disguises that passed: gift cards as the payment with their
codes sent, another marketplace described by its logo with a second account or "cheaper there",
Chinese nicknames of marketplaces, the courier paid or cash with the cart skipped. And the other
side of each family: what must still be refused, or still pass. Every sentence here was written
for this file; none is a line of a blind set."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.policy import check


@pytest.mark.parametrize("text", [
    # A promise not to write on an app, in every language.
    "Tranquila, no te voy a escribir por Telegram, sigo por aquí",
    "Fica tranquilo, não vou te chamar no Telegram",
    "Promis, je ne vais pas vous contacter sur Telegram",
    "Keine Sorge, ich schreibe Ihnen nicht auf Telegram",
    "Tranquillo, non ti scriverò su Telegram",
    "放心，我不会加你QQ的",
    # Refusing to pay outside; a past scam as the reason to pay here.
    "Je ne veux pas payer hors de la plateforme, je passe commande ici",
    "Ich will nicht außerhalb der Plattform bezahlen, ich bestelle hier",
    "我不想在平台外转账，还是在这里下单吧",
    "Once I got scammed with MoneyGram on a forum, since then I only pay here",
    "Me timaron una vez con MoneyGram en un foro, desde entonces solo pago aquí",
    "Меня уже обманули с MoneyGram на форуме, теперь плачу только через площадку",
    # One's e-mail said to be correct in the profile.
    "My e-mail is right in my account settings, yet the receipt never comes",
    "Mi e-mail está bien puesto en el perfil y aun así no me llega nada",
    # A unit, a network where the shop was seen or shared, a review posted there.
    "Combien de watts consomme le radiateur ?",
    "Mi prima me pasó el enlace de tu tienda por Telegram, ¿hay talla 40?",
    "A minha prima me mandou o link da loja pelo Telegram, tem 40?",
    "Ma cousine m'a envoyé le lien de la boutique sur Telegram, il y a du 40 ?",
    "Mia cugina mi ha mandato il link del negozio su Telegram, c'è il 40?",
    "Кузина скинула мне ссылку на ваш магазин в телеграме, есть 40-й?",
    "Vi a loja de vocês no TikTok, tem o modelo verde?",
    "I posted a review on TikTok with the unboxing, the bag is great",
    # Someone claiming to be the store on an app.
    "Somebody texted me on Telegram claiming they are your shop, is that you?",
    "Alguém me chamou no Telegram dizendo ser da loja de vocês, é você?",
    "Quelqu'un m'a écrit sur Telegram en se disant de votre boutique, c'est vous ?",
    "有人加我微信说是你们店的客服，是真的吗？",
    # Just here, with an adverb.
    "Ich habe kein Telegram, schreib mir einfach hier",
    # A number customs asks for.
    "Таможня просит номер паспорта 4512 654321, куда его вписать?",
    # The other side of the new payment families.
    "I bought a gift card here and the code doesn't work, can you check?",
    "Купил у вас подарочную карту, код не работает",
    "Can I use my gift card at the checkout?",
    "Lo vi más barato en otra plataforma, ¿me hacéis descuento?",
    "I saw it cheaper on the platform with the orange logo, can you match the price?",
    "我在拼多多看到便宜的，你们能便宜点吗？",
    "Tengo otra cuenta aquí con la dirección de mi madre, ¿puedo juntar pedidos?",
    "Can I pay cash on delivery through the site?",
    "Il corriere vuole i dazi in contanti, è normale?",
    # A carrier's or tracking service's site, where the parcel is shown.
    "On parcelsapp.com my parcel has been in Madrid for a week",
    "En correosexpress.com pone entregado pero no tengo nada",
    "Auf dpd.de steht, dass das Paket im Depot liegt",
    "На cdek.ru написано, что посылка на складе",
    # A mail provider's alerts on a watch.
    "Tengo Gmail y Outlook, ¿el reloj avisa de los dos?",
    # Set 14's clean families: references, part numbers and model years, refusing to send money
    # outside, paying in instalments at the checkout, another seller who asked.
    "Las órdenes #5512093311 y #5512093312 eran un solo envío",
    "Orders #5512093311 and #5512093312 should have shipped together",
    "Заказы #5512093311 и #5512093312 пришли порознь",
    "Teilenummer 1 457 429 192 von Mann, passt das?",
    "Артикул 7701478021, подходит на Дастер 2014?",
    "Pastiglie per Golf 7 2013-2019, lato anteriore?",
    "I will not send any money outside the platform, if it's 30 here I pay 30 here",
    "No pienso mandar dinero por fuera, si aquí vale 20, pago 20 aquí",
    "Non faccio bonifici fuori, pago qui come tutti",
    "Деньги мимо сайта не отправлю, оплачу здесь",
    "Puis-je payer en 3 fois sans frais au moment de la commande ?",
    "¿Se puede pagar a plazos con la tarjeta al confirmar el pedido?",
    "A different seller wanted Zelle, I refused. Do you ship to Texas?",
    # Numbers of one series (orders or parcels of one purchase), a number sign before one.
    "Sendungen 5512093311 und 5512093312 kamen getrennt",
    "Two parcels: 5512093311 and 5512093312, both stuck in customs",
    "Nº 5512093311 y 5512093312, ¿van juntos?",
    # "de" after a Romance dot word is the preposition when the sentence goes on.
    "A app mostra ponto de entrega 3310, fica perto de casa?",
    "El mapa muestra punto de recogida 12, ¿vale?",
    # "Ignore my last message" is no number's first part; a reseller buys here; moderators in a dispute.
    "Ignore my last message, the size is 39, not 40",
    "The previous message was wrong, the start of my address is Calle Mayor 12",
    "I have my own shop and want to buy 20 pieces here, any discount?",
    "J'ai ma propre boutique, je voudrais commander 20 pièces ici",
    "Les modérateurs ont fermé mon litige, vous pouvez m'aider ici ?",
    "Cancel the order here please, I ordered twice",
    # Read in an app's group; refusing to add, in Chinese.
    "Ich hab in WhatsApp-Gruppen gelesen, dass die Lieferung schnell ist",
    "Li num grupo de Telegram que a entrega é rápida, é verdade?",
    "我不加微信，就在平台聊，谢谢",
    # No app, please: better here; one's app not working.
    "Por favor nada de Telegram, prefiero mensajes aquí donde está el pedido",
    "Bitte kein Telegram, lieber hier im Chat",
    "Pas de Telegram svp, je préfère ici",
    "Niente Telegram per favore, meglio qui",
    "Только не в телеграм, лучше здесь",
    "别加QQ了，就在这聊吧",
    "Mein Telegram geht nicht, deshalb schreibe ich hier",
    # A purchase told from another marketplace, to compare.
    "J'ai acheté la même sur Amazon, elle a cassé, la vôtre est mieux ?",
    "Hab die gleiche bei Amazon gekauft, ging kaputt, ist eure besser?",
    "Ho comprato la stessa su Amazon e si è rotta, la vostra è migliore?",
    # Thanks for not asking; an app that works with a product; an ad seen on a network.
    "Merci de ne pas demander mon Telegram comme les autres vendeurs",
    "Danke, dass ihr nicht nach meiner Telegram-Nummer fragt, andere Shops machen das ständig",
    "谢谢你不像别的卖家那样要我QQ",
    "Funktioniert die Kamera mit Skype am Laptop?",
    "Jemand hat mir auf Instagram eure Werbung gezeigt, ist das echt?",
    # "Punkt" as a word.
    "Das ist ein wichtiger Punkt. Danke für die schnelle Antwort",
    "Punkt 12 Uhr war der Bote da, alles gut",
])
def test_clean_messages_of_this_round_pass(text):
    assert not check(text).blocked, check(text).to_json()


@pytest.mark.parametrize(("text", "category"), [
    # The refusal of one app does not cover another offered after a comma or a contrast.
    ("no quiero hablar por Telegram, sí por WhatsApp", "messaging_app"),
    ("Não vou te chamar no Telegram, mas no WhatsApp sim", "messaging_app"),
    ("Non ti scriverò su Telegram, ma su WhatsApp sì", "messaging_app"),
    ("Ich schreibe dir nicht auf Telegram, aber auf WhatsApp schon", "messaging_app"),
    ("我不会加你QQ，但是加我微信吧", "messaging_app"),
    ("No te voy a escribir por aquí, escríbeme por WhatsApp", "messaging_app"),
    # A colleague's words do not cover a channel offered to the reader.
    ("My colleague sent me to you, write me on WhatsApp, it's faster", "messaging_app"),
    # Gift cards as the payment, their codes sent.
    ("You can also pay with Google Play cards, just send me the codes", "off_platform_payment"),
    ("Si quieres pagas con tarjetas regalo de Amazon y yo las canjeo", "off_platform_payment"),
    ("Pode pagar com cartão presente, manda o código aqui", "off_platform_payment"),
    ("Tu peux régler en cartes cadeaux, envoie-moi juste les codes", "off_platform_payment"),
    ("Zahl mit Amazon-Gutscheinen, schick mir die Codes", "off_platform_payment"),
    ("Paga pure con buoni regalo, mandami i codici", "off_platform_payment"),
    ("Оплати подарочными картами, скинь мне коды", "off_platform_payment"),
    ("用购物卡付，把卡密发我就行", "off_platform_payment"),
    # Another marketplace described by its logo, a second account, cheaper there; nicknames.
    ("I also have a second account on the platform with the smiling arrow logo, cheaper there", "link"),
    ("Tengo una segunda cuenta en la plataforma de la sonrisa naranja, ahí sale más barato", "link"),
    ("J'ai un autre compte sur la plateforme avec le logo bleu, c'est moins cher", "link"),
    ("我在某东也有店，价格低一半", "link"),
    # A carrier's name inside a shop's domain, or an address at a carrier, is no carrier's site.
    ("compra aquí: www.tiendadhl.es", "link"),
    ("escríbeme a ventas@dpd.de", "email"),
    # The "@" and the dot by their German and Italian names.
    ("schreib mir: lena.berg Klammeraffe web punkt de", "email"),
    ("la mia mail: lucia.neri chiocciola tiscali punto it", "email"),
    ("bestell direkt bei filzwerk punkt de, da ist es billiger", "link"),
    # A QR code to add the seller, put in a product photo.
    ("escaneia o QR code que coloquei na última foto", "messaging_app"),
    ("je t'envoie un QR code, scanne-le pour m'ajouter", "messaging_app"),
    # Set 14's families of disguises, in sentences of our own.
    ("not here, the admins read every chat. You know where to find me", "messaging_app"),
    ("aquí no, los moderadores lo leen todo, ya sabes dónde buscarme", "messaging_app"),
    ("pas ici, les modérateurs lisent tout, tu sais où me trouver", "messaging_app"),
    ("не здесь, модераторы всё читают, ты знаешь где меня найти", "messaging_app"),
    ("...и в конце 44 17. Начало было в предыдущем сообщении", "phone"),
    ("... e termina in 55 20. L'inizio era nel messaggio precedente", "phone"),
    ("my aunt sells the same lamps on Vinted, tell her I sent you", "link"),
    ("mi tía vende las mismas lámparas en Wallapop, dile que vas de mi parte", "link"),
    ("this listing will close soon, buy in my own store, reply and I'll tell you where", "link"),
    ("l'annonce va être supprimée, achète dans ma propre boutique, réponds-moi", "link"),
    ("search for 'Lumen Casa' on the other big marketplace, more stock there", "link"),
    ("type lampadaluna and then .it in the browser, that's my shop", "link"),
    ("浏览器输 dengguang-luna 再加 .com，就是我的店", "link"),
    ("paga in contanti quando vieni a prenderlo, prima annulla qui", "off_platform_payment"),
    ("можешь отдать наличкой при встрече, только заказ здесь сначала отмени", "off_platform_payment"),
    ("пайпал друзья и семья, не как покупка", "off_platform_payment"),
    ("t'as Snap ? je suis lampes_paris75", "messaging_app"),
    ("hai feisbuc? la mia pagina si chiama Luci di Rosa", "messaging_app"),
    # A preference for another app than here is no preference for here.
    ("I'd rather use WhatsApp than here, add me", "messaging_app"),
    ("lieber WhatsApp als hier, schreib mir", "messaging_app"),
    ("meglio non farlo qui, i moderatori leggono tutto, sai come trovarmi", "messaging_app"),
    # A shop under ".de" spelled with "punto" and nothing after it is still a domain.
    ("compra en mitiendita punto de", "link"),
    # Two phones of one family are no series: a phone word stands before them.
    ("mi número 612 345 678, el de mi hermano 612 345 699", "phone"),
    # Thanks for not asking, then a channel offered: still refused.
    ("Merci de ne pas demander, ajoute-moi sur WhatsApp", "messaging_app"),
    # One's own group on an app is a channel.
    ("join my Telegram group for the weekly deals", "messaging_app"),
    ("加入我的微信群，每天有优惠", "messaging_app"),
    ("есть вконтакт? моя группа называется Лампы от Розы", "messaging_app"),
    # The courier or cash, the cart skipped.
    ("Pay the courier directly and skip the cart", "off_platform_payment"),
    ("Paga al repartidor y nos saltamos el carrito", "off_platform_payment"),
    ("Paga in contanti al ritiro, lascia perdere il carrello", "off_platform_payment"),
    ("Наложенным платежом на почте, заказ можно не оформлять", "off_platform_payment"),
])
def test_disguises_of_this_round_are_refused(text, category):
    verdict = check(text)
    assert verdict.blocked, text
    assert category in verdict.categories, verdict.to_json()


def test_the_rounds_own_hard_ordinary_messages_pass():
    """round13_clean.tsv: the hard clean messages written for this round, family by family (none
    a blind set's line nor one of this file's). Main refused 46 of the 361; one is left, the model's
    ("Tu m'as dit « écris-moi sur Telegram » mais je reste ici")."""
    path = Path(__file__).resolve().parent / "round13_clean.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 361 and all(len(row) == 2 for row in rows)
    refused = sum(check(text).blocked for _lang, text in rows)
    assert refused <= 1, f"{refused}/{len(rows)} refused"
