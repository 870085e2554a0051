"""py3langid's model, kept decompressed in the user's cache folder and mapped, not read.

py3langid ships its model as an LZMA-compressed NumPy archive (4.5 MB) and decompresses it
(68 MB) in every process that loads it: 0.4 s before `buzon send` could tell which language a
message is in. The first process keeps the model's arrays in the cache folder, one NumPy
`.npy` file each, with the list of the model's languages beside them as text; the next ones
map the files into memory (a few ms: a short message reads a few pages of them, not 68 MB),
and read only the list when only the list is needed (the writing system alone decides most
Chinese, Russian or Arabic messages, with no classifier).

The files are named for py3langid's model file: its place, size and modification time (another
py3langid, other files; the older ones are removed), written atomically (a folder renamed into
place), and never trusted when they cannot be read or do not fit together: every array's type
and shape, and every index the tokenizer's automaton can follow, are checked before the model
is used, so a damaged file is replaced by loading py3langid's own model as before, never an
error. Nothing here raises for the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
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


def cached_labels(cache_dir: Path | None = None) -> list[str] | None:
    """Every language the model knows, from the cache's list (no NumPy, no model); None when
    the list is not there or not readable (`load(...).labels` then)."""
    cache_dir = cache_dir or default_cache_dir()
    try:
        found = json.loads((cache_dir / f"{_stem(_model_file())}.json").read_text(encoding="utf-8"))
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
        return _from_kept(kept)
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:     # damaged, another layout
        log.warning("cached language model %s not used (%s); loading py3langid's", kept, exc)
    ident = LanguageIdentifier.from_model_file(model, norm_probs=True)
    _keep(kept, ident)
    return ident


def _from_kept(folder: Path) -> LanguageIdentifier:
    """The identifier over the kept arrays, mapped read-only (the pages a message needs are read
    when it needs them); the automaton is walked through memory views, as py3langid walks its arrays."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

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
            and pc.dtype.kind == "f" and classes.dtype.kind == "U"):
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
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        for old in folder.parent.glob("model-*"):
            if old.name not in (folder.name, f"{folder.name}.json"):
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
        _write(folder.with_name(f"{folder.name}.json"), lambda f: f.write(json.dumps(ident.labels).encode()))
    except OSError as exc:
        log.warning("could not keep the language model in %s (%s)", folder.parent, exc)


def _remove(path: Path) -> None:
    if path.is_dir():
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
