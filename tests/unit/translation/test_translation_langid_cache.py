"""py3langid's model kept decompressed in the cache folder (translation/langid_model.py): the
same identifier from the cache as from py3langid's file, the kept arrays mapped rather than
read, and a damaged or unwritable cache is never trusted and never an error."""

from __future__ import annotations

import mmap

import numpy as np
import pytest

from desktop.core.translation import langid_model

SPANISH = "hola, ¿tienen este producto en azul? gracias"
ENGLISH = "hello, do you have this one in blue? thanks"


def _kept(folder):
    return next(p for p in folder.iterdir() if p.is_dir())


def _snapshot(kept):
    return {p.name: p.read_bytes() for p in kept.iterdir()}


def test_the_first_load_keeps_the_model_and_the_next_reads_it(tmp_path):
    assert langid_model.cached_labels(tmp_path) is None
    first = langid_model.load(tmp_path)
    kept = _kept(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [kept.name, f"{kept.name}.json"]
    assert sorted(p.name for p in kept.iterdir()) == sorted(f"{name}.npy" for name in langid_model.ARRAYS)
    again = langid_model.load(tmp_path)
    assert again.labels == first.labels == langid_model.cached_labels(tmp_path)
    assert "es" in again.labels and "zh" in again.labels
    for text in (SPANISH, ENGLISH, "你好，还有货吗？", "Quand arrive ma commande ?", ""):
        assert again.classify(text) == first.classify(text)
        assert again.rank(text) == first.rank(text)


def test_the_kept_model_is_mapped_not_read(tmp_path):
    """The next process maps the 68 MB (a message reads a few pages of them) instead of reading
    and copying all of it: its arrays are views of the files."""
    langid_model.load(tmp_path)
    ident = langid_model.load(tmp_path)
    for values in (ident.nb_ptc, ident.tk_nextmove, ident.tk_row, ident.tk_output):
        assert isinstance(_owner(values), mmap.mmap)


def _owner(values):
    """What finally holds the values' memory, through views and memory views."""
    while True:
        inner = values.obj if isinstance(values, memoryview) else getattr(values, "base", None)
        if inner is None:
            return values
        values = inner


def test_restricting_the_languages_leaves_the_kept_model_whole(tmp_path):
    import copy

    langid_model.load(tmp_path)
    ident = langid_model.load(tmp_path)
    latin = copy.copy(ident)
    latin.set_languages(["es", "en", "pt"])
    assert latin.classify(SPANISH)[0] == "es" and latin.classify(ENGLISH)[0] == "en"
    assert ident.labels == langid_model.load(tmp_path).labels and len(ident.labels) > 90


@pytest.mark.parametrize("damage", ["cut short", "not an array", "missing", "a move outside the automaton",
                                    "a feature outside the weights", "a row outside the automaton"])
def test_damaged_kept_arrays_are_replaced_not_trusted(tmp_path, damage):
    langid_model.load(tmp_path)
    kept = _kept(tmp_path)
    good = _snapshot(kept)
    if damage == "cut short":
        path = kept / "nextmove.npy"
        path.write_bytes(good[path.name][: len(good[path.name]) // 2])
    elif damage == "not an array":
        (kept / "ptc.npy").write_bytes(b"not an array")
    elif damage == "missing":
        (kept / "out_feat.npy").unlink()
    else:
        name = {"a move outside the automaton": "nextmove", "a feature outside the weights": "out_feat",
                "a row outside the automaton": "nextmove_row"}[damage]
        values = np.load(kept / f"{name}.npy").copy()
        values[len(values) // 2] = np.iinfo(values.dtype).max      # a valid file, an index past the end
        np.save(kept / f"{name}.npy", values)
    ident = langid_model.load(tmp_path)
    assert ident.classify(SPANISH)[0] == "es" and ident.classify(ENGLISH)[0] == "en"
    assert _snapshot(kept) == good                       # written again, whole
    assert langid_model.load(tmp_path).classify(SPANISH)[0] == "es"


def test_a_damaged_language_list_is_not_used(tmp_path):
    langid_model.load(tmp_path)
    listing = next(tmp_path.glob("*.json"))
    for bad in ("[]", "{not json", '["es", 3]', '{"es": 1}'):
        listing.write_text(bad)
        assert langid_model.cached_labels(tmp_path) is None


def test_an_unwritable_cache_folder_only_costs_time(tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")
    assert langid_model.load(blocked).classify(SPANISH)[0] == "es"
    assert langid_model.cached_labels(blocked) is None


def test_files_of_another_model_or_layout_are_removed(tmp_path):
    (tmp_path / "model-0123456789abcdef.npz").write_bytes(b"an older py3langid's model")
    (tmp_path / "model-0123456789abcdef.json").write_text('["es"]')
    (tmp_path / "model-0123456789abcdef").mkdir()
    (tmp_path / "model-0123456789abcdef" / "ptc.npy").write_bytes(b"its arrays")
    stem = langid_model._stem(langid_model._model_file())
    (tmp_path / f"{stem}.npz").write_bytes(b"this model as an older Buzon kept it (one archive)")
    langid_model.load(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [stem, f"{stem}.json"]


def test_arrays_of_another_layout_are_not_trusted(tmp_path):
    langid_model.load(tmp_path)
    kept = _kept(tmp_path)
    good = _snapshot(kept)
    for name, values in (("ptc", np.zeros(3, np.float16)),                           # not a table
                         ("classes", np.array(["es", "en"])),                         # not one per column
                         ("nextmove", np.asfortranarray(np.zeros((256, 4), np.uint32))),  # not one row
                         ("nextmove", np.zeros(256 * 4, ">u4")),                      # not native
                         ("out_feat", np.zeros(5, np.float32))):                      # not integers
        np.save(kept / f"{name}.npy", values)
        assert langid_model.load(tmp_path).classify(SPANISH)[0] == "es"
        assert _snapshot(kept) == good
