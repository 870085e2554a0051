"""The eleventh round (docs/policy.md), by family rather than by sentence. Clean messages the
rules refused: a buyer turning an app down and keeping to this chat, the chat's rules quoted as
a list of what is not allowed, an app's colour or icon named as a product's, "not outside"
said to ask for the platform. Disguises that passed: a middle dot for the dot of a domain, an
app described by its logo ("you know which"), a phone number dictated in parts announced after
a full stop, cash on delivery instead of an order here, buying in person at the seller's shop
or stall, prepaid and national payment services with German paying words, shop builders'
domains and a shop's official site found by a search. And the other side of each family: what
must still pass or still be refused. Every sentence here was written for this file; none is a
line of a blind set."""

from __future__ import annotations

import pytest

from desktop.core.policy import check


@pytest.mark.parametrize("text", [
    # Turning the app down and keeping to this chat.
    "No, prefiero no hablar por WhatsApp, aquí está bien para mí",
    "Sorry, I won't chat on Telegram, I only reply in this chat",
    "Merci mais je ne veux pas discuter sur WhatsApp, le chat ici suffit largement",
    "Grazie, non voglio scrivere su Telegram, va bene qui",
    "Valeu, não quero falar pelo WhatsApp, o chat aqui tá ótimo",
    "Danke, ich möchte nicht über WhatsApp schreiben, hier ist alles gut",
    "Спасибо, в вотсапе писать не буду, здесь нормально",
    "谢谢，我不想去微信聊，这里就行",
    "Don't ask me for my Telegram please, I keep everything in the order chat",
    # The chat's rules quoted as a list.
    "Aquí la norma: nada de teléfonos, correos ni pagos por fuera. Sin problema",
    "As regras: nada de telefone, email nem pagamento por fora, entendido",
    "Hausregel: keine Links, keine Nummern, keine Zahlung außerhalb. Verstanden",
    "Правила площадки: никаких ссылок, телефонов и оплат мимо сайта, понял",
    "规则写着：不留电话、不发链接、不私下付款，我懂",
    # An app's colour or icon named as a product's.
    'Is the "blue Telegram" shade on the colour list closer to sky blue?',
    'Tienen la funda en "verde WhatsApp"? la vi en la lista de colores',
    "Часы показывают значок Telegram при новом сообщении?",
    # "Not outside": asking for the platform.
    "Envíame la factura por la plataforma, no por fuera, gracias",
    "Manda o código de rastreio pela plataforma, não por fora",
    # The other side of the new families: a refund, a COD question, an official site, a product.
    "¿Se puede pagar contra reembolso al hacer el pedido?",
    "Quiero el reembolso, el paquete llegó abierto",
    "On the official site it says the battery lasts two days, is that true?",
    "I bought the same lamp in a shop downtown, does yours ship direct from the factory?",
    "Tenéis esta mochila en la tienda de la calle Mayor? la vi en el escaparate",
    "My order arrived in two parts. Then the second box came a day later.",
    "Pedido 4821. Luego 12 unidades más, gracias",
    "Col·lecció de tardor: la bossa és de pell?",
    "¿Tienen tienda física en Madrid? Me gustaría ver la talla antes de pedir aquí",
    "The signal on my phone is weak, can you send the photos again here?",
    "In my shop I sell your lamps too, can I order 20 here with a discount?",
    "¿El pago en efectivo es posible en la app al recibir?",
    "Can I change my email? it is the same as my username and I don't like it",
    "...the rest of the order arrived, 3 of 5 boxes",
    "… el resto 1500 pesos cuando llegue, como dice la app",
    "Envían a Rio Grande do Sul? quiero pedir 3",
    "I can find it cheaper on the big river marketplace, can you match the price?",
])
def test_clean_messages_of_this_round_pass(text):
    assert not check(text).blocked, text


@pytest.mark.parametrize(("text", "category"), [
    # Turning down one app is no cover for offering another, or the same in other words.
    ("No quiero hablar por aquí, escríbeme por Telegram", "messaging_app"),
    ("no quiero hablar por Telegram sino por WhatsApp", "messaging_app"),
    ("I don't want to chat on Telegram but WhatsApp is fine", "messaging_app"),
    ("我不想去Telegram聊，加我微信", "messaging_app"),
    ("aquí está bien caro, mejor por WhatsApp al mismo número", "messaging_app"),
    ("Don't ask me here, add me on WhatsApp same number", "messaging_app"),
    ("nada de comisiones: págame por fuera por PayPal amigos", "off_platform_payment"),
    ('The "blue Telegram" colour? message me on Telegram, same name', "messaging_app"),
    # A middle dot for the dot of a domain or an address.
    ("mi tienda: www · zapatos-outlet · es, más barato", "link"),
    ("scrivimi a marco·rossi＠libero·it", "email"),
    ("boutique ⋅ bijoux-soleil ⋅ fr, tout est moins cher", "link"),
    ("la tienda es www ⋅ lamparas-sol ⋅ es, también hay bombillas", "link"),
    ("pedidos grandes a ventas·norte＠correo·es por favor", "email"),
    # An app described by its logo.
    ("la app verde con el teléfono en el globo, ya sabes cuál, ahí te paso fotos", "messaging_app"),
    ("you know which one, the green app with the phone in the bubble, same number", "messaging_app"),
    ("the green app with the phone in the bubble, you know which one, I send you pics there", "messaging_app"),
    # A phone number dictated in parts, each announced after a full stop.
    ("Primera parte: 612. Segunda: 34 56. Última: siete ocho", "phone"),
    ("Première partie : 06. Deuxième : 12 34. Dernier : cinq six, sept huit", "phone"),
    ("Первая часть: 8 912. Вторая: 34 5. Последняя: шесть-семь, восемь девять", "phone"),
    ("call me on nine one two. Then three four five. Then six seven eight", "phone"),
    # Cash on delivery arranged with the seller instead of an order here.
    ("no lo compres aquí, llama a la tienda y te lo envío contra reembolso", "off_platform_payment"),
    ("don't order it here, call the shop and we send it cash on delivery", "off_platform_payment"),
    ("bitte nicht hier bestellen, ruf uns im Laden an, wir schicken per Nachnahme", "off_platform_payment"),
    ("не покупайте здесь, позвоните в магазин, отправим наложенным платежом", "off_platform_payment"),
    ("别在平台买，打电话给店里，我们货到付款", "off_platform_payment"),
    # Buying in person at the seller's shop, stall or market.
    ("ven a mi local del centro y lo compras ahí mismo, sin comisión", "off_platform_payment"),
    ("come by my stall at the Sunday market and buy it in person", "off_platform_payment"),
    ("passe au marché de Noël, mon stand est au fond, tu l'achètes sur place", "off_platform_payment"),
    ("besuch meinen Laden am Markt und kauf es direkt vor Ort", "off_platform_payment"),
    ("приходи на рынок, павильон 5, купишь напрямую", "off_platform_payment"),
    ("来我档口直接拿货，比网上便宜", "off_platform_payment"),
    # Prepaid and national payment services, German paying words.
    ("Zahl einfach per Twint an mich, dann sparen wir die Gebühr", "off_platform_payment"),
    ("Bezahl mit Paysafecard und schick mir den Code", "off_platform_payment"),
    ("manda por Multicaixa direto para mim", "off_platform_payment"),
    # Shop builders' domains; a shop's official site found by a search.
    ("add .myshopify.com after my shop name and order there", "link"),
    ("busca en Google 'Velas Luna' y compra en el sitio oficial, sale más barato", "link"),
    ("google the shop's name and order on the official website, it's cheaper", "link"),
    # Another marketplace and "buy it there"; WA after German and Italian prepositions; Telegrã.
    ("Hab es auch bei Kleinanzeigen, kauf es da billiger", "link"),
    ("Meld dich auf WA, selbe Nummer", "messaging_app"),
    ("me chama no Telegrã, mesmo nome daqui", "messaging_app"),
    # The buyer invited to the seller's own shop: an address, a saving, a deal settled there.
    ("ven a mi local, calle Sierpes 21 en Sevilla, y te ahorras la comisión", "off_platform_payment"),
    ("passe à ma boutique, 14 rue des Lilas, on s'arrange sur place", "off_platform_payment"),
    ("komm einfach in meinen Laden, Bahnhofstraße 7, dann sparst du dir die Gebühren", "off_platform_payment"),
    ("vieni al negozio in via Garibaldi 3, risparmi tutte le spese", "off_platform_payment"),
    ("приходите в мой магазин на Садовой 10, там договоримся", "off_platform_payment"),
    ("来我们实体店吧，在解放路8号，当面谈", "off_platform_payment"),
    # Another marketplace: search my name there, no fees there, take it there.
    ("search my name on Etsy, no fees there", "link"),
    ("cercami su Vinted, stesso articolo, prendilo là", "link"),
    # An app described: the paper plane, the green one with the handset.
    ("hast du den Papierflieger? da bin ich als moebel_max", "messaging_app"),
    ("scrivimi sul verde con la cornetta, facciamo prima", "messaging_app"),
    ("búscame en la app del pajarito azul de papel, mismo nombre", "messaging_app"),
    ("у тебя есть бумажный самолетик? найди меня там, тот же ник", "messaging_app"),
    # Signal with the number on the profile picture.
    ("tengo Signal, agrégame con el número de mi foto de perfil", "messaging_app"),
    # Paying outside said as "no need for the app", the order cancelled, a direct transfer.
    ("te pago en efectivo cuando lo recojas, no hace falta la app", "off_platform_payment"),
    ("fammi un bonifico diretto e ti faccio lo sconto", "off_platform_payment"),
    # An address told as one's name here, or the shop's name, and a provider.
    ("my email is the same as my username here, at the big G one", "email"),
    ("mi correo es igual que mi usuario de aquí, con la G de siempre", "email"),
    ("邮箱就是店名拼音，再加企鹅邮箱", "email"),
    # Another marketplace described instead of named, with the seller's name there or "find me".
    ("order it from the big river marketplace instead, my seller name is LampLand", "link"),
    ("encuéntrame en el otro marketplace grande, el naranja, mismo nombre", "link"),
    ("suche mich auf dem großen Auktionsportal, gleicher Name wie hier", "link"),
    ("на фиолетовом маркетплейсе мой магазин называется СветДом", "link"),
    ("去那个橙色平台找我，店名一样", "link"),
    # The rest of a number begun in the message before.
    ("...the rest is 44 18 27, call after six", "phone"),
    ("…el resto: 908 112, llámame esta noche", "phone"),
    ("……后面是 7731 2056，随时打", "phone"),
])
def test_disguises_of_this_round_are_refused(text, category):
    verdict = check(text)
    assert verdict.blocked and category in verdict.categories, (text, verdict.categories)
