"""py3langid's model kept decompressed in the cache folder (translation/langid_model.py): the
same identifier from the cache as from py3langid's file, the kept arrays mapped rather than
read, and a damaged or unwritable cache is never trusted and never an error."""

from __future__ import annotations

import mmap
import os
import shutil
import subprocess
import sys
import time

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


def _age(path, days):
    then = time.time() - days * 86_400
    os.utime(path, (then, then))


def test_files_of_another_model_or_layout_are_removed(tmp_path):
    (tmp_path / "model-0123456789abcdef.npz").write_bytes(b"an older py3langid's model")
    (tmp_path / "model-0123456789abcdef.json").write_text('["es"]')
    (tmp_path / "model-0123456789abcdef").mkdir()
    (tmp_path / "model-0123456789abcdef" / "ptc.npy").write_bytes(b"its arrays")
    _age(tmp_path / "model-0123456789abcdef", langid_model.KEEP_UNUSED_DAYS + 1)     # nobody used it since
    stem = langid_model._stem(langid_model._model_file())
    (tmp_path / f"{stem}.npz").write_bytes(b"this model as an older Buzon kept it (one archive)")
    langid_model.load(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [stem, f"{stem}.json"]


def test_another_installs_model_used_lately_is_kept_beside_this_one(tmp_path):
    """Two installs on one account (the bundle and a checkout: two py3langids) removed each
    other's kept model, so each start decompressed and wrote 68 MB again."""
    other = tmp_path / "model-0123456789abcdef"
    other.mkdir()
    (other / "ptc.npy").write_bytes(b"the other install's arrays")
    (tmp_path / "model-0123456789abcdef.json").write_text('["es"]')
    _age(other, langid_model.KEEP_UNUSED_DAYS - 1)
    (tmp_path / "model-0123456789abcdef.npz").write_bytes(b"an older layout's file: never kept")
    langid_model.load(tmp_path)
    stem = langid_model._stem(langid_model._model_file())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([stem, f"{stem}.json", other.name, f"{other.name}.json"])


def test_a_kept_model_is_marked_used_once_a_day(tmp_path):
    langid_model.load(tmp_path)
    kept = _kept(tmp_path)
    _age(kept, 10)
    langid_model.load(tmp_path)
    assert time.time() - kept.stat().st_mtime < 3600          # marked: another install keeps it
    _age(kept, 0.5)
    marked = kept.stat().st_mtime
    langid_model.load(tmp_path)
    assert kept.stat().st_mtime == marked                       # not written at every start


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


# --- what an older Buzón left, links and odd files: replaced without a word, never followed ----------

LOGGER = "desktop.core.translation.langid_model"


def _warnings(caplog):
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno >= 30]


def _stem():
    return langid_model._stem(langid_model._model_file())


def _maps_inside(ident, folder):
    """The identifier's weights are a mapping of a file under `folder`."""
    owner = _owner(ident.nb_ptc)
    return isinstance(owner, mmap.mmap) and any(
        p.resolve().is_relative_to(folder.resolve()) for p in folder.rglob("ptc.npy"))


@pytest.fixture
def good_arrays(tmp_path_factory):
    """A whole kept model made once, to copy where a test wants valid arrays outside the cache."""
    made = tmp_path_factory.mktemp("good-cache")
    langid_model.load(made)
    return _kept(made)


def _assert_kept_whole(cache):
    """The cache holds the model's folder (a real one) and its list (a regular file), and the next
    process reads both from there."""
    stem = _stem()
    assert (cache / stem).is_dir() and not (cache / stem).is_symlink()
    assert (cache / f"{stem}.json").is_file() and not (cache / f"{stem}.json").is_symlink()
    assert langid_model.cached_labels(cache) is not None
    again = langid_model.load(cache)
    assert again.classify(SPANISH)[0] == "es" and isinstance(_owner(again.nb_ptc), mmap.mmap)


def test_a_file_where_the_cache_folder_belongs_is_replaced_silently(tmp_path, caplog):
    """An older layout left `…/Buzon/langid` as a file: the model was never kept again
    ("could not keep the language model … File exists"), 0.4 s in every process."""
    cache = tmp_path / "langid"
    cache.write_bytes(b"PK\x03\x04 an older Buzon's archive")
    assert langid_model.load(cache).classify(SPANISH)[0] == "es"
    assert not _warnings(caplog), _warnings(caplog)
    _assert_kept_whole(cache)


def test_a_link_where_the_cache_folder_belongs_is_removed_not_followed(tmp_path, caplog):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "model-0123456789abcdef").mkdir()
    (outside / "model-0123456789abcdef" / "keep.txt").write_text("not the cache's")
    cache = tmp_path / "langid"
    cache.symlink_to(outside)
    langid_model.load(cache)
    assert not cache.is_symlink() and not _warnings(caplog)
    assert sorted(p.name for p in outside.rglob("*")) == ["keep.txt", "model-0123456789abcdef"]
    _assert_kept_whole(cache)


@pytest.mark.parametrize("entry", ["a file", "an older layout's folder"])
def test_an_older_entry_under_the_models_name_is_replaced_silently(tmp_path, caplog, entry):
    """It was a warning in every process that loaded the model ("… not used (Not a directory)")."""
    where = tmp_path / _stem()
    if entry == "a file":
        where.write_bytes(b"an older Buzon's .npz kept under the model's name")
    elif entry == "an older layout's folder":
        where.mkdir()
        (where / "model.npz").write_bytes(b"an archive")
    assert langid_model.load(tmp_path).classify(SPANISH)[0] == "es"
    assert not _warnings(caplog), _warnings(caplog)
    _assert_kept_whole(tmp_path)


@pytest.mark.parametrize("entry", ["a folder", "a link to a file outside", "a link to /dev/zero"])
def test_the_language_list_is_never_read_or_written_through_what_is_not_a_file(tmp_path, entry):
    """A folder where the list goes made every process fail to keep it ("Is a directory") and load the
    classifier for a Chinese message; a link was read (and /dev/zero read without end)."""
    langid_model.load(tmp_path)
    listing = tmp_path / f"{_stem()}.json"
    listing.unlink()
    outside = tmp_path.parent / f"{tmp_path.name}-outside.json"
    outside.write_text('["xx"]')
    if entry == "a folder":
        listing.mkdir()
    elif entry == "a link to a file outside":
        listing.symlink_to(outside)
    else:
        listing.symlink_to("/dev/zero")
    assert langid_model.cached_labels(tmp_path) is None
    langid_model.load(tmp_path)
    assert outside.read_text() == '["xx"]'
    _assert_kept_whole(tmp_path)


def test_a_link_under_the_models_name_is_not_followed_out_of_the_cache(tmp_path, good_arrays):
    """A link to valid arrays elsewhere was mapped and trusted, and a link to bad ones made every
    process rebuild without end (the link survived the removal)."""
    outside = tmp_path / "outside"
    shutil.copytree(good_arrays, outside)
    before = _snapshot(outside)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / _stem()).symlink_to(outside)
    ident = langid_model.load(cache)
    assert ident.classify(SPANISH)[0] == "es"
    assert not (cache / _stem()).is_symlink() and _snapshot(outside) == before
    _assert_kept_whole(cache)


@pytest.mark.parametrize("entry", ["a link to a copy outside", "a FIFO", "a link to /dev/zero", "a folder"])
def test_an_array_file_that_is_not_a_regular_file_is_not_mapped(tmp_path, good_arrays, entry):
    langid_model.load(tmp_path)
    kept = _kept(tmp_path)
    good = _snapshot(kept)
    outside = tmp_path.parent / f"{tmp_path.name}-ptc.npy"
    shutil.copyfile(good_arrays / "ptc.npy", outside)
    (kept / "ptc.npy").unlink()
    if entry == "a link to a copy outside":
        (kept / "ptc.npy").symlink_to(outside)
    elif entry == "a FIFO":
        os.mkfifo(kept / "ptc.npy")     # np.load would wait on it for ever
    elif entry == "a folder":
        (kept / "ptc.npy").mkdir()
    else:
        (kept / "ptc.npy").symlink_to("/dev/zero")
    assert langid_model.load(tmp_path).classify(SPANISH)[0] == "es"
    assert _snapshot(kept) == good and outside.exists()


def test_another_models_link_is_removed_not_what_it_points_to(tmp_path, good_arrays):
    outside = tmp_path / "outside"
    shutil.copytree(good_arrays, outside)
    before = _snapshot(outside)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "model-0123456789abcdef").symlink_to(outside)
    (cache / "model-0123456789abcdef.json").symlink_to(outside / "ptc.npy")
    langid_model.load(cache)
    assert sorted(p.name for p in cache.iterdir()) == [_stem(), f"{_stem()}.json"]
    assert _snapshot(outside) == before


def test_another_process_s_partial_folder_is_left_to_it_and_an_abandoned_one_removed(tmp_path):
    """Two processes keeping the model at once: the second removed the first's folder while it
    was being written (its arrays then failed to save)."""
    young = tmp_path / f"{_stem()}abc123.partial"
    old = tmp_path / f"{_stem()}def456.partial"
    for folder in (young, old):
        folder.mkdir()
        (folder / "ptc.npy").write_bytes(b"half written")
    long_ago = time.time() - 2 * langid_model.PARTIAL_AGE_S
    os.utime(old, (long_ago, long_ago))
    langid_model.load(tmp_path)
    assert young.is_dir() and not old.exists()


def test_a_cache_that_cannot_be_made_still_detects(tmp_path, caplog):
    """The folder above the cache is a file: nothing can be kept, every process decompresses the
    model (slower), and detection works."""
    (tmp_path / "Buzon").write_text("a file where a folder belongs")
    cache = tmp_path / "Buzon" / "langid"
    assert langid_model.load(cache).classify(SPANISH)[0] == "es"
    assert langid_model.cached_labels(cache) is None
    assert any("could not keep" in w for w in _warnings(caplog))


def test_weights_of_no_language_are_not_trusted(tmp_path):
    langid_model.load(tmp_path)
    kept = _kept(tmp_path)
    good = _snapshot(kept)
    ptc = np.load(kept / "ptc.npy")
    np.save(kept / "ptc.npy", ptc[:, :0].copy())
    np.save(kept / "pc.npy", np.zeros(0, np.float64))
    np.save(kept / "classes.npy", np.array([], dtype="<U2"))
    assert langid_model.load(tmp_path).classify(SPANISH)[0] == "es"
    assert _snapshot(kept) == good


def test_lang_detect_upgrades_a_cache_left_as_a_file_without_a_word(tmp_path):
    """A real `buzon lang detect` on a cache folder an older Buzón left as a file: it answers,
    says nothing on standard error, and the model is kept for the next process."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "BUZON_DATA_DIR": str(tmp_path / "data")}
    cache = tmp_path / "xdg" / "Buzon" / "langid"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"an older Buzon's archive")
    done = subprocess.run([sys.executable, "-m", "desktop", "lang", "detect", "--json"], input=SPANISH.encode(),
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0 and b'"es"' in done.stdout and not done.stderr.strip(), done
    assert langid_model.cached_labels(cache) is not None


def test_processes_keeping_the_model_at_once_all_detect_and_leave_one_whole_cache(tmp_path):
    """Four real processes on an empty cache: each keeps the model (none removes another's
    folder while it is written), each answers without a word on standard error."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "BUZON_DATA_DIR": str(tmp_path / "data")}
    running = [subprocess.Popen([sys.executable, "-m", "desktop", "lang", "detect", "--json"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(4)]
    answers = [p.communicate(SPANISH.encode(), timeout=180) + (p.returncode,) for p in running]
    assert all(code == 0 and b'"es"' in out and not err.strip() for out, err, code in answers), answers
    cache = tmp_path / "xdg" / "Buzon" / "langid"
    assert sorted(p.name for p in cache.iterdir()) == [_stem(), f"{_stem()}.json"]
    _assert_kept_whole(cache)
