"""Where argos keeps its files inside Buzón's data folder, and a safe way to import it.

argostranslate decides its folders when `argostranslate.settings` is first imported
(and creates them), from `ARGOS_PACKAGES_DIR` and the XDG variables. Buzón never needs
argostranslate to translate; only compatibility checks and the benchmark baseline do.
`load_argos(data_dir)` sets the variables for the import only (so that platformdirs,
which also reads XDG_*, keeps giving Buzón its own folders) and re-points an already
imported argos at another data folder.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_lock = threading.Lock()


def argos_dir(data_dir: Path) -> Path:
    """Everything argos-related lives under `<data_dir>/argos`."""
    return Path(data_dir) / "argos"


def packages_dir(data_dir: Path) -> Path:
    """The folder of installed packs, one sub-folder per pack, as argos lays them out."""
    return argos_dir(data_dir) / "packages"


def staging_dir(data_dir: Path) -> Path:
    """Scratch space for installs and removals, on the same file system as the packs
    (so the final move is an atomic rename) and outside the packages folder (argos
    treats every folder there as a pack)."""
    return argos_dir(data_dir) / "staging"


def downloads_dir(data_dir: Path) -> Path:
    return argos_dir(data_dir) / "downloads"


def argos_environment(data_dir: Path) -> dict[str, str]:
    """The variables argostranslate reads at import, pointing inside the data folder."""
    base = argos_dir(data_dir)
    return {
        "ARGOS_PACKAGES_DIR": str(packages_dir(data_dir)),
        "XDG_DATA_HOME": str(base / "xdg-data"),
        "XDG_CONFIG_HOME": str(base / "xdg-config"),
        "XDG_CACHE_HOME": str(base / "xdg-cache"),
        # Buzón never wants argos to reach for stanza/spacy models.
        "ARGOS_CHUNK_TYPE": "ARGOSTRANSLATE",
    }


def load_argos(data_dir: Path):
    """Import `argostranslate.package` and `argostranslate.translate` configured for
    `data_dir` and return `(package, translate)`.

    Slow (imports ctranslate2, onnxruntime) and meant for tests and the benchmark: the
    application itself never calls it.
    """
    with _lock:
        env = argos_environment(data_dir)
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            import argostranslate.package as package
            import argostranslate.settings as settings
            import argostranslate.translate as translate
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        # A second data folder in the same process (tests): re-point the settings the
        # first import froze, and forget the translations argos cached for the old one.
        pkg_dir = packages_dir(data_dir)
        pkg_dir.mkdir(parents=True, exist_ok=True)
        settings.package_data_dir = pkg_dir
        settings.package_dirs = [pkg_dir]
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()
        return package, translate
