"""Throughput of the translation engine against argostranslate, on a pack of real size.

The pack is generated (random weights, nothing downloaded): a transformer base
(6+6 layers, d_model 512, 8 heads, ffn 2048), int8, with a 32,000-piece SentencePiece
BPE vocabulary trained on synthetic Spanish-like text plus the chat messages below, so
that they tokenise into whole words as with a real model. It is built once into
tests/benchmarks/.cache (git-ignored).

A random model never chooses `</s>` (or, with its logit raised, chooses it at once:
beam search makes the length all or nothing), so every sentence is decoded to
MAX_DECODING tokens, about what a trained model writes for a chat sentence of 6-12
words; argos gets the same cap through a wrapper around its CTranslate2 translator.

Both sides use the same package, the same decoding options (argos's: beam 4, length
penalty 0.2), the same sentence splitter (argos's needs a download, so it is replaced
by ours) and the same number of threads; the output must be identical. Goal: >= 5x
messages per second.

Sized to finish on a loaded two-core machine: ours and the floor translate the same 200
messages (a seller's morning burst), twice each, alternated. argos takes each message on
its own, so it translates at the same rate whatever the number of messages: it gets the
first 40 of them, or fewer if ARGOS_BUDGET_S runs out first, and its figure is the
messages per second it managed.

The floor is the plainest program on the same pack: every sentence of every message,
tokenised, in one batched CTranslate2 call with the same options. Ours beats it because it
translates each distinct sentence once (chat messages repeat "Hola." and "Gracias.").
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import random
import resource
import shutil
import time
from pathlib import Path

import pytest
from bench_helpers import record

from desktop.core.translation import packs
from desktop.core.translation.argos_env import load_argos
from desktop.core.translation.engine import Translator
from desktop.core.translation.sentences import split_paragraphs, split_sentences

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
BUILDER = HERE.parent / "unit" / "translation" / "translation_packbuilder.py"
PACK_NAME = "translate-es_en-bench-1"
THREADS = 2
N_MESSAGES = 200
ARGOS_MESSAGES = 40
ARGOS_BUDGET_S = 120.0
EOS_BIAS = 0.0
MAX_DECODING = 16


def _builder():
    spec = importlib.util.spec_from_file_location("translation_packbuilder", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chat_messages(n: int = N_MESSAGES, seed: int = 11) -> list[str]:
    """Buyer messages of one to three sentences, from templates with varied details."""
    rng = random.Random(seed)
    items = ["camiseta", "zapatillas", "funda del móvil", "cargador", "auriculares", "reloj", "mochila",
             "lámpara", "vestido", "chaqueta", "cable USB", "altavoz", "gafas de sol", "cartera"]
    colours = ["azul", "negro", "blanco", "rojo", "verde", "gris", "rosa"]
    sizes = ["S", "M", "L", "XL", "38", "40", "42"]
    openers = ["Hola.", "Buenas tardes.", "Buenos días.", "Hola, una pregunta.", ""]
    bodies = [
        "¿Tienen la {item} en color {colour}?",
        "¿La {item} está disponible en talla {size}?",
        "Pedí la {item} hace {days} días y todavía no ha llegado.",
        "El seguimiento del pedido no se actualiza desde hace {days} días.",
        "La {item} llegó rota, les envío fotos.",
        "Quiero cancelar el pedido de la {item}, por favor.",
        "¿Cuánto tarda el envío a {city}?",
        "¿Pueden enviar la {item} junto con la {item2} en un solo paquete?",
        "He recibido la {item} en color {colour} pero pedí {colour2}.",
        "¿Hay descuento si compro {days} unidades?",
        "La talla {size} me queda pequeña, ¿puedo cambiarla?",
        "¿La {item} es original o es una copia?",
    ]
    closers = ["Gracias.", "Muchas gracias por su ayuda.", "Espero su respuesta.", "Saludos.", ""]
    cities = ["Madrid", "Sevilla", "Valencia", "Bilbao", "Lima", "Bogotá", "México"]
    out = []
    while len(out) < n:
        body = rng.choice(bodies).format(
            item=rng.choice(items), item2=rng.choice(items), colour=rng.choice(colours),
            colour2=rng.choice(colours), size=rng.choice(sizes), days=rng.randint(2, 30), city=rng.choice(cities))
        msg = " ".join(p for p in (rng.choice(openers), body, rng.choice(closers)) if p)
        if msg not in out:
            out.append(msg)
    return out


def synthetic_corpus(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    cons = "b c d f g h j k l m n p r s t v z ch ll rr qu gu br tr pl".split()
    vowels = "a e i o u á é í ó ú ue ie".split()
    words = sorted({"".join(rng.choice(cons) + rng.choice(vowels) for _ in range(rng.randint(1, 4)))
                    for _ in range(200_000)})
    rng.shuffle(words)
    cumulative = list(itertools.accumulate(1 / (i + 1) for i in range(len(words))))   # Zipf
    return [" ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(4, 16))) for _ in range(60_000)]


def build_bench_pack() -> Path:
    """The `.argosmodel` of real size, built on first use."""
    archive = CACHE / f"{PACK_NAME}-eos{EOS_BIAS}.argosmodel"
    if archive.exists():
        return archive
    builder = _builder()
    CACHE.mkdir(exist_ok=True)
    if not (CACHE / ".gitignore").exists():
        (CACHE / ".gitignore").write_text("*\n!.gitignore\n")
    work = CACHE / "build"
    shutil.rmtree(work, ignore_errors=True)
    lines = synthetic_corpus() + chat_messages() * 5 + builder.CHAT_LINES * 5
    sp_model = builder.train_sentencepiece(lines, 31_999, model_type="bpe")
    folder = builder.build_pack_folder(
        work / PACK_NAME, "es", "en", version="1.0", seed=5, sp_model=sp_model,
        layers=6, d_model=512, heads=8, ffn=2048, eos_bias=EOS_BIAS, projection_std=512 ** -0.5,
    )
    builder.zip_folder(folder, archive.with_suffix(".tmp"))
    os.replace(archive.with_suffix(".tmp"), archive)
    shutil.rmtree(work, ignore_errors=True)
    return archive


class _CappedDecoding:
    """argos's CTranslate2 translator with our decoding cap (argos has no setting for it)."""

    def __init__(self, inner):
        self.inner = inner

    def translate_batch(self, *args, **kwargs):
        kwargs.setdefault("max_decoding_length", MAX_DECODING)
        return self.inner.translate_batch(*args, **kwargs)


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def bench_data_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("bench-data")
    packs.install(data_dir, build_bench_pack())
    return data_dir


def floor_one_batched_call(model, sp, messages: list[str]) -> list[str]:
    """Every sentence of every message (repeats included) through CTranslate2 in one call,
    with our engine's options; sentences joined back per line as the engine does."""
    layout = [[split_sentences(line) for line in split_paragraphs(m)] for m in messages]
    sentences = [s for paragraphs in layout for line in paragraphs for s in line]
    results = model.translate_batch(
        sp.encode(sentences, out_type=str), beam_size=4, num_hypotheses=1, length_penalty=0.2,
        replace_unknowns=True, max_batch_size=64, max_decoding_length=MAX_DECODING)
    hypotheses = iter(r.hypotheses[0] for r in results)
    out = []
    for paragraphs in layout:
        lines = []
        for line in paragraphs:
            value = sp.decode([tok for _ in line for tok in next(hypotheses)])
            lines.append(value[1:] if value.startswith(" ") else value)
        out.append("\n".join(lines))
    return out


def argos_within_budget(translation, messages: list[str], budget_s: float) -> tuple[list[str], float]:
    """argos one message at a time, in order, until the messages or the budget run out:
    (the translations it finished, the seconds it took)."""
    done = []
    start = time.perf_counter()
    for message in messages:
        done.append(translation.translate(message))
        if time.perf_counter() - start > budget_s:
            break
    return done, time.perf_counter() - start


def test_engine_against_argos_one_message_at_a_time(benchmark, bench_data_dir):
    """Translation of chat messages, ours against argostranslate and one batched CTranslate2 call"""
    import ctranslate2
    import sentencepiece

    messages = chat_messages()
    sentences = [s for m in messages for line in split_paragraphs(m) for s in split_sentences(line)]

    rss_before = rss_mb()
    translator = Translator(bench_data_dir, intra_threads=THREADS, max_decoding_length=MAX_DECODING)
    pack = translator.route("es", "en")[0]
    start = time.perf_counter()
    translator._load(pack)
    load_seconds = time.perf_counter() - start
    rss_loaded = rss_mb()

    def timed(translate):
        start = time.perf_counter()
        out = translate()
        return out, time.perf_counter() - start

    ours, ours_seconds = timed(lambda: translator.translate_batch(messages, "es", "en"))
    rss_after = rss_mb()
    model = ctranslate2.Translator(str(pack.path / "model"), device="cpu", compute_type="default",
                                   inter_threads=1, intra_threads=THREADS)
    sp = sentencepiece.SentencePieceProcessor(model_file=str(pack.path / "sentencepiece.model"))
    floor_out, floor_seconds = timed(lambda: floor_one_batched_call(model, sp, messages))
    # One more round each, alternated, keeping each one's best: a shared machine's load comes
    # and goes, and should not fall on one side only.
    ours_seconds = min(ours_seconds, timed(lambda: translator.translate_batch(messages, "es", "en"))[1])
    floor_seconds = min(floor_seconds, timed(lambda: floor_one_batched_call(model, sp, messages))[1])
    ours_rate, floor_rate = len(messages) / ours_seconds, len(messages) / floor_seconds
    benchmark.pedantic(lambda: None, rounds=1)

    _, argos_translate = load_argos(bench_data_dir)
    argos_translate.settings.intra_threads = THREADS
    translation = argos_translate.get_translation_from_codes("es", "en")
    translation.underlying.sentencizer.split_sentences = split_sentences
    # Load its model outside the timing, with a text not among the messages (argos keeps
    # the last input's translation).
    start = time.perf_counter()
    translation.translate("Hola.")
    argos_load_seconds = time.perf_counter() - start
    translation.underlying.translator = _CappedDecoding(translation.underlying.translator)
    theirs_default, argos_seconds = argos_within_budget(translation, messages[:ARGOS_MESSAGES], ARGOS_BUDGET_S)
    argos_rate = len(theirs_default) / argos_seconds
    checked = messages[:len(theirs_default)]

    # argos pads a message's sentences into one batch; padding changes the last bits of
    # the attention sums, which flips close beams of a random model. With one sentence
    # per batch (its ARGOS_BATCH_SIZE setting at 1) argos computes what we compute.
    argos_translate.settings.batch_size = 1
    theirs = [translation.translate(m) for m in checked]
    padded_differ = sum(a != b for a, b in zip(ours, theirs_default))
    floor_differ = sum(a != b for a, b in zip(ours, floor_out))

    ratio = ours_rate / argos_rate
    benchmark.extra_info.update(
        messages=len(messages), sentences=len(sentences), distinct_sentences=len(set(sentences)),
        argos_messages=len(checked), ours_msgs_per_s=round(ours_rate, 1), argos_msgs_per_s=round(argos_rate, 1),
        floor_msgs_per_s=round(floor_rate, 1), ratio=round(ratio, 2), model_load_s=round(load_seconds, 2),
        rss_mb_before_load=round(rss_before), rss_mb_loaded=round(rss_loaded), rss_mb_after_translating=round(rss_after),
        threads=THREADS, differ_from_argos_padded_batches=padded_differ, floor_differs=floor_differ)
    record(f"Translation, {len(messages)} chat messages on a transformer-base int8 pack (random weights)",
           ours=ours_rate, baseline=argos_rate, baseline_name="argostranslate, one message at a time",
           floor=floor_rate, floor_name="one batched CTranslate2 call over every sentence, repeats included",
           unit="messages/s", goal="≥ 5x argos", met=ratio >= 5, lower_is_better=False,
           detail=f"{THREADS} threads, beam 4, {MAX_DECODING} tokens per sentence. Ours and the floor translate "
                  f"the same {len(messages)} messages, best of 2 alternated rounds each ({len(sentences)} sentences, "
                  f"{len(set(sentences))} distinct): "
                  f"ours beats the floor because it translates each distinct sentence once. argos translates each "
                  f"message on its own, so its rate does not depend on how many there are: it had the first "
                  f"{len(checked)} (within a {ARGOS_BUDGET_S:.0f} s budget). On them its output is identical to ours "
                  f"with one sentence per batch; with its default padded batches {padded_differ} of {len(checked)} "
                  f"differ from ours, and the floor's differs from ours in {floor_differ} of {len(messages)}: "
                  f"padding flips near-tied beams of a random model.")
    record("Translation model load (the same pack)", ours=load_seconds, baseline=argos_load_seconds,
           baseline_name="argostranslate's first translation, which loads it", unit="s", goal="", met=None,
           detail=f"Resident memory of the benchmark process: {rss_before:.0f} MB before loading, "
                  f"{rss_loaded:.0f} MB loaded, {rss_after:.0f} MB after translating {len(messages)} messages.")
    differ = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
    assert ours[:len(theirs)] == theirs, f"{len(differ)} of {len(theirs)} differ, first {differ[:5]}"
