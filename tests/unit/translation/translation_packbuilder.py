"""Builds real argos packages with random weights: a CTranslate2 transformer and a
SentencePiece model trained on a few lines, laid out as argos expects and zipped.

The output of such a model is gibberish, but it is produced by the real loading,
tokenising, decoding and detokenising code, deterministically (the weights come from a
seeded generator), which is what the tests and the benchmark need. Used by the tests'
conftest and by tests/benchmarks/test_bench_translation.py.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import common_spec, transformer_spec

SPECIALS = ["<unk>", "<s>", "</s>", "<blank>"]

CHAT_LINES = [
    "Hola, ¿tienen esta camiseta en talla M?",
    "Sí, la tenemos en azul y en negro.",
    "¿Cuándo llega mi pedido? Lo pagué hace diez días.",
    "El paquete salió ayer del almacén. Llegará la próxima semana.",
    "Gracias por su paciencia.",
    "Quiero cancelar el pedido, por favor.",
    "El producto llegó roto. Adjunto fotos.",
    "Hello, do you have this shirt in size M?",
    "Yes, we have it in blue and in black.",
    "When will my order arrive? I paid ten days ago.",
    "The parcel left the warehouse yesterday. It will arrive next week.",
    "Thank you for your patience.",
    "I want to cancel the order, please.",
    "The product arrived broken. I attach photos.",
    "你好，这件衬衫有M码吗？",
    "有的，我们有蓝色和黑色。",
    "我的订单什么时候到？",
    "谢谢你的耐心。",
    "Olá, vocês têm esta camisa no tamanho M?",
    "Bonjour, avez-vous ce t-shirt en taille M ?",
    "Здравствуйте, есть ли эта футболка размера M?",
    "Hallo, haben Sie dieses Hemd in Größe M?",
    "Ciao, avete questa maglietta in taglia M?",
]


def train_sentencepiece(lines: list[str], vocab_size: int, *, model_type: str = "unigram",
                        user_symbols: list[str] | None = None) -> bytes:
    """A SentencePiece model trained on `lines`, as the bytes of `sentencepiece.model`."""
    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=out,
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=1.0,
        hard_vocab_limit=False,
        user_defined_symbols=user_symbols or [],
        num_threads=1,
        minloglevel=2,
    )
    return out.getvalue()


def vocabulary(sp_model: bytes) -> list[str]:
    """The CTranslate2 vocabulary matching a SentencePiece model: its pieces, with the
    special tokens CTranslate2 needs first."""
    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    return SPECIALS + [p for p in pieces if p not in SPECIALS]


def build_model(model_dir: Path, vocab: list[str], *, layers: int = 1, d_model: int = 32, heads: int = 2,
                ffn: int = 64, seed: int = 0, eos_bias: float = 0.0, projection_std: float = 1.0,
                quantization: str = "int8") -> None:
    """Save a random-weight pre-norm transformer (shared vocabulary) in `model_dir`.

    `eos_bias` raises the logit of `</s>` so that decoding stops after a few tokens, as a
    trained model does, instead of always running to the maximum length.
    """
    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config(layers, heads)
    v = len(vocab)
    scale = 1.0 / np.sqrt(d_model)

    def fill(layer, name, value):
        setattr(layer, name, value.astype(np.float32))

    def visit(layer):
        for name, value in list(vars(layer).items()):
            if name.startswith("_"):
                continue
            if isinstance(value, list):
                for item in value:
                    visit(item)
            elif hasattr(value, "__dict__") and not isinstance(value, (str, np.ndarray, np.generic)):
                visit(value)
        if isinstance(layer, common_spec.LayerNormSpec):
            fill(layer, "gamma", np.ones(d_model))
            fill(layer, "beta", np.zeros(d_model))

    visit(spec)
    for side in (spec.encoder, spec.decoder):
        emb = side.embeddings[0] if isinstance(side.embeddings, list) else side.embeddings
        fill(emb, "weight", rng.normal(0, scale, (v, d_model)))
        for layer in side.layer:
            attns = [layer.self_attention] + ([layer.attention] if hasattr(layer, "attention") else [])
            for attn in attns:
                if len(attn.linear) == 2:      # self-attention: fused QKV, output
                    shapes = [(3 * d_model, d_model), (d_model, d_model)]
                else:                          # encoder attention: Q, fused KV, output
                    shapes = [(d_model, d_model), (2 * d_model, d_model), (d_model, d_model)]
                for lin, shape in zip(attn.linear, shapes):
                    fill(lin, "weight", rng.normal(0, scale, shape))
                    fill(lin, "bias", np.zeros(shape[0]))
            fill(layer.ffn.linear_0, "weight", rng.normal(0, scale, (ffn, d_model)))
            fill(layer.ffn.linear_0, "bias", np.zeros(ffn))
            fill(layer.ffn.linear_1, "weight", rng.normal(0, 1.0 / np.sqrt(ffn), (d_model, ffn)))
            fill(layer.ffn.linear_1, "bias", np.zeros(d_model))
    bias = np.zeros(v)
    bias[vocab.index("</s>")] = eos_bias
    fill(spec.decoder.projection, "weight", rng.normal(0, projection_std, (v, d_model)))
    fill(spec.decoder.projection, "bias", bias)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=quantization)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def build_pack_folder(folder: Path, from_code: str, to_code: str, *, version: str = "1.0", seed: int = 0,
                      sp_model: bytes, **model_options) -> Path:
    """A complete argos package folder (metadata.json, model/, sentencepiece.model)."""
    folder.mkdir(parents=True)
    (folder / "sentencepiece.model").write_bytes(sp_model)
    build_model(folder / "model", vocabulary(sp_model), seed=seed, **model_options)
    metadata = {
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
    }
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    (folder / "README.md").write_text(f"Generated test pack {from_code}->{to_code}, random weights.\n")
    return folder


def zip_folder(folder: Path, archive: Path, *, arcname: str | None = None) -> Path:
    """Zip a pack folder as `.argosmodel`: one top-level folder holding everything."""
    top = arcname or folder.name
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo(top + "/"), b"")
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder).as_posix()
            if path.is_dir():
                zf.writestr(zipfile.ZipInfo(f"{top}/{rel}/"), b"")
            else:
                zf.write(path, f"{top}/{rel}")
    return archive


def check_loads(model_dir: Path) -> None:
    """Fail early if CTranslate2 cannot load what was built."""
    ctranslate2.Translator(str(model_dir), device="cpu")
