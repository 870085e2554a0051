"""A file name that is safe to show and to save under on any system.

The store never uses the user's name for the file on disk (files are named by hash);
the safe name is what the chat shows and what "Save as" proposes, so it must not be
able to lie (right-to-left overrides turning `gpj.exe` into `exe.jpg`), escape a folder,
or hit a Windows device name.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.attachments.sniff import EXTENSIONS

MAX_NAME_BYTES = 150
"""Well under the 255-byte limit of common file systems, leaving room for " (2)" suffixes."""

FALLBACK_STEM = "attachment"

# Whole-string patterns, used with fullmatch: `$` would also match before a final newline.
_RESERVED = re.compile(r"con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$", re.I)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_EXTENSION = re.compile(r"[A-Za-z0-9]{1,8}")
_SAME_TYPE = {"jpg": {"jpg", "jpeg", "jpe", "jfif"}, "mpg": {"mpg", "mpeg"}, "mkv": {"mkv", "mka"}}


def _visible(ch: str) -> bool:
    # Cc control, Cf format (bidi overrides, zero-width joiners, BOM), Cs lone surrogates
    # from undecodable bytes, Cn unassigned, Zl/Zp line breaks: none belongs in a name.
    return unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Cn", "Co", "Zl", "Zp"}


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if dot and stem and _EXTENSION.fullmatch(ext):
        return stem, ext
    return name, ""


def _truncate(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def safe_name(name: str, mime: str | None = None) -> str:
    """`name` reduced to a safe base name; with `mime`, the extension is made to match the type.

    >>> safe_name("../../etc/passwd")
    'passwd'
    >>> safe_name("CON.jpg")
    '_CON.jpg'
    >>> safe_name("invoice\\u202egpj.exe", "image/jpeg")
    'invoicegpj.jpg'
    """
    text = unicodedata.normalize("NFC", str(name))
    # Only the last path part, whichever separator the sender's system used.
    parts = [p for p in re.split(r"[/\\]", text) if p.strip(" .")]
    text = parts[-1] if parts else ""
    # Tabs and line breaks separate words: they become spaces before controls are dropped.
    text = _SPACES.sub(" ", text)
    text = "".join(ch for ch in text if _visible(ch))
    text = _FORBIDDEN.sub("_", text)
    text = _SPACES.sub(" ", text).strip(" .")
    stem, ext = _split_ext(text)
    stem = stem.strip(" .")
    ext = ext.lower()
    if mime is not None:
        wanted = EXTENSIONS.get(mime)
        if wanted and ext not in _SAME_TYPE.get(wanted, {wanted}):
            ext = wanted
    if not stem:
        stem = FALLBACK_STEM
    # A device name stays reserved on Windows whatever follows its first dot.
    if _RESERVED.fullmatch(stem.split(".", 1)[0].strip()):
        stem = "_" + stem
    suffix = f".{ext}" if ext else ""
    stem = _truncate(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8"))).rstrip(" .") or FALLBACK_STEM
    return stem + suffix
