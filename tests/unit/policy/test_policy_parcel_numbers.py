"""A parcel's number said with its name ("номер посылки", "parcel number", "包裹号") is a
reference, as an order's or a tracking number is: a Russian Post or China Post number has 14
digits, a phone's length, and six of these buyers' questions were refused."""

from __future__ import annotations

import pytest

from desktop.core import policy


@pytest.mark.parametrize("text", [
    "номер посылки 80085472123456, где она?",
    "Мой номер посылки 5123 4567 8901",
    "номер отправления 80085472123456 не отслеживается",
    "número de envío 80085472123456, ¿dónde está?",
    "parcel number 80085472123456, where is it now?",
    "número do pacote 80085472123456 onde está",
    "numero del pacco 80085472123456, dove si trova?",
    "包裹号 80085472123456 一直没有更新",
])
def test_a_parcels_number_is_a_reference(text):
    assert not policy.check(text).blocked


@pytest.mark.parametrize("text", [
    "номер посылки 80085472123456, а мой номер 8 912 345 67 89",
    "parcel number? no, my phone: 612 345 678",
    "мой номер 8 912 345 67 89, для посылки",
])
def test_a_phone_beside_a_parcel_is_still_a_phone(text):
    assert policy.check(text).blocked
