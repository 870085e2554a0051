"""A seller's inbox at scale for the search benchmark: the demo, plus N messages in Spanish,
English and Chinese over about N/50 conversations with the first store, with orders, order
numbers, tracking numbers, product and order cards, cached translations, and two years of
dates.

Messages are stored in time order, as an inbox grows. It is written with Core `executemany`
outside the ORM, like a bulk loader, so the index is built afterwards by
`desktop.core.search.build`. Deterministic (seeded). `make_database` uses
`buzon demo --reset --scale N` instead once that command exists (issue 12).
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from pathlib import Path

from desktop.core import demo
from desktop.core.db import Database

GENERATOR = 1          # bump when the generated data changes: cached databases are keyed by it
END = dt.datetime(2026, 11, 20, 9, 0)
SPAN_DAYS = 730

ES = [
    "Hola, ¿el {p_es} está disponible en {c_es}?", "¿Cuándo enviáis el pedido {order}?",
    "El pedido {order} todavía no ha llegado, ¿me podéis ayudar?", "Me prometisteis el {c_es} y me ha llegado el {c2_es}.",
    "¿Tenéis la talla {size}? Mido 1,{n} m y peso {kg} kg.", "Gracias, lo he recibido todo perfecto.",
    "El número de seguimiento {track} no funciona en la web de Correos.", "Quiero pedir un reembolso, el {p_es} vino roto.",
    "¿Hacéis envío a {city}? ¿Cuánto tarda?", "Lleva {d} días retenido en aduanas, ¿sabéis algo?",
    "¿Es original o es una réplica?", "Perfecto, espero el envío entonces.", "La batería del {p_es} se descarga en {d} horas.",
    "¿Me podéis enviar fotos reales del {p_es}?", "Ya he pagado el pedido {order}, ¿cuándo sale?",
    "Vale, muchas gracias por la ayuda.", "El paquete aparece como entregado pero no lo tengo.",
    "¿Puedo cambiar el color a {c_es}?", "¿Hay descuento si compro {n} unidades?", "La caja llegó abierta y falta el cable.",
    "He abierto una disputa porque no contestáis.", "Todo correcto, os dejo cinco estrellas.",
    "¿El {p_es} funciona con el enchufe europeo?", "Me llegó el {p_es} pero la pantalla tiene una raya.",
    "¿Podéis mandarlo por {carrier}? Es más rápido.", "Mi dirección es calle {street} {n}, {city}.",
    "No entiendo el mensaje, ¿me lo explicas otra vez?", "Entonces, ¿me devolvéis el dinero o me mandáis otro?",
    "Hace {d} días que escribí y nadie me responde.", "¿Cuánto cuesta el envío urgente a {city}?",
    "¡Muchas gracias! Ya ha llegado.", "Quiero anular el pedido {order}, me he equivocado de talla.",
]
EN = [
    "Hi, is the {p_en} available in {c_en}?", "When will you ship order {order}?",
    "My order {order} has not arrived yet, can you help?", "You promised the {c_en} one and I got the {c2_en} one.",
    "Do you have size {size}? I am 1.{n} m tall.", "Thanks, everything arrived in good condition.",
    "The tracking number {track} shows no information.", "I would like a refund, the {p_en} arrived broken.",
    "Do you ship to {city}? How long does it take?", "It has been stuck in customs for {d} days, any news?",
    "Is it original or a copy?", "Great, I will wait for the delivery then.", "The battery of the {p_en} dies after {d} hours.",
    "Could you send me real photos of the {p_en}?", "I already paid for order {order}, when does it leave?",
    "OK, thank you very much for your help.", "The parcel says delivered but I do not have it.",
    "Can I change the colour to {c_en}?", "Is there a discount if I buy {n} of them?", "The box arrived open and the cable is missing.",
    "I opened a dispute because nobody answers.", "All good, five stars from me.", "Does the {p_en} work with a UK plug?",
    "The {p_en} arrived but the screen is scratched.", "Can you send it with {carrier}? It is faster.",
    "Sorry, I do not understand, can you explain again?", "So will you refund me or send another one?",
    "I wrote {d} days ago and nobody replied.", "How much is express shipping to {city}?",
    "Thank you so much! It has arrived.", "Please cancel order {order}, I chose the wrong size.",
]
ZH = [
    "您好，{p_zh}有{c_zh}的吗？", "订单{order}什么时候发货？", "亲，包裹已经发出了，物流信息一般在三到五天内更新。",
    "抱歉给您带来不便，海关检查通常需要三到五天，请您耐心等待。", "可以退款，请把照片发给我们。", "我们的{p_zh}是原装正品，请放心购买。",
    "运单号是{track}，您可以在官网查询。", "谢谢您的支持！欢迎再次光临。", "已经给您补发了，请注意查收。",
    "这个颜色暂时没有货，{d}天后到货。", "亲，建议选{size}码，面料是加绒棉混纺。", "退货地址已经发给您了，请填写退货单号。",
    "没收到快递的话我们可以给您退款。", "您好，由于航班舱位紧张，包裹会在下一班航班发出。", "好的，我们马上安排发货。",
    "请问您需要开发票吗？", "这款{p_zh}支持七天无理由退货。", "亲，您的订单{order}已经在路上了。", "非常抱歉，仓库发错了颜色，我们给您重新发。",
    "快递显示已签收，请您在附近找一下。", "我们已经联系物流公司核实情况。", "您好，请提供一下收件地址和电话。",
    "这个产品没有质量问题，可能是使用方法不对。", "好的，已经给您备注了，发{carrier}。", "亲，退款已经处理，三到七个工作日到账。",
]
RARE = ["¿Llega a Albacete antes del viernes?", "Do you also sell a xylophone for children?", "有没有麒麟图案的款式？"]
P_ES = ["cargador", "reloj", "auricular", "altavoz", "teclado", "ratón", "vestido", "abrigo", "bolso", "cable", "tetera",
        "lámpara", "mochila", "funda", "batería externa", "cepillo", "termo", "pulsera", "gorra", "chaqueta"]
P_EN = ["charger", "watch", "earbuds", "speaker", "keyboard", "mouse", "dress", "coat", "handbag", "cable", "teapot",
        "lamp", "backpack", "phone case", "power bank", "brush", "flask", "bracelet", "cap", "jacket"]
P_ZH = ["充电器", "手表", "耳机", "音箱", "键盘", "鼠标", "连衣裙", "外套", "手提包", "数据线", "茶壶", "台灯", "背包", "手机壳", "充电宝"]
C_ES = ["negro", "blanco", "azul", "rojo", "gris", "rosa", "verde", "beige", "morado", "amarillo"]
C_EN = ["black", "white", "blue", "red", "grey", "pink", "green", "beige", "purple", "yellow"]
C_ZH = ["黑色", "白色", "蓝色", "红色", "灰色", "粉色", "绿色", "米色"]
CITIES = ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Murcia", "Granada", "Vigo", "Oviedo",
          "Manchester", "London", "Leeds", "Bristol", "Glasgow", "Cardiff", "Dublin", "Lyon", "Porto", "Lisboa"]
STREETS = ["Mayor", "Alcalá", "Gran Vía", "del Sol", "de la Paz", "Real", "Nueva", "San Juan"]
CARRIERS = ["Correos", "SEUR", "DHL", "UPS", "Cainiao", "Royal Mail", "顺丰", "EMS"]
SIZES = ["S", "M", "L", "XL", "XXL"]


def _number(rng: random.Random, used: set) -> str:
    while True:
        n = "8190" + "".join(rng.choice("0123456789") for _ in range(12))
        if n not in used:
            used.add(n)
            return n


def _tracking(rng: random.Random) -> str:
    prefix = rng.choice(["LP00", "RB", "YT", "UA", "LP00"])
    return prefix + "".join(rng.choice("0123456789") for _ in range(rng.choice((10, 12, 14)))) + rng.choice(["CN", ""])


def _sentence(rng: random.Random, lang: str, order: str) -> str:
    bank = ES if lang == "es" else EN if lang == "en" else ZH
    return rng.choice(bank).format(
        p_es=rng.choice(P_ES), p_en=rng.choice(P_EN), p_zh=rng.choice(P_ZH), c_es=rng.choice(C_ES),
        c2_es=rng.choice(C_ES), c_en=rng.choice(C_EN), c2_en=rng.choice(C_EN), c_zh=rng.choice(C_ZH),
        order=order, track=_tracking(rng), size=rng.choice(SIZES), n=rng.randint(2, 99), kg=rng.randint(45, 110),
        d=rng.randint(2, 30), city=rng.choice(CITIES), street=rng.choice(STREETS), carrier=rng.choice(CARRIERS))


def _text(rng: random.Random, lang: str, order: str) -> str:
    text = _sentence(rng, lang, order)
    if rng.random() < 0.3:
        text += " " + _sentence(rng, lang, order)
    if rng.random() < 1 / 50_000:
        text += " " + rng.choice(RARE)
    return text


def _sizes(rng: random.Random, n: int) -> list[int]:
    """Messages per conversation: ten large ones hold a tenth, the rest 10-90 each."""
    convs = max(1, n // 50)
    big = min(10, convs // 10)
    sizes = [n // 100] * big
    rest = n - sum(sizes)
    small = [rng.randint(10, 90) for _ in range(convs - big)]
    scale = rest / max(1, sum(small))
    sizes += [max(1, round(s * scale)) for s in small]
    sizes[-1] += n - sum(sizes)
    return sizes


def _stamp(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def generate(path: Path, n: int, seed: int = 12) -> None:
    """Make the database at `path`: the demo, then `n` messages for the first store's seller."""
    db = Database.open(f"sqlite:///{path}")
    demo.ensure_demo(db)
    rng = random.Random(seed)
    with db.engine.begin() as conn:
        q = conn.exec_driver_sql
        seller = q("SELECT id FROM users WHERE store_id = 1 ORDER BY id LIMIT 1").scalar()
        products = [r[0] for r in q("SELECT id FROM products WHERE store_id = 1")]
        first_user = q("SELECT max(id) FROM users").scalar() + 1
        sizes = _sizes(rng, n)
        langs = [rng.choices(["es", "en", "zh"], [55, 35, 10])[0] for _ in sizes]
        q("INSERT INTO users (id, handle, name, role, language, time_zone, city) VALUES (?, ?, ?, 'buyer', ?, ?, ?)",
          [(first_user + i, f"buyer{i:06d}", f"Buyer {i}", lang,
            "Europe/Madrid" if lang == "es" else "Europe/London" if lang == "en" else "Asia/Shanghai",
            rng.choice(CITIES)) for i, lang in enumerate(langs)])
        first_conv = q("SELECT coalesce(max(id), 0) FROM conversations").scalar() + 1
        starts = [END - dt.timedelta(days=rng.uniform(1, SPAN_DAYS)) for _ in sizes]
        q("INSERT INTO conversations (id, buyer_id, store_id, created_at, last_activity_at) VALUES (?, ?, 1, ?, ?)",
          [(first_conv + i, first_user + i, _stamp(starts[i]), _stamp(starts[i])) for i in range(len(sizes))])
        used: set[str] = set(r[0] for r in q("SELECT number FROM orders"))
        orders_of: dict[int, list[tuple[int, str]]] = {}
        first_order = q("SELECT max(id) FROM orders").scalar() + 1
        order_rows, item_rows = [], []
        for k in range(max(1, n // 100)):
            conv = rng.randrange(len(sizes))
            number, shipped = _number(rng, used), rng.random() < 0.7
            order_rows.append((first_order + k, number, first_user + conv, "shipped" if shipped else "awaiting_shipment",
                               _stamp(starts[conv]), rng.randint(300, 9000), "Cainiao" if shipped else "",
                               _tracking(rng) if shipped else ""))
            product = rng.choice(products)
            item_rows.append((first_order + k, product, product))
            orders_of.setdefault(conv, []).append((first_order + k, number))
        q("INSERT INTO orders (id, number, buyer_id, store_id, status, created_at, total_cents, currency, carrier, "
          "tracking_number) VALUES (?, ?, ?, 1, ?, ?, ?, 'EUR', ?, ?)", order_rows)
        q("INSERT INTO order_items (order_id, product_id, title, variant, quantity, unit_price_cents) "
          "SELECT ?, ?, title, '', 1, price_cents FROM products WHERE id = ?", item_rows)
        # every message's time, then ids in time order: the order an inbox is written in
        events = []
        for conv, size in enumerate(sizes):
            gaps = [rng.expovariate(1 / 90) + 0.2 for _ in range(size)]           # minutes between messages
            at = min(starts[conv], END - dt.timedelta(minutes=sum(gaps)))        # a long chat started long ago
            for gap in gaps:
                events.append((at, conv))
                at += dt.timedelta(minutes=gap)
        events.sort()
        first_message = q("SELECT max(id) FROM messages").scalar() + 1
        messages, translations, last = [], [], {}
        for offset, (at, conv) in enumerate(events):
            mid = first_message + offset
            theirs = orders_of.get(conv) or [(None, _number(rng, used))]
            order_id, number = rng.choice(theirs)
            from_seller = rng.random() < 0.45
            lang = "zh" if from_seller and rng.random() < 0.7 else ("en" if from_seller else langs[conv])
            if order_id is not None and rng.random() < 0.01:
                kind, text = "order_card", ""
            else:
                kind, text = "text", _text(rng, lang, number)
                order_id = None
            messages.append((mid, first_conv + conv, seller if from_seller else first_user + conv, kind, text, lang,
                             f"gen-{mid}", order_id, _stamp(at), _stamp(at)))
            if kind == "text" and rng.random() < 0.10:
                target = "zh" if not from_seller else langs[conv] if langs[conv] != "zh" else "en"
                translations.append((mid, target, _text(rng, target, number), "bench-1"))
            last[conv] = (mid, at)
        for i in range(0, len(messages), 50_000):
            q("INSERT INTO messages (id, conversation_id, sender_id, kind, text, lang, client_id, order_id, created_at, "
              "sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", messages[i:i + 50_000])
        q("INSERT INTO message_translations (message_id, target_lang, text, pack_version, sent_by_author) "
          "VALUES (?, ?, ?, ?, 0)", translations)
        q("INSERT INTO conversation_members (conversation_id, user_id, last_read_message_id, cleared_before_message_id, "
          "hidden, archived, labels) VALUES (?, ?, ?, 0, 0, 0, '')",
          [(first_conv + c, uid, last[c][0]) for c in last for uid in (first_user + c, seller)])
        q("UPDATE conversations SET last_message_id = ?, last_activity_at = ? WHERE id = ?",
          [(mid, _stamp(at), first_conv + c) for c, (mid, at) in last.items()])
        q("UPDATE conversations SET created_at = (SELECT min(sent_at) FROM messages m "
          "WHERE m.conversation_id = conversations.id) WHERE id >= ?", (first_conv,))
    db.close()


def make_database(path: Path, n: int) -> str:
    """The benchmark's database; returns what made it."""
    url = f"sqlite:///{path}"
    scaled = subprocess.run([sys.executable, "-m", "desktop", "--database", url, "demo", "--reset", "--scale", str(n)],
                            capture_output=True, text=True)
    if scaled.returncode == 0:
        return f"buzon demo --reset --scale {n}"
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    generate(path, n)        # until issue 12's generator is on main
    return f"the benchmark's generator (tests/benchmarks/search_corpus.py, version {GENERATOR})"
