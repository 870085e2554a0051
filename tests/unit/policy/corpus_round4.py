"""The fourth round's corpus (issue 13 §1, after held-out set 1), written before the filter
was changed for it: new wordings of the classes held-out set 1 got through, in six
languages, so that a fix is tested on more than the row that showed the gap.

Refused rows are (category, class, language, text); the classes are held-out set 1's.
The ordinary messages are what buyers and sellers write near those shapes: an app named as
a product feature (notifications, compatibility, installing it), paying in the app or to
the courier for customs, other shops named in a comparison, numbers that are no phone.
"""

from __future__ import annotations

BLOCKED_ROUND_4 = [
    # ------------------------------------------------------------ paying outside, in other words
    ("off_platform_payment", "payment_plain", "en", "Give me your email and I'll send my account details, then just wire the money"),
    ("off_platform_payment", "payment_plain", "en", "Skip the checkout, pay cash when we meet up and it's yours"),
    ("off_platform_payment", "payment_plain", "en", "We can sort out the payment privately, outside the site"),
    ("off_platform_payment", "payment_plain", "en", "Cancel your order and wire me the amount, I'll ship first thing"),
    ("off_platform_payment", "payment_plain", "en", "Don't order here, pay the driver cash on delivery and I'll arrange everything"),
    ("off_platform_payment", "payment_plain", "en", "Let's settle up off the site, the fees here are too high"),
    ("off_platform_payment", "payment_plain", "es", "Si me pagas en efectivo cuando nos veamos te lo dejo más barato, sin la app"),
    ("off_platform_payment", "payment_plain", "es", "Anula el pedido y hazme una transferencia, te hago un 10% menos"),
    ("off_platform_payment", "payment_plain", "es", "Te paso los datos de mi cuenta y me lo ingresas, sin pasar por la web"),
    ("off_platform_payment", "payment_plain", "es", "No hace falta que hagas el pedido aquí, me pagas al repartidor en efectivo"),
    ("off_platform_payment", "payment_plain", "es", "Arreglamos el pago por otro lado, aquí cobran mucha comisión"),
    ("off_platform_payment", "payment_plain", "pt", "Cancela o pedido e me faz uma transferência que eu mando hoje"),
    ("off_platform_payment", "payment_plain", "pt", "Pode pagar em dinheiro quando a gente se encontrar, sem o app"),
    ("off_platform_payment", "payment_plain", "pt", "Não precisa comprar aqui, te passo a conta e você deposita"),
    ("off_platform_payment", "payment_plain", "fr", "Annule ta commande et fais-moi un virement, je t'envoie tout demain"),
    ("off_platform_payment", "payment_plain", "fr", "On peut payer en espèces à la livraison, sans passer par l'appli"),
    ("off_platform_payment", "payment_plain", "fr", "Je te donne mes coordonnées, tu me règles directement"),
    ("off_platform_payment", "payment_plain", "ru", "Можно оплатить наличными при встрече, без сайта"),
    ("off_platform_payment", "payment_plain", "ru", "Отмените заказ и переведите мне, отправлю сразу"),
    ("off_platform_payment", "payment_plain", "ru", "Не оформляйте заказ тут, оплатите курьеру наличкой"),
    ("off_platform_payment", "payment_plain", "zh", "取消订单吧，直接微信转我，今天发货"),
    ("off_platform_payment", "payment_plain", "zh", "见面给现金就行，不用在平台拍"),
    ("off_platform_payment", "payment_plain", "zh", "别在这里下单，钱打我卡上更便宜"),

    # ------------------------------------------------------------ payment services the rules did not name
    ("off_platform_payment", "payment_brand", "en", "Send it over Revolut to my phone number and I'll post it"),
    ("off_platform_payment", "payment_brand", "en", "I take Wise or Apple Cash, cheaper than the site"),
    ("off_platform_payment", "payment_brand", "en", "PayPal me the 30 dollars as a gift, not goods"),
    ("off_platform_payment", "payment_brand", "es", "Pásamelo por PayPal a mi correo, como regalo para que no cobren"),
    ("off_platform_payment", "payment_brand", "es", "Te acepto Revolut o Wise, sin pasar por la plataforma"),
    ("off_platform_payment", "payment_brand", "pt", "Me paga pelo PicPay que é mais rápido que o site"),
    ("off_platform_payment", "payment_brand", "pt", "Manda no PayPal como amigo que eu te envio hoje"),
    ("off_platform_payment", "payment_brand", "fr", "Envoie-moi l'argent par Lydia, je te fais un prix"),
    ("off_platform_payment", "payment_brand", "fr", "Tu peux me payer par PayPal en ami, c'est sans frais"),
    ("off_platform_payment", "payment_brand", "ru", "Переведите на QIWI кошелёк, и заказ не нужен"),
    ("off_platform_payment", "payment_brand", "ru", "Киньте на ЮMoney, дешевле, чем на площадке"),
    ("off_platform_payment", "payment_brand", "ru", "Оплата на Тинькофф по номеру, без заказа"),
    ("off_platform_payment", "payment_brand", "zh", "微信支付给我就行，不用下单"),
    ("off_platform_payment", "payment_brand", "zh", "用支付宝付给我，比平台便宜"),

    # ------------------------------------------------------------ backwards inside an ordinary sentence
    ("off_platform_payment", "backwards", "en", "just send it on lapyap, friends and family"),
    ("off_platform_payment", "backwards", "es", "mándamelo por omneV y listo"),
    ("messaging_app", "backwards", "en", "talk to me on tahceW, cheaper there"),
    ("messaging_app", "backwards", "es", "escríbeme al ppastahw que aquí no puedo"),
    ("messaging_app", "backwards", "pt", "me chama no margeleT"),
    ("messaging_app", "backwards", "fr", "écris-moi sur rebiV"),
    ("off_platform_payment", "backwards", "pt", "faz um xiP pra mim"),
    ("phone", "backwards", "es", "mi número al revés: 876 543 216"),
    ("phone", "backwards", "en", "my number backwards is 0199 555 415"),

    # ------------------------------------------------------------ a phone number split across words
    ("phone", "phone_split", "en", "my mobile begins 612, next 345, and the final three are 678"),
    ("phone", "phone_split", "en", "area code 415 and the rest is 555 0199"),
    ("phone", "phone_split", "es", "apúntalo: seis uno dos... después 345... y termina en 678"),
    ("phone", "phone_split", "es", "prefijo 612, lo demás es 345 678"),
    ("phone", "phone_split", "pt", "anota: 11 / 98765 / 4321, me liga à noite"),
    ("phone", "phone_split", "fr", "indicatif 06, ensuite 12 34, et les quatre derniers 5678"),
    ("phone", "phone_split", "ru", "код 926, дальше 123 и последние четыре 4567"),
    ("phone", "phone_split", "zh", "区号010，后面8888 6666，打我"),

    # ------------------------------------------------------------ letters typed for digits, any separator
    ("phone", "phone_plain", "fr", "appelle 07.8l.23.45.67 après 18h"),
    ("phone", "phone_plain", "es", "llámame 6l2.34.56.78 por la tarde"),
    ("phone", "phone_plain", "en", "call O2O-7946-OO18 anytime"),
    ("phone", "phone_plain", "zh", "手机 l39 l234 5678 随时打"),
    ("phone", "phone_plain", "pt", "liga 2l-9876S-432l"),
    ("phone", "phone_plain", "ru", "звони 8.9l6.l23.45.67"),

    # ------------------------------------------------------------ app names said with the names of their letters
    ("messaging_app", "app_spelled", "es", "escríbeme al te-e-ele-e-ge-erre-a-eme"),
    ("messaging_app", "app_spelled", "es", "agrégame en uve doble, e, che, a, te"),
    ("messaging_app", "app_spelled", "en", "text me on vee eye bee ee are"),
    ("messaging_app", "app_spelled", "en", "find me on eye en ess tee ay"),
    ("messaging_app", "app_spelled", "en", "double-u ay me when you can"),
    ("messaging_app", "app_spelled", "pt", "me chama no dáblio-a-tê-esse"),
    ("messaging_app", "app_spelled", "pt", "me add no ésse-ene-a-pê"),
    ("messaging_app", "app_spelled", "fr", "écris-moi sur esse-i-gé-enne-a-elle"),
    ("messaging_app", "app_spelled", "fr", "trouve-moi sur vé-i-bé-e-erre"),
    ("messaging_app", "app_spelled", "ru", "пиши в ти, и, эл, и, джи, ар, эй, эм"),
    ("messaging_app", "app_spelled", "ru", "найди меня в вэ-и-бэ-е-эр"),

    # ------------------------------------------------------------ slang and nicknames for the apps
    ("messaging_app", "app_slang", "ru", "есть тележка? кинь ник"),
    ("messaging_app", "app_slang", "ru", "давай в тг, ник такой же"),
    ("messaging_app", "app_slang", "zh", "飞机上聊吧，号一样"),
    ("messaging_app", "app_slang", "zh", "有纸飞机吗？加一下"),
    ("messaging_app", "app_slang", "en", "ping me on the tele, same handle"),
    ("messaging_app", "app_slang", "pt", "manda uma DM no insta que te respondo"),
    ("messaging_app", "app_slang", "es", "escríbeme al DM de insta"),
    ("messaging_app", "app_slang", "fr", "écris-moi en DM sur insta"),

    # ------------------------------------------------------------ other shops, marketplaces and social networks
    ("link", "link", "pt", "também vendo no Mercado Livre, busca LOJADABIA e compra lá"),
    ("link", "link", "es", "tengo tienda en Mercado Libre, búscame como ModasLucia y compra allí más barato"),
    ("link", "link", "en", "I have the same store on eBay, search CheapCasesUK and order there"),
    ("link", "link", "en", "It's cheaper on my Amazon shop, look up GadgetHub and buy it there"),
    ("link", "link", "fr", "J'ai une boutique sur Vinted aussi, cherche BijouxLea et achète là-bas"),
    ("link", "link", "ru", "У нас магазин на Wildberries, ищите Текстиль-Опт, там дешевле"),
    ("link", "link", "zh", "拼多多搜店铺小王潮牌，便宜很多"),
    ("link", "link", "zh", "淘宝店名“小王潮牌”，去那边拍"),
    ("messaging_app", "link", "zh", "关注我的小红书号 xiaowang_88，有优惠"),
    ("messaging_app", "link", "zh", "加我抖音 xiaowang888 私聊"),
    ("messaging_app", "link", "en", "follow my TikTok @cheapcases_uk and DM me there"),
    ("link", "link", "zh", "mall点szled点net 有全部款式"),
    ("link", "link", "zh", "网址 szled点com 进去看"),

    # ------------------------------------------------------------ e-mail: other names for "at"
    ("email", "email_disguised", "zh", "邮件发 lili2020 小老鼠 163 点 com"),
    ("email", "email_disguised", "ru", "почта olga_opt собачка mail точка ру"),
    ("email", "email_disguised", "fr", "écris à m.dubois chez orange point fr"),
    ("email", "email_disguised", "zh", "邮箱 wangli 圈a 163 点 com"),
]

ORDINARY_ROUND_4 = {
    "en": [
        "Does the watch get Telegram notifications on iOS?",
        "Is this phone compatible with WhatsApp and Google Pay?",
        "Can I install WeChat on this tablet or does it lack Google Play?",
        "Does the dashcam app work with Instagram sharing?",
        "The watch shows Viber calls but not the messages, is that normal?",
        "Will the headset work for WhatsApp video calls on my laptop?",
        "Does it support Signal and Telegram apps? I use them for work.",
        "I got a WhatsApp message saying I won a prize from AliExpress, is it a scam?",
        "I had to pay the courier customs fees in cash, is that right?",
        "I cancelled the order by mistake, can you help me reorder it?",
        "I saw it cheaper on Amazon, can you match the price?",
        "My Revolut card was charged twice for this order",
        "I paid with PayPal at checkout and got the confirmation",
        "Is cash on delivery available in my country through the app?",
        "The area code on my address is 415, is that enough for the courier?",
        "I'd like 3 in black, 2 in white and 1 in red please",
        "Tracking number starts with LP and ends with CN, is that right?",
    ],
    "es": [
        "¿El reloj recibe las notificaciones de Telegram en Android?",
        "¿Este móvil tiene WhatsApp instalado o hay que descargarlo?",
        "¿Funciona con Instagram para subir fotos directamente desde la cámara?",
        "La pulsera muestra los mensajes de WeChat pero no los de Line",
        "Me llegó un WhatsApp de un número raro diciendo que era de la tienda, ¿es una estafa?",
        "Tuve que pagar la aduana al repartidor en efectivo, ¿es normal?",
        "Cancelé el pedido sin querer, ¿lo puedo volver a hacer?",
        "En Mercado Libre está más barato, ¿me igualas el precio?",
        "Pagué con PayPal al hacer el pedido y ya sale pagado",
        "¿Se puede pagar en efectivo contra reembolso desde la app?",
        "Mi tarjeta Revolut me cobró dos veces",
    ],
    "pt": [
        "O relógio mostra as mensagens do Telegram também?",
        "Esse celular é compatível com o WhatsApp Business?",
        "A câmera posta direto no Instagram pelo app dela?",
        "Recebi um zap dizendo que ganhei um prêmio, é golpe?",
        "Paguei a taxa dos Correios em dinheiro na entrega, tá certo?",
        "Cancelei o pedido sem querer, dá pra refazer?",
        "No Mercado Livre tá mais barato, cobre o preço?",
        "Paguei com Pix pelo app e já aprovou",
    ],
    "fr": [
        "La montre reçoit les notifications Messenger et WhatsApp ?",
        "Est-ce que Telegram fonctionne sur cette tablette ?",
        "On peut installer WhatsApp sur ce téléphone sans les services Google ?",
        "J'ai reçu un SMS disant que je dois payer des frais de douane en espèces, c'est une arnaque ?",
        "J'ai annulé la commande par erreur, vous pouvez m'aider ?",
        "C'est moins cher sur Amazon, vous pouvez vous aligner ?",
        "J'ai payé par PayPal lors de la commande, c'est validé",
        "Ma carte Revolut a été débitée deux fois",
    ],
    "ru": [
        "Часы поддерживают уведомления Telegram?",
        "На этот планшет можно установить WhatsApp?",
        "Камера умеет отправлять фото в Telegram через своё приложение?",
        "Пришло сообщение в WhatsApp, что я выиграл приз, это мошенники?",
        "Курьеру пришлось заплатить наличными за пошлину, это нормально?",
        "Случайно отменил заказ, можно оформить заново?",
        "На Wildberries дешевле, сделаете такую же цену?",
        "Оплатил через ЮMoney в приложении, деньги списались",
    ],
    "zh": [
        "这个手表支持微信支付吗？",
        "手环能收到微信和QQ的消息提醒吗？",
        "这款平板可以装微信吗？",
        "我收到一个微信说我中奖了，是骗子吗？",
        "我用支付宝在APP里付款了，显示成功",
        "不小心取消了订单，还能重新下单吗？",
        "淘宝上更便宜，能便宜点吗？",
        "快递员让我现金付关税，正常吗？",
    ],
}
