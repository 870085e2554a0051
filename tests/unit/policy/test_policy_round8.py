"""The eighth round (docs/policy.md): "talk elsewhere" in plain words and paying outside, by
mechanism, in every language the filter reads (German and Italian first, the weakest on unseen
text), and hard ordinary messages of the same families (apps, payments and numbers named without
offering them). Written for this file before the rules changed, none of them a corpus line."""

from __future__ import annotations

import pytest

from desktop.core.policy import check
from desktop.core.policy.checker import PolicyChecker, default_checker

RULES = PolicyChecker(default_checker().rules)     # the rules alone: each case is a rule's


@pytest.mark.parametrize(("text", "category"), [
    # Talking somewhere else: the place in plain words, a word of talking near.
    ("wir können das außerhalb der Seite regeln, ist günstiger", "messaging_app"),
    ("melde dich bei mir über einen anderen Kanal", "messaging_app"),
    ("schreib mir lieber auf einem anderen Weg, hier liest jeder mit", "messaging_app"),
    ("scrivimi in privato che ti faccio un prezzo migliore", "messaging_app"),
    ("sentiamoci fuori da qui, ti do il mio contatto", "messaging_app"),
    ("contattami per altra via, qui non posso", "messaging_app"),
    ("parliamone su un altro canale", "messaging_app"),
    ("sigamos la charla fuera de aquí", "messaging_app"),
    ("escríbeme por otro canal y lo vemos", "messaging_app"),
    ("message me privately and we can sort the price", "messaging_app"),
    ("can we chat on another channel? this one is slow", "messaging_app"),
    ("écris-moi par un autre moyen, ici c'est surveillé", "messaging_app"),
    ("on continue en privé ?", "messaging_app"),
    ("me chama no privado que a gente combina", "messaging_app"),
    ("давай обсудим в другом приложении", "messaging_app"),
    ("напиши мне в личные сообщения", "messaging_app"),
    # Asking for the other side's e-mail, in every language (a request verb near "your e-mail").
    ("mandami la tua email che ti giro il catalogo", "email"),
    ("passami la tua mail, ti scrivo io", "email"),
    ("gib mir deine E-Mail, ich schreib dir", "email"),
    ("schick mir deine Mailadresse für die Fotos", "email"),
    ("envoie-moi ton adresse mail pour le catalogue", "email"),
    ("скинь свою почту, пришлю каталог", "email"),
    ("把你的邮箱发给我，我发目录", "email"),
    ("pasame tu mail y te mando fotos", "email"),
    ("me passa teu e-mail que eu mando", "email"),
    # Asking to be paid, with the money as the object, in Italian and German.
    ("fammi un bonifico e ti spedisco subito", "off_platform_payment"),
    ("mandami i soldi con PayPal amici", "off_platform_payment"),
    ("überweis mir das Geld, dann schicke ich sofort", "off_platform_payment"),
    # A phone number dictated in German and Italian tens and teens (read before in five languages).
    ("meine Nummer: null eins fünf zwei, dreiundzwanzig, siebenundvierzig, achtzehn", "phone"),
    ("mein Handy: null eins sieben sechs / zwölf / vierunddreißig / sechsundfünfzig", "phone"),
    ("il mio numero è tre quattro sette, ventitré, quarantacinque, sessantasette", "phone"),
    ("chiamami: tre tre otto, trentuno, diciannove, novantotto", "phone"),
    # A private message asked for, by name or by its abbreviation, in every language.
    ("scrivimi un messaggio privato per i dettagli", "messaging_app"),
    ("contattami in pvt", "messaging_app"),
    ("pm me for the price", "messaging_app"),
    ("manda mensagem privada que eu te passo", "messaging_app"),
    ("напиши личным сообщением", "messaging_app"),
    ("给我发私信，聊价格", "messaging_app"),
    # A social network offered as the place to find the seller, in German and Italian.
    ("such mich auf Facebook unter dem Namen des Ladens", "messaging_app"),
    ("auf Facebook findest du mich als ModaAnna", "messaging_app"),
    ("cercami su Facebook con il nome del negozio", "messaging_app"),
    ("su Facebook mi trovi come ModaAnna", "messaging_app"),
    ("folg mir auf TikTok, da zeige ich alles", "messaging_app"),
    ("seguimi su TikTok per le novità", "messaging_app"),
    # "Write me here" does not excuse another channel named with it.
    ("escríbeme por aquí o por WhatsApp, como prefieras", "messaging_app"),
    ("answer me here or on Telegram, whatever is faster", "messaging_app"),
    # Asking whether paying outside is safe is not refusing it when the answer is yes.
    ("is it safe to pay outside the app? yes, totally, send it to my PayPal", "off_platform_payment"),
    # Picking up in person and paying there, in German and Italian.
    ("komm bei uns im Laden vorbei, zahl bar, dann ist es billiger", "off_platform_payment"),
    ("hol es direkt bei mir ab und zahl vor Ort", "off_platform_payment"),
    ("passa in negozio, paghi in contanti e risparmi", "off_platform_payment"),
    ("vieni a ritirarlo da me e paghi sul posto", "off_platform_payment"),
    # The order cancelled and the sale made directly.
    ("storniere die Bestellung, ich verkaufe es dir direkt", "off_platform_payment"),
    # "wasa" still counts letter-spaced or dotted.
    ("escríbeme al w a s a", "messaging_app"),
    ("pásame tu número de was.a", "messaging_app"),
    # Paying outside, in German.
    ("zahl lieber bar bei Abholung, dann sparen wir beide", "off_platform_payment"),
    ("bezahl per Sofortüberweisung, nicht über die App", "off_platform_payment"),
])
def test_a_new_wording_of_each_mechanism_is_caught(text, category):
    assert category in RULES.check(text).categories, RULES.check(text)


@pytest.mark.parametrize("text", [
    # Apps, payments and numbers named, nothing offered.
    "Die App zeigt mir beim Bezahlen einen Fehler, könnt ihr helfen?",
    "Ich habe per PayPal über die Plattform bezahlt, wann wird versendet?",
    "Meine Telefonnummer im Profil ist alt, ich ändere sie gleich",
    "Ho pagato con PayPal tramite l'app, quando spedite?",
    "Il numero d'ordine è 8123 4567, controllate per favore",
    "L'app mi ha chiesto il numero di telefono per la consegna, è normale?",
    "Ho cambiato la mail nell'app, arriveranno lì le notifiche?",
    "Parliamo qui, preferisco tenere tutto nella chat",
    "Lieber schreiben wir weiter hier im Chat, das ist sicherer",
    "My bank app flagged the payment, I'll try again here",
    "La app de mi banco no me deja pagar, lo intento mañana",
    "Paguei pelo app com Pix, já aparece aí?",
    "Я оплатил через приложение картой, всё прошло?",
    "我已经在App里付款了，什么时候发货？",
    # The new places, said of something else than talking.
    "In privato preferisco non dire il mio indirizzo qui, ma va bene la consegna al punto di ritiro",
    "Privat nutze ich das Handy nur für die Arbeit, das Kabel passt?",
    "Il pacco è arrivato per altra via, tramite un altro corriere",
    "Der Fernseher hat keinen anderen Kanal gefunden, ist das Kabel defekt?",
    "the TV finds no other channel with this antenna, is it broken?",
    "Lo guardo por otro canal de la tele, gracias",
    "Bar bei Abholung geht leider nicht, ich bestelle hier und zahle in der App",
    "Ich zahle nicht über die App, sondern über die Webseite von AliExpress, geht das auch?",
    # German and Italian numbers in words that are sizes, quantities and days.
    "Ich nehme zwei Stück in Größe vierzig und drei in zweiundvierzig",
    "Ne prendo due, taglia quaranta, e tre della quarantadue",
    "sei sicuro che arrivi in tre o quattro giorni? sono già sette",
    "Es sind drei, vier, fünf Tage Lieferzeit, sagt ihr?",
    "Ich habe dreiundzwanzig Euro bezahlt und zwölf Tage gewartet",
    "Ho pagato ventitré euro e aspetto da dodici giorni",
    # An app not used, and the answer asked for here (the word of writing is not a channel then).
    "No tengo Instagram, así que escríbeme por aquí",
    "Je n'ai pas WhatsApp, répondez-moi ici s'il vous plaît",
    "У меня нет WhatsApp, ответьте здесь в чате",
    "Ich habe kein Telegram, schreib mir bitte hier",
    "Non ho WhatsApp, rispondimi qui",
    "I don't use Telegram, just reply here",
    "Não tenho WhatsApp, responde aqui mesmo",
    "我没有WhatsApp，在这里回复就行",
    # A payment service asked about inside the app; a bot's notifications.
    "¿Se puede pagar con Bizum dentro de la app o solo con tarjeta?",
    "Si può pagare con Satispay all'interno dell'app?",
    "My Telegram bot notifies me about the shipping, very handy",
    # Paying outside asked about and turned down at once, or refused outright (own wording).
    "Can I pay outside the platform? Better not, I'll use the checkout",
    "¿Pago por fuera de la plataforma? Mejor no, pago en el checkout",
    "Kann ich außerhalb der Plattform zahlen? Besser nicht, ich zahle normal",
    "Posso pagare fuori dalla piattaforma? Meglio di no, pago con l'ordine",
    "Je paie hors de la plateforme ? Plutôt pas, j'attends le lien",
    "Ich überweise nichts privat, nur über die Bestellung",
    # A private message that is support's or the courier's.
    "The private message from support said the refund is on its way",
    "Il messaggio privato del corriere diceva che arriva domani",
    "Recebi uma mensagem privada do suporte dizendo que o reembolso foi aprovado",
    "客服给我发了私信，说退款已经处理",
    "The meeting is at 5 pm, I'll check the tracking after",
    # A social network where reviews or a friend were found.
    "Ho cercato su Facebook le recensioni del negozio, sembrano buone",
    "Auf Facebook habe ich gute Bewertungen über euch gelesen",
    # Paying at the door for a delivery, or in the app for a pickup point.
    "Kann ich bei der Lieferung an der Tür bar zahlen, oder nur in der App?",
    "Posso pagare alla consegna in contanti, come dice l'app?",
    "Ich hole das Paket in der Packstation ab, bezahlt ist schon in der App",
    # "was a" is English, not "wasa" spaced out.
    "It was a mistake, please cancel the order",
    "I think it was a good price, thanks",
    "The box was a bit damaged but the watch works",
    "What app do you recommend to track the package?",
    "Your bot can answer faster than you, haha",
    # Where the buyer saw the shop, in German and Italian as in the other languages.
    "Ich habe euren Shop auf Instagram gesehen, ist die Jacke noch da?",
    "Ho visto il vostro negozio su Instagram, la giacca c'è ancora?",
    "Euer Shop auf Instagram hat schöne Fotos, gibt es die Farbe auch hier?",
    "Dein Profil auf TikTok ist lustig, aber ich bestelle lieber hier",
    # The other side's e-mail talked about, nothing asked.
    "Ho pagato con bonifico sulla piattaforma, mandami il numero di tracking qui",
    "La fattura arriva alla tua email dall'app, controlla lo spam",
    "Deine E-Mail-Adresse in der App ist falsch, bitte ändere sie im Konto",
    "Ta adresse mail dans l'appli n'est pas vérifiée, regarde tes notifications",
    "Tu correo en la app no está confirmado, revisa tu cuenta",
])
def test_hard_ordinary_messages_pass(text):
    assert not check(text).blocked, check(text)
