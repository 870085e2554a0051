"""Only cache misses reach the engine; a pack's version is part of the key."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.core.translation import packs
from desktop.core.translation.cache import DictCache, Outcome, Pending, translate_missing
from desktop.core.translation.engine import Translator


class CountingTranslator(Translator):
    """The real engine, counting the texts that reach it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen: list[str] = []

    def translate_batch(self, texts, src, tgt):
        self.seen.extend(texts)
        return super().translate_batch(texts, src, tgt)


@pytest.fixture
def translator(installed_packs, pack_file):
    packs.install(installed_packs, pack_file("pt", "en"))
    return CountingTranslator(installed_packs, intra_threads=1)


ITEMS = [
    Pending(1, "Hola, ¿tienen talla M?", "es"),
    Pending(2, "Gracias.", "es"),
    Pending(3, "Thanks!", "en"),
    Pending(4, "👍", "und"),
    Pending(5, "Olá, tem tamanho M?", "pt"),
    Pending(6, "Здравствуйте", "ru"),
]


def test_second_call_is_all_cache_hits(translator):
    cache = DictCache()
    first = translate_missing(translator, ITEMS, "en", lookup=cache.lookup, store=cache.store)
    assert translator.seen == ["Hola, ¿tienen talla M?", "Gracias.", "Olá, tem tamanho M?"]
    assert first[1].text == translator.translate("Hola, ¿tienen talla M?", "es", "en")
    assert first[1].pack_version == "1.0" and not first[1].cached and first[1].translated
    assert first[3] == Outcome(3, "Thanks!") and first[4] == Outcome(4, "👍")
    assert first[6].text is None and first[6].missing == (("ru", "en"),)
    translator.seen.clear()
    second = translate_missing(translator, ITEMS, "en", lookup=cache.lookup, store=cache.store)
    assert translator.seen == []
    assert second[1].cached and second[1].text == first[1].text and second[5].cached


def test_pivot_is_cached_under_both_versions(translator):
    cache = DictCache()
    out = translate_missing(translator, ITEMS[:2], "zh", lookup=cache.lookup, store=cache.store)
    assert out[1].pack_version == "1.0+1.0"
    assert cache.entries[(1, "zh")] == (out[1].text, "1.0+1.0")


def test_a_replaced_pack_invalidates_its_translations(translator, tmp_path, tiny_pack_folders, pack_builder):
    cache = DictCache()
    translate_missing(translator, ITEMS[:2], "en", lookup=cache.lookup, store=cache.store)
    newer = tmp_path / "newer"
    shutil.copytree(tiny_pack_folders[("es", "en")], newer)
    meta = json.loads((newer / "metadata.json").read_text())
    meta["package_version"] = "1.1"
    (newer / "metadata.json").write_text(json.dumps(meta))
    packs.install(translator.data_dir, pack_builder.zip_folder(newer, tmp_path / "n.argosmodel"), replace=True)
    translator.seen.clear()
    out = translate_missing(translator, ITEMS[:2], "en", lookup=cache.lookup, store=cache.store)
    assert translator.seen == [ITEMS[0].text, ITEMS[1].text]
    assert out[1].pack_version == "1.1" and cache.entries[(1, "en")][1] == "1.1"


def test_only_the_misses_are_translated(translator):
    cache = DictCache()
    translate_missing(translator, ITEMS[:1], "en", lookup=cache.lookup, store=cache.store)
    translator.seen.clear()
    out = translate_missing(translator, ITEMS[:2], "en", lookup=cache.lookup, store=cache.store)
    assert translator.seen == ["Gracias."]
    assert out[1].cached and not out[2].cached


def test_the_carriers_words_reach_the_engine_once_a_session(translator):
    """The order page translated the same carrier phrases again on every page it opened; the
    session's cache keeps them (by text and language, with the pack's version)."""
    from desktop.core.message_translations import loose_texts

    spanish = "El paquete está esperando en la oficina de correos de su localidad"
    texts = [spanish, "The parcel has arrived at the sorting centre", spanish, "   "]
    cache = DictCache()
    first = loose_texts(translator, texts, "en", cache)
    assert list(first) == [spanish] and first[spanish][1] == "es"       # English is left as written
    assert first[spanish][0] == translator.translate(spanish, "es", "en")
    assert translator.seen.count(spanish) == 2                            # the page's, and the line above
    translator.seen.clear()
    assert loose_texts(translator, texts, "en", cache) == first and translator.seen == []
    assert loose_texts(translator, ["Здравствуйте, посылка в пути"], "en", cache) == {}    # no pack: as written
