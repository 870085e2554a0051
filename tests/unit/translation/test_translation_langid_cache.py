"""py3langid's model kept decompressed in the cache folder (translation/langid_model.py): the
same identifier from the cache as from py3langid's file, and a damaged or unwritable cache is
never trusted and never an error."""

from __future__ import annotations

from desktop.core.translation import langid_model

SPANISH = "hola, ¿tienen este producto en azul? gracias"
ENGLISH = "hello, do you have this one in blue? thanks"


def _files(folder):
    return sorted(p.suffix for p in folder.iterdir())


def test_the_first_load_keeps_the_model_and_the_next_reads_it(tmp_path):
    assert langid_model.cached_labels(tmp_path) is None
    first = langid_model.load(tmp_path)
    assert _files(tmp_path) == [".json", ".npz"]
    again = langid_model.load(tmp_path)
    assert again.labels == first.labels == langid_model.cached_labels(tmp_path)
    assert "es" in again.labels and "zh" in again.labels
    for text in (SPANISH, ENGLISH, "你好，还有货吗？"):
        assert again.classify(text) == first.classify(text)
        assert again.rank(text) == first.rank(text)


def test_a_damaged_archive_is_replaced_not_trusted(tmp_path):
    langid_model.load(tmp_path)
    archive = next(tmp_path.glob("*.npz"))
    size = archive.stat().st_size
    data = bytearray(archive.read_bytes())
    data[size // 2: size // 2 + 64] = b"\xff" * 64           # inside a member: its checksum fails
    archive.write_bytes(bytes(data))
    ident = langid_model.load(tmp_path)
    assert ident.classify(SPANISH)[0] == "es"
    assert archive.stat().st_size == size and archive.read_bytes() != bytes(data)   # written again
    for bad in (bytes(data[: size // 2]), b"not an archive"):          # cut short; something else
        archive.write_bytes(bad)
        assert langid_model.load(tmp_path).classify(ENGLISH)[0] == "en"
        assert archive.stat().st_size == size


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


def test_files_of_another_model_are_removed(tmp_path):
    (tmp_path / "model-0123456789abcdef.npz").write_bytes(b"an older py3langid's model")
    (tmp_path / "model-0123456789abcdef.json").write_text('["es"]')
    langid_model.load(tmp_path)
    assert len(list(tmp_path.iterdir())) == 2 and not list(tmp_path.glob("model-0123456789abcdef*"))


def test_an_archive_of_another_layout_is_not_trusted(tmp_path):
    import numpy as np

    langid_model.load(tmp_path)
    archive = next(tmp_path.glob("*.npz"))
    size = archive.stat().st_size
    for arrays in ({"ptc": np.zeros(3)},                                        # members missing
                   {"ptc": np.zeros((4, 2), np.float16), "pc": np.zeros(2, np.float32),
                    "classes": np.array(["es", "en"]), "out_feat": np.zeros(4, np.int32),
                    "nextmove": np.asfortranarray(np.zeros((256, 4), np.uint32)),  # not one row of words
                    "nextmove_row": np.zeros(4, np.uint16)}):
        with archive.open("wb") as f:
            np.savez(f, **arrays)
        assert langid_model.load(tmp_path).classify(SPANISH)[0] == "es"
        assert archive.stat().st_size == size
