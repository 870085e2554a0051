"""The translation engine: many chat messages in, their translations out, in one call.

It loads a pack's CTranslate2 model and SentencePiece model itself (argostranslate's
`translate()` fetches a sentence splitter from the network on first use), splits
messages into paragraphs and sentences with `sentences`, sends every distinct sentence
of every message to CTranslate2 in one batched call, and decodes with SentencePiece's
own decoder (argos also turns every "_" of the output into a space). Decoding options
are argos's (beam 4, length penalty 0.2, unknown tokens replaced), so a message gets
the same translation as argos gives it, only faster.

A pair with no pack goes through English when both halves exist (es→zh = es→en→zh).
Models load on first use and stay loaded; a `Translator` belongs to one thread (the
GUI's worker), and notices packs installed or removed since its last call.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import KnownError
from desktop.core.translation import packs as packs_mod
from desktop.core.translation.argos_env import packages_dir
from desktop.core.translation.packs import PackInfo
from desktop.core.translation.sentences import split_paragraphs, split_sentences

if TYPE_CHECKING:               # both load on first use, after the window has painted
    import ctranslate2
    import sentencepiece

PIVOT = "en"


class NoPackError(KnownError):
    """No installed pack (direct or through English) translates this pair."""

    def __init__(self, src: str, tgt: str, missing: list[tuple[str, str]]):
        names = " and ".join(f"{a}→{b}" for a, b in missing)
        super().__init__(
            f"No language pack translates {src}→{tgt}.",
            hint=f"Install {names} (buzon packs install FILE, or the Language packs dialog).",
            text_id="no_pack", args={"pair": f"{src}→{tgt}", "install": names},
        )
        self.src, self.tgt, self.missing = src, tgt, missing


class BrokenPackError(KnownError):
    """An installed pack cannot be loaded (damaged files, unsupported model)."""


@dataclass
class _LoadedPack:
    pack: PackInfo
    model: ctranslate2.Translator
    sp: sentencepiece.SentencePieceProcessor
    target_prefix: str


class Translator:
    """Translates lists of messages between the languages of the installed packs.

    `beam_size`, `length_penalty` and `max_decoding_length` are CTranslate2's decoding
    options; `max_batch_size` is how many sentences go through the model together.
    """

    def __init__(self, data_dir: Path, *, beam_size: int = 4, length_penalty: float = 0.2,
                 max_decoding_length: int = 256, max_batch_size: int = 64,
                 intra_threads: int | None = None):
        self.data_dir = Path(data_dir)
        self.beam_size = beam_size
        self.length_penalty = length_penalty
        self.max_decoding_length = max_decoding_length
        self.max_batch_size = max_batch_size
        self.intra_threads = intra_threads if intra_threads is not None else min(4, os.cpu_count() or 1)
        self._lock = threading.RLock()
        self._listing_key: frozenset | None = None
        self._pairs: dict[tuple[str, str], PackInfo] = {}
        self._loaded: dict[tuple[str, str], _LoadedPack] = {}

    # -- which packs -------------------------------------------------------------

    def _refresh(self) -> dict[tuple[str, str], PackInfo]:
        """The installed packs by pair, rescanned only when the packages folder changed
        (a replaced pack is a new folder, hence a new inode)."""
        root = packages_dir(self.data_dir)
        try:
            with os.scandir(root) as it:
                key = frozenset((e.name, e.inode()) for e in it)
        except OSError:     # missing (no packs), or unusable, which `installed` says (PackError)
            key = frozenset()
        if key != self._listing_key:
            pairs = {(p.from_code, p.to_code): p for p in packs_mod.installed(self.data_dir)}
            for pair, loaded in list(self._loaded.items()):
                if pairs.get(pair) != loaded.pack:
                    del self._loaded[pair]
            self._pairs, self._listing_key = pairs, key
        return self._pairs

    def route(self, src: str, tgt: str) -> list[PackInfo]:
        """The packs a translation goes through: none (same language), one, or two
        through English. Raises `NoPackError` naming what to install."""
        with self._lock:
            if src == tgt:
                return []
            pairs = self._refresh()
            if (src, tgt) in pairs:
                return [pairs[(src, tgt)]]
            if PIVOT not in (src, tgt):
                first, second = pairs.get((src, PIVOT)), pairs.get((PIVOT, tgt))
                if first is not None and second is not None:
                    return [first, second]
                # argos publishes packs to and from English, so name the two halves.
                missing = [p for p, have in (((src, PIVOT), first), ((PIVOT, tgt), second)) if have is None]
                raise NoPackError(src, tgt, missing)
            raise NoPackError(src, tgt, [(src, tgt)])

    def can_translate(self, src: str, tgt: str) -> bool:
        try:
            self.route(src, tgt)
        except NoPackError:
            return False
        return True

    def pack_version(self, src: str, tgt: str) -> str:
        """What a cached translation depends on: the pack's version, or both versions
        joined with "+" for a pivot ("" for the same language)."""
        return "+".join(p.version for p in self.route(src, tgt))

    def pairs(self) -> list[tuple[str, str]]:
        """The installed direct pairs."""
        with self._lock:
            return sorted(self._refresh())

    # -- translating -------------------------------------------------------------

    def translate(self, text: str, src: str, tgt: str) -> str:
        return self.translate_batch([text], src, tgt)[0]

    def translate_batch(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate every text from `src` to `tgt`; the result is in the same order.
        Empty and blank texts come back unchanged, line breaks are kept."""
        with self._lock:
            route = self.route(src, tgt)
            out = list(texts)
            todo = [i for i, t in enumerate(out) if t.strip()]
            for pack in route:
                loaded = self._load(pack)
                done = self._translate_with(loaded, [out[i] for i in todo])
                for i, text in zip(todo, done):
                    out[i] = text
            return out

    def _translate_with(self, loaded: _LoadedPack, texts: list[str]) -> list[str]:
        # Every distinct sentence of every message, translated once, in one call.
        layout: list[list[list[int]]] = []         # text -> paragraph -> sentence ids
        index: dict[str, int] = {}
        for text in texts:
            paragraphs = []
            for paragraph in split_paragraphs(text):
                ids = []
                for sentence in split_sentences(paragraph):
                    ids.append(index.setdefault(sentence, len(index)))
                paragraphs.append(ids)
            layout.append(paragraphs)
        hypotheses = self._run_model(loaded, list(index))
        results = []
        for paragraphs in layout:
            lines = []
            for ids in paragraphs:
                tokens = [tok for i in ids for tok in hypotheses[i]]
                value = loaded.sp.decode(tokens) if tokens else ""
                if value.startswith(" "):
                    value = value[1:]
                lines.append(value)
            results.append("\n".join(lines))
        return results

    def _run_model(self, loaded: _LoadedPack, sentences: list[str]) -> list[list[str]]:
        if not sentences:
            return []
        tokenized = loaded.sp.encode(sentences, out_type=str)
        # One model call per source length: a batch with padding rounds differently in
        # the last bits (attention sums over the padded positions too), which can flip a
        # close beam, and a message's translation must not depend on what else was in
        # its batch. Without padding, batched output is exactly one-by-one output.
        by_length: dict[int, list[int]] = {}
        for i, tokens in enumerate(tokenized):
            by_length.setdefault(len(tokens), []).append(i)
        hypotheses: list[list[str]] = [[] for _ in tokenized]
        for length in sorted(by_length):
            idx = by_length[length]
            batch = [tokenized[i] for i in idx]
            prefix = [[loaded.target_prefix]] * len(batch) if loaded.target_prefix else None
            results = loaded.model.translate_batch(
                batch,
                target_prefix=prefix,
                beam_size=self.beam_size,
                num_hypotheses=1,
                length_penalty=self.length_penalty,
                replace_unknowns=True,
                max_batch_size=self.max_batch_size,
                max_decoding_length=self.max_decoding_length,
            )
            for i, result in zip(idx, results):
                tokens = result.hypotheses[0]
                if loaded.target_prefix and tokens[:1] == [loaded.target_prefix]:
                    tokens = tokens[1:]
                hypotheses[i] = tokens
        return hypotheses

    # -- models ------------------------------------------------------------------

    def _load(self, pack: PackInfo) -> _LoadedPack:
        pair = (pack.from_code, pack.to_code)
        loaded = self._loaded.get(pair)
        if loaded is not None and loaded.pack == pack:
            return loaded
        import ctranslate2
        import sentencepiece

        try:
            model = ctranslate2.Translator(
                str(pack.path / "model"), device="cpu", compute_type="default",
                inter_threads=1, intra_threads=self.intra_threads,
            )
            sp = sentencepiece.SentencePieceProcessor(model_file=str(pack.path / "sentencepiece.model"))
        except (RuntimeError, OSError, ValueError) as exc:
            raise BrokenPackError(
                f"The language pack {pack.from_code}→{pack.to_code} cannot be loaded ({exc}).",
                hint="Remove it and install it again.",
                text_id="pack_broken", args={"pair": f"{pack.from_code}→{pack.to_code}"}, detail=str(exc)) from exc
        meta = packs_mod.read_metadata(pack.path) or {}
        loaded = _LoadedPack(pack, model, sp, str(meta.get("target_prefix", "") or ""))
        self._loaded[pair] = loaded
        return loaded

    def loaded_pairs(self) -> list[tuple[str, str]]:
        """The pairs whose models are in memory."""
        with self._lock:
            return sorted(self._loaded)

    def unload(self) -> None:
        """Free every model (they load again on the next call)."""
        with self._lock:
            self._loaded.clear()
