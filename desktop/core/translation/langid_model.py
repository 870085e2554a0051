"""py3langid's model, kept decompressed in the user's cache folder and mapped, not read.

py3langid ships its model as an LZMA-compressed NumPy archive (4.5 MB) and decompresses it
(68 MB) in every process that loads it: 0.4 s before `buzon send` could tell which language a
message is in. The first process keeps the model's arrays in the cache folder, one NumPy
`.npy` file each, with the list of the model's languages beside them as text; the next ones
map the files into memory (a few ms: a short message reads a few pages of them, not 68 MB),
and read only the list when only the list is needed (the writing system alone decides most
Chinese, Russian or Arabic messages, with no classifier).

The files are named for py3langid's model file: its place, size and modification time (another
py3langid, other files: two installs side by side, the bundle and a checkout, keep one each; a
model no process has used for KEEP_UNUSED_DAYS is removed), written atomically (a folder renamed into
place), and never trusted when they cannot be read or do not fit together: every array's type
and shape, and every index the tokenizer's automaton can follow, are checked before the model
is used, so a damaged file is replaced by loading py3langid's own model as before, never an
error. Nothing here raises for the cache.

What an older Buzón left is replaced without a word: a file where the cache folder belongs, a
file or a folder of another layout under the model's name. The cache's own entries are never
followed when they are links (a link is removed, not what it points to, and never read), and
only regular files of a model's size are mapped. A cache that cannot be written costs time
(py3langid's model is decompressed in each process), never the detection.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from desktop.config import APP_NAME

if TYPE_CHECKING:
    import numpy as np
    from py3langid.langid import LanguageIdentifier

log = logging.getLogger(__name__)

MODEL = Path("data") / "model.npz.xz"        # py3langid's model, relative to its package


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "langid"


def _model_file() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("py3langid")
    if spec is None or spec.origin is None:
        raise ImportError("py3langid is not installed")
    return Path(spec.origin).parent / MODEL


def _stem(model: Path) -> str:
    """The cache files' name: what they were made from (py3langid's model file, as installed)."""
    st = model.stat()
    made_from = f"{model}|{st.st_size}|{st.st_mtime_ns}"
    return "model-" + hashlib.sha256(made_from.encode()).hexdigest()[:16]


LIST_MAX_BYTES = 64 * 1024          # the language list is under 1 KB
ARRAY_MAX_BYTES = 512 * 1024 * 1024  # the largest array is ~60 MB
PARTIAL_AGE_S = 600                 # a `.partial` folder younger than this may be another process's write
KEEP_UNUSED_DAYS = 30
"""Another install's kept model stays while a process has used it within this many days (its
folder's time, set when it is mapped, once a day at most): removing every other model made two
installs on one account decompress and write 68 MB at each other's every start."""


def _regular(path: Path, max_bytes: int) -> os.stat_result:
    """The file's status if it is a regular file (not a link, a folder, a FIFO or a device) of
    at most `max_bytes`; else a ValueError (FileNotFoundError when there is nothing)."""
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ValueError(f"{path.name} is not a regular file")
    if st.st_size > max_bytes:
        raise ValueError(f"{path.name} is larger than a model's")
    return st


def cached_labels(cache_dir: Path | None = None) -> list[str] | None:
    """Every language the model knows, from the cache's list (no NumPy, no model); None when
    the list is not there or not readable (`load(...).labels` then)."""
    cache_dir = cache_dir or default_cache_dir()
    try:
        listing = cache_dir / f"{_stem(_model_file())}.json"
        _regular(listing, LIST_MAX_BYTES)
        found = json.loads(listing.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.debug("language list not cached (%s)", exc)
        return None
    if isinstance(found, list) and found and all(isinstance(code, str) for code in found):
        return found
    return None


ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
"""The model's arrays, named as in py3langid's archive (its `modelio`), one `.npy` file each."""


def load(cache_dir: Path | None = None) -> LanguageIdentifier:
    """py3langid's identifier over every language (norm_probs: confidences 0..1), from the
    kept arrays when they can be used, else from py3langid's file (then kept)."""
    from py3langid.langid import LanguageIdentifier

    cache_dir = cache_dir or default_cache_dir()
    model = _model_file()
    kept = cache_dir / _stem(model)
    try:
        ident = _from_kept(kept)
    except (FileNotFoundError, NotADirectoryError, _Stale):    # not kept yet, or another layout's entry
        pass
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:     # damaged, another layout
        log.warning("cached language model %s not used (%s); loading py3langid's", kept, exc)
    else:
        if cached_labels(cache_dir) is None:      # the arrays kept, their list lost or damaged
            _keep_list(kept, ident.labels)
        _mark_used(kept)
        return ident
    ident = LanguageIdentifier.from_model_file(model, norm_probs=True)
    _keep(kept, ident)
    return ident


class _Stale(Exception):
    """The model's entry is not a folder of ours (a file or a link left there): replaced, unsaid."""


def _from_kept(folder: Path) -> LanguageIdentifier:
    """The identifier over the kept arrays, mapped read-only (the pages a message needs are read
    when it needs them); the automaton is walked through memory views, as py3langid walks its arrays."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    if not stat.S_ISDIR(os.lstat(folder).st_mode):
        raise _Stale(folder)
    for name in ARRAYS:
        _regular(folder / f"{name}.npy", ARRAY_MAX_BYTES)
    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
              for name in ARRAYS}
    _check(arrays)
    return LanguageIdentifier(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(),
                              memoryview(arrays["nextmove"]), memoryview(arrays["out_feat"]), norm_probs=True,
                              tk_row=memoryview(arrays["nextmove_row"]))


def _check(arrays: dict[str, np.ndarray]) -> None:
    """A ValueError unless the arrays make a model py3langid can walk: the weights one column
    per language, the automaton's rows of 256 moves, each move to a state it has, each state's
    feature one the weights have (reading the small arrays and the moves once: 2-3 ms)."""
    ptc, pc, classes = arrays["ptc"], arrays["pc"], arrays["classes"]
    nextmove, rows, out = arrays["nextmove"], arrays["nextmove_row"], arrays["out_feat"]
    if not (ptc.ndim == 2 and ptc.dtype.kind == "f" and pc.shape == classes.shape == (ptc.shape[1],)
            and pc.dtype.kind == "f" and classes.dtype.kind == "U" and ptc.size):
        raise ValueError("weights of another shape")
    for name, kind in (("nextmove", "u"), ("nextmove_row", "u"), ("out_feat", "i")):
        a = arrays[name]
        if not (a.ndim == 1 and a.size and a.dtype.kind == kind and a.dtype.isnative and a.flags.c_contiguous):
            raise ValueError(f"{name} is not one row of native {'unsigned ' if kind == 'u' else ''}integers")
    if len(out) != len(rows) or len(nextmove) % 256:
        raise ValueError("an automaton of another shape")
    if int(rows.max()) >= len(nextmove) // 256 or int(nextmove.max()) >= len(rows):
        raise ValueError("the automaton leads outside itself")
    if int(out.min()) < -1 or int(out.max()) >= len(ptc):
        raise ValueError("a feature outside the weights")


def _keep(folder: Path, ident: LanguageIdentifier) -> None:
    """Write the model's arrays (as py3langid loaded them) into `folder`, then the language
    list, each atomically; remove what an older model (or an older Buzón) left."""
    import numpy as np

    arrays = {"ptc": np.asarray(ident.nb_ptc), "pc": np.asarray(ident.nb_pc), "classes": np.array(ident.nb_classes),
              "nextmove": np.asarray(ident.tk_nextmove), "nextmove_row": np.asarray(ident.tk_row),
              "out_feat": np.asarray(ident.tk_output, dtype=np.int32)}
    listing = folder.with_name(f"{folder.name}.json")
    try:
        _make_folder(folder.parent)
        for old in folder.parent.glob("model-*"):
            if old.name not in (folder.name, listing.name) and not _being_written(old) and not _used_lately(old):
                _remove(old)
        _remove(folder)               # not used, so damaged or partial
        partial = Path(tempfile.mkdtemp(dir=folder.parent, prefix=folder.name, suffix=".partial"))
        try:
            for name, values in arrays.items():
                np.save(partial / f"{name}.npy", values, allow_pickle=False)
            os.replace(partial, folder)
        except OSError:
            if not folder.is_dir():   # else another process kept the same model first
                raise
        finally:
            _remove(partial)
    except OSError as exc:
        log.warning("could not keep the language model in %s (%s)", folder.parent, exc)
        return
    _keep_list(folder, ident.labels)


def _keep_list(folder: Path, labels: list[str]) -> None:
    """Write the language list beside the model's folder; a link or a folder where it goes is
    removed first (never written through)."""
    listing = folder.with_name(f"{folder.name}.json")
    try:
        if listing.is_symlink() or listing.exists() and not listing.is_file():
            _remove(listing)
        _write(listing, lambda f: f.write(json.dumps(labels).encode()))
    except OSError as exc:
        log.warning("could not keep the language list in %s (%s)", folder.parent, exc)


def _make_folder(folder: Path) -> None:
    """The cache folder, made; a file or a link where it belongs (an older Buzón's) is removed
    first, the link itself and never what it points to."""
    try:
        mode = os.lstat(folder).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISDIR(mode):
        folder.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def _being_written(path: Path) -> bool:
    """A `.partial` folder another process may still be filling (it renames it when done)."""
    try:
        return path.name.endswith(".partial") and time.time() - os.lstat(path).st_mtime < PARTIAL_AGE_S
    except OSError:
        return False


def _mark_used(folder: Path) -> None:
    """Set the kept model's folder time to now when it is a day old or more (`_used_lately`)."""
    try:
        if time.time() - os.lstat(folder).st_mtime >= 86_400:
            os.utime(folder)
    except OSError:
        pass            # a cache that cannot be written: its other models may go, never the detection


def _used_lately(path: Path) -> bool:
    """Another model's folder, or the language list beside it, whose folder a process used within
    KEEP_UNUSED_DAYS. Links, `.partial` folders and other layouts' files are never kept by this."""
    if path.name.endswith(".partial"):
        return False
    try:
        mode = os.lstat(path).st_mode
        if not (stat.S_ISDIR(mode) or path.suffix == ".json" and stat.S_ISREG(mode)):
            return False
        folder = os.lstat(path.with_name(path.name.removesuffix(".json")))
    except OSError:
        return False
    return stat.S_ISDIR(folder.st_mode) and time.time() - folder.st_mtime < KEEP_UNUSED_DAYS * 86_400


def _remove(path: Path) -> None:
    """The entry gone: a folder with what it holds (links in it removed, not followed), a file,
    a link (not what it points to)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _write(path: Path, fill) -> None:
    """`fill` writes the file's bytes; readers see the whole file or none."""
    fd, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
