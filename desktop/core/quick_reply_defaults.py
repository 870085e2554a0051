"""The quick replies a store starts with: the situations of the demo's conversations, written
by hand in Spanish, English and Chinese (each version counts as written by hand)."""

from __future__ import annotations

# code -> (title, {lang: text})
DEFAULTS: dict[str, tuple[str, dict[str, str]]] = {
    "photos": ("Real photos", {
        "es": "Hola {buyer_name|}, ahora le enviamos fotos reales de {product|este producto}.",
        "en": "Hi {buyer_name|there}, we are sending you real photos of {product|this item} now.",
        "zh": "您好{buyer_name|}，我们马上发送{product|该商品}的实物照片给您。"}),
    "size": ("Size guide", {
        "es": "Hola {buyer_name|}, le recomendamos mirar la guía de tallas: si duda entre dos, elija la mayor.",
        "en": "Hi {buyer_name|there}, please check the size guide: if you are between two sizes, take the larger.",
        "zh": "您好{buyer_name|}，请参考尺码表：如果介于两个尺码之间，建议选大一号。"}),
    "material": ("Material", {
        "es": "{product|El producto} está hecho con materiales de calidad; los detalles están en la descripción.",
        "en": "{product|The item} is made of quality materials; the details are in the description.",
        "zh": "{product|该商品}采用优质材料制作，详情请见商品描述。"}),
    "original": ("Original product", {
        "es": "Sí, {product|el producto} es original, con garantía de la tienda {store}.",
        "en": "Yes, {product|the item} is original, with {store}'s warranty.",
        "zh": "是的，{product|该商品}是原装正品，{store}提供保修。"}),
    "shipping": ("Shipping time", {
        "es": "Enviamos en 2-4 días; la entrega tarda normalmente 10-20 días.",
        "en": "We ship within 2-4 days; delivery usually takes 10-20 days.",
        "zh": "我们会在2-4天内发货，通常10-20天送达。"}),
    "delay": ("Delay", {
        "es": "Sentimos el retraso del pedido {order_number}. Lo estamos revisando con {carrier|la empresa de transporte}.",
        "en": "We are sorry order {order_number} is late. We are checking with {carrier|the carrier}.",
        "zh": "很抱歉订单{order_number}延误了，我们正在与{carrier|物流公司}核实。"}),
    "no-tracking": ("No tracking yet", {
        "es": "El seguimiento del pedido {order_number} puede tardar 3-5 días en actualizarse después del envío.",
        "en": "Tracking for order {order_number} can take 3-5 days to update after shipping.",
        "zh": "订单{order_number}发货后，物流信息可能需要3-5天才会更新。"}),
    "returned": ("Returned to sender", {
        "es": "El paquete {tracking_number|} ha vuelto a nuestro almacén. Podemos reenviarlo o reembolsarle.",
        "en": "Parcel {tracking_number|} came back to our warehouse. We can send it again or refund you.",
        "zh": "包裹{tracking_number|}已退回我们的仓库。我们可以重新发货或为您退款。"}),
    "customs": ("Customs", {
        "es": "El pedido {order_number} está en aduanas; la revisión suele tardar 3-5 días.",
        "en": "Order {order_number} is at customs; the check usually takes 3-5 days.",
        "zh": "订单{order_number}正在清关，海关检查通常需要3-5天。"}),
    "cancel": ("Cancellation", {
        "es": "Hemos recibido su solicitud de cancelación del pedido {order_number} y la responderemos hoy.",
        "en": "We received your request to cancel order {order_number} and will answer it today.",
        "zh": "我们已收到您取消订单{order_number}的申请，今天会处理。"}),
    "dispute": ("Dispute", {
        "es": "Sentimos el problema con el pedido {order_number}. Envíenos fotos y le propondremos una solución.",
        "en": "We are sorry about the problem with order {order_number}. Send us photos and we will propose a solution.",
        "zh": "很抱歉订单{order_number}出现问题。请发送照片给我们，我们会提出解决方案。"}),
    "away": ("Away (auto-reply)", {
        "es": "Gracias por su mensaje. Ahora estamos fuera de horario; le responderemos en cuanto volvamos.",
        "en": "Thank you for your message. We are outside our hours now and will answer as soon as we are back.",
        "zh": "感谢您的留言。现在是非工作时间，我们上班后会尽快回复您。"}),
}

# The titles in the store's own language (a Chinese store's list read "Real photos").
TITLES: dict[str, dict[str, str]] = {
    "photos": {"es": "Fotos reales", "zh": "实物照片"},
    "size": {"es": "Guía de tallas", "zh": "尺码表"},
    "material": {"es": "Material", "zh": "材质"},
    "original": {"es": "Producto original", "zh": "原装正品"},
    "shipping": {"es": "Plazo de envío", "zh": "发货时间"},
    "delay": {"es": "Retraso", "zh": "延误"},
    "no-tracking": {"es": "Aún sin seguimiento", "zh": "暂无物流信息"},
    "returned": {"es": "Devuelto al remitente", "zh": "退回发件人"},
    "customs": {"es": "Aduana", "zh": "海关"},
    "cancel": {"es": "Cancelación", "zh": "取消订单"},
    "dispute": {"es": "Disputa", "zh": "纠纷"},
    "away": {"es": "Ausente (respuesta automática)", "zh": "离开（自动回复）"},
}


def title_in(code: str, lang: str) -> str:
    """A shipped reply's title in `lang` (English when there is none in it)."""
    return TITLES.get(code, {}).get(lang) or DEFAULTS[code][0]
