"""py3langid's model, kept decompressed in the user's cache folder.

py3langid ships its model as an LZMA-compressed NumPy archive (4.5 MB) and decompresses it
(68 MB) in every process that loads it: 0.4 s before `buzon send` could tell which language a
message is in. The first process keeps the decompressed archive in the cache folder, with the
list of the model's languages beside it as text; the next ones load the archive in under
0.1 s, and read only the list when only the list is needed (the writing system alone decides
most Chinese, Russian or Arabic messages, with no classifier).

The files are named for py3langid's model file: its place, size and modification time (another
py3langid, other files; the older ones are removed), written atomically, and never trusted when they cannot be
read: the archive's members carry checksums that NumPy's reader checks, and a file that fails
is replaced by loading py3langid's own model as before. Nothing here raises for the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import lzma
import os
import shutil
import tempfile
import zipfile
from array import array
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


def load(cache_dir: Path | None = None) -> LanguageIdentifier:
    """py3langid's identifier over every language (norm_probs: confidences 0..1), from the
    cached archive when it can be read, else from py3langid's file (then cached)."""
    from py3langid.langid import LanguageIdentifier

    cache_dir = cache_dir or default_cache_dir()
    model = _model_file()
    archive = cache_dir / f"{_stem(model)}.npz"
    try:
        return _from_archive(archive)
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:   # damaged, other layout
        log.warning("cached language model %s not used (%s); loading py3langid's", archive, exc)
    ident = LanguageIdentifier.from_model_file(model, norm_probs=True)
    _keep(model, archive, ident.labels)
    return ident


def _from_archive(path: Path) -> LanguageIdentifier:
    """The identifier from a decompressed archive, read as py3langid reads its own."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    with np.load(path, allow_pickle=False) as data:
        return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(), _words(data["nextmove"]),
                                  data["out_feat"].tolist(), norm_probs=True, tk_row=_words(data["nextmove_row"]))


def _words(values: np.ndarray) -> array:
    """An unsigned NumPy array as the stdlib array py3langid walks (as its loader makes it)."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(values.data.cast("B"))         # one copy (the archive's arrays are contiguous)
    return out


def _keep(model: Path, archive: Path, codes: list[str]) -> None:
    """Write the decompressed archive, then the language list, each atomically; remove the
    files an older model left."""
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
        for old in archive.parent.glob("model-*"):
            if not old.name.startswith(archive.stem):
                old.unlink(missing_ok=True)
        _write(archive, lambda f: _decompress(model, f))
        _write(archive.with_suffix(".json"), lambda f: f.write(json.dumps(codes).encode()))
    except OSError as exc:
        log.warning("could not keep the language model in %s (%s)", archive.parent, exc)


def _decompress(model: Path, out) -> None:
    with lzma.open(model) as source:
        shutil.copyfileobj(source, out, length=1 << 20)


def _write(path: Path, fill) -> None:
    """`fill` writes the file's bytes; readers see the whole file or none."""
    fd, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
