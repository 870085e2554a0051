"""Fixtures for the translation tests: tiny real argos packs, built once per session.

Each pack is a 1-layer CTranslate2 transformer with random weights and a SentencePiece
model trained on a few chat lines, zipped as `.argosmodel`; a test gets its own data
folder and installs the packs it needs through the real `packs.install`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import translation_packbuilder as builder
from desktop.core.translation import packs

# The pairs the tests use: es→en and en→zh make es→zh a pivot; en→es is a second pack
# with other weights (so a "replace" is visible in the output).
TINY_PAIRS = {("es", "en"): 1, ("en", "zh"): 2, ("en", "es"): 3, ("pt", "en"): 4}


@pytest.fixture(scope="session")
def tiny_sp_model() -> bytes:
    return builder.train_sentencepiece(builder.CHAT_LINES * 3, 200)


@pytest.fixture(scope="session")
def tiny_pack_folders(tmp_path_factory, tiny_sp_model) -> dict[tuple[str, str], Path]:
    """Unzipped pack folders by pair (read-only: copy before changing one)."""
    root = tmp_path_factory.mktemp("tiny-packs")
    folders = {}
    for (src, tgt), seed in TINY_PAIRS.items():
        folders[(src, tgt)] = builder.build_pack_folder(
            root / f"translate-{src}_{tgt}-1_0", src, tgt, version="1.0", seed=seed,
            sp_model=tiny_sp_model, eos_bias=9.0,
        )
    return folders


@pytest.fixture(scope="session")
def tiny_pack_files(tmp_path_factory, tiny_pack_folders) -> dict[tuple[str, str], Path]:
    """`.argosmodel` files by pair."""
    root = tmp_path_factory.mktemp("tiny-argosmodels")
    return {
        pair: builder.zip_folder(folder, root / f"translate-{pair[0]}_{pair[1]}-1_0.argosmodel")
        for pair, folder in tiny_pack_folders.items()
    }


@pytest.fixture
def pack_file(tmp_path, tiny_pack_files):
    """A private copy of a pack file: `pack_file("es", "en")`."""

    def copy(src: str, tgt: str) -> Path:
        dest = tmp_path / "files" / tiny_pack_files[(src, tgt)].name
        dest.parent.mkdir(exist_ok=True)
        shutil.copyfile(tiny_pack_files[(src, tgt)], dest)
        return dest

    return copy


@pytest.fixture
def installed_packs(data_dir, tiny_pack_files):
    """A data folder with es→en and en→zh installed through the real install code."""
    for pair in (("es", "en"), ("en", "zh")):
        packs.install(data_dir, tiny_pack_files[pair])
    return data_dir


@pytest.fixture
def pack_builder():
    return builder
