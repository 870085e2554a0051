"""Asking the seller about a tracking event (issue 16 §1): the prepared question, in the
buyer's language (hand-written Spanish, English and Chinese, as `question_chips`), naming
the order, the event and its date. Which event is one of the guide's three situations (a
delay, returned to sender, no tracking information yet after some days) is the core's
`OrderDetail.situation` (`orders.tracking_situation`).

    text = tracking_question(event, order_number, user)    # TrackingRow -> the chat's question
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop.gui.views.question_chips import buyer_language

if TYPE_CHECKING:
    from desktop.core.orders import TrackingRow
    from desktop.core.users import UserRecord

SITUATIONS = ("delay", "customs_delay", "returned_to_sender", "no_tracking")

QUESTIONS = {
    "en": {
        "delay": "My order {number} shows \"Delayed\" since {date}{where}. When do you expect it to move again?",
        "customs_delay": "My order {number} has been held by customs since {date}{where}. Is there anything I "
                         "need to do for it to be released?",
        "returned_to_sender": "My order {number} shows \"Returned to sender\" on {date}{where}. "
                              "Could you send it again, or refund me?",
        "no_tracking": "My order {number} still has no tracking information since {date}. Could you check with "
                       "the carrier, or send me the right tracking number?",
        "other": "About my order {number}: the tracking shows \"{event}\" on {date}{where}. Could you tell me more?",
        "where": " ({place})",
    },
    "es": {
        "delay": "Mi pedido {number} aparece como \"Retrasado\" desde el {date}{where}. ¿Cuándo cree que "
                 "volverá a moverse?",
        "customs_delay": "Mi pedido {number} está retenido en aduanas desde el {date}{where}. ¿Tengo que hacer "
                         "algo para que lo liberen?",
        "returned_to_sender": "Mi pedido {number} aparece como \"Devuelto al remitente\" el {date}{where}. "
                              "¿Podría enviarlo de nuevo o hacerme el reembolso?",
        "no_tracking": "Mi pedido {number} sigue sin información de seguimiento desde el {date}. ¿Podría "
                       "consultarlo con la empresa de transporte o enviarme el número de seguimiento correcto?",
        "other": "Sobre mi pedido {number}: el seguimiento indica \"{event}\" el {date}{where}. "
                 "¿Podría darme más detalles?",
        "where": " ({place})",
    },
    "zh": {
        "delay": "我的订单{number}自{date}起显示\"延误\"{where}。请问预计什么时候能继续运输？",
        "customs_delay": "我的订单{number}自{date}起被海关扣留{where}。需要我做些什么才能放行吗？",
        "returned_to_sender": "我的订单{number}在{date}显示\"退回寄件人\"{where}。可以重新发货或者给我退款吗？",
        "no_tracking": "我的订单{number}从{date}到现在还没有物流信息。可以帮我问一下快递公司，或者发给我正确的运单号吗？",
        "other": "关于我的订单{number}：物流在{date}显示\"{event}\"{where}。可以告诉我更多情况吗？",
        "where": "（{place}）",
    },
}
EVENT_NAMES = {
    "en": {"info": "Accepted by the carrier", "in_transit": "In transit", "delivered": "Delivered",
           "departed": "Departed"},
    "es": {"info": "Aceptado por el transportista", "in_transit": "En tránsito", "delivered": "Entregado",
           "departed": "Ha salido"},
    "zh": {"info": "快递已揽收", "in_transit": "运输中", "delivered": "已签收", "departed": "已发出"},
}


def event_date(at: dt.datetime, time_zone: str | None) -> str:
    """The event's day in the buyer's time zone, written the same in every language (2026-11-20)."""
    try:
        zone = ZoneInfo(time_zone) if time_zone else ZoneInfo("UTC")
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return at.replace(tzinfo=dt.timezone.utc).astimezone(zone).strftime("%Y-%m-%d")


def tracking_question(event: TrackingRow, order_number: str, user: UserRecord | None) -> str:
    texts = QUESTIONS[buyer_language(user)]
    names = EVENT_NAMES[buyer_language(user)]
    where = texts["where"].replace("{place}", event.location) if event.location else ""
    template = texts.get(event.kind, texts["other"]) if event.kind in SITUATIONS else texts["other"]
    return (template.replace("{number}", order_number).replace("{date}", event_date(event.at, user and user.time_zone))
            .replace("{where}", where).replace("{event}", names.get(event.kind, event.description)))
