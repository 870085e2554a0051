"""The evidence pack: what screenshots were for, as one ZIP the marketplace can check.

    conversation.pdf   the order card, tracking, every message (UTC and both sides' local
                       times, original and translation, pictures inline), the history; A4,
                       page numbers, the CJK font embedded (resources/fonts, docs/evidence.md)
    conversation.json  the same, machine-readable
    evidence/          every picture and video exactly as stored (never re-encoded)
    SHA256SUMS         `sha256sum -c` format, covering every other file

Built twice from the same data it is byte-identical: fixed file dates, fixed order, the
PDF's dates set from the data. It is written to a temporary file beside the destination
and renamed over it, so a crash leaves no partial pack. `verify` checks a pack's hashes.
The core draws the PDF with fpdf2 (pure Python): no Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from desktop.config import resources_dir
from desktop.core import evidence_data
from desktop.core.db import Database
from desktop.core.errors import KnownError, UsageError
from desktop.core.evidence_data import PackData
from desktop.core.translation.pack_archive import directory_claims
from desktop.core.users import UserRecord

FONT_FILE = ("fonts", "wqy-microhei.ttf")     # WenQuanYi Micro Hei, Apache-2.0 (docs/evidence.md)
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
PICTURES = {"image/png", "image/jpeg", "image/webp", "image/gif"}
SUMS = "SHA256SUMS"
# What `verify` reads at most: a pack is a conversation's pictures and videos, never more than
# this; a ZIP that unpacks to more (a zip bomb) or a device given as a pack is refused.
MAX_PACK_BYTES = 4 * 1024**3          # the ZIP file
MAX_UNPACKED_BYTES = 4 * 1024**3      # what its members unpack to, all together
MAX_SUMS_BYTES = 1024**2
# A pack holds an order's few documents and pictures. zipfile builds an object per member of
# the central directory before anything can be checked: a crafted 47 MB file listing a million
# members cost 450 MB and 7 s, so the end records' claims are refused above these first.
MAX_MEMBERS = 100_000
MAX_DIRECTORY_BYTES = 32 * 1024**2
CHUNK = 1024**2


class PackUnwritten(KnownError):
    """The pack could not be written where asked; nothing was left there."""


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    changed: tuple[str, ...]
    missing: tuple[str, ...]
    unlisted: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.unlisted)

    def to_json(self) -> dict:
        return {"ok": self.ok, "checked": self.checked, "changed": list(self.changed),
                "missing": list(self.missing), "unlisted": list(self.unlisted)}


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("cjk", size=8)
        self.cell(0, 6, f"{self.page_no()} / {{nb}}", align="C")


def _newest(data: PackData) -> dt.datetime:
    """The pack's date: its newest fact (so the same data gives the same PDF)."""
    times = [x.at for x in data.messages] + [r.at for r in data.history] + [t[0] for t in data.tracking]
    return max(times, default=dt.datetime(2000, 1, 1))


def render_pdf(data: PackData) -> bytes:
    pdf = _Pdf(format="A4")
    pdf.set_creation_date(_newest(data).replace(tzinfo=dt.timezone.utc))
    pdf.set_title(f"Order {data.order['number']}")
    pdf.set_creator("Buzón")
    pdf.add_font("cjk", fname=str(resources_dir().joinpath(*FONT_FILE)))
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    width = pdf.epw

    def line(text: str, size: int = 10, gap: float = 1.0) -> None:
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(width, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    o = data.order
    line(f"Order {o['number']} — {o['store']}", 15, 2)
    line(f"Buyer: {o['buyer']} ({data.buyer_tz})   Store time zone: {data.seller_tz}")
    line(f"Status: {o['status']}   Total: {o['total']:.2f} {o['currency']}   Refunded: {o['refunded']:.2f}   "
         f"Ordered: {o['created_at']}")
    for item in o["items"]:
        line(f"  • {item['title']} {item['variant']} ×{item['quantity']}  {item['unit_price']:.2f} {o['currency']}")
    if o["tracking_number"]:
        line(f"Carrier: {o['carrier']}   Tracking number: {o['tracking_number']}")
    line("Tracking", 12, 1)
    for at, kind, location, description in data.tracking or ():
        line(f"  {at.isoformat()}Z  {kind}  {location}  {description}", 9)
    if not data.tracking:
        line("  (no tracking events)", 9)
    line("Conversation", 12, 1)
    for msg in data.messages:
        stamp = (f"{msg.at.isoformat()}Z UTC · buyer {data.local(msg.at, data.buyer_tz)} · "
                 f"seller {data.local(msg.at, data.seller_tz)}")
        mark = "  [deleted by you; kept by the marketplace]" if msg.deleted_for_me else ""
        line(f"#{msg.id} {msg.sender} ({msg.kind}) — {stamp}{mark}", 8, 0.5)
        if msg.text:
            line(msg.text + (f"   [{msg.lang}]" if msg.lang else ""), 10, 0.5)
        elif msg.card:
            line(f"[{msg.card}]", 9, 0.5)
        for lang, text in msg.translations.items():
            line(f"  → {lang}: {text}", 9, 0.5)
        for f in msg.files:
            _picture(pdf, f, line)
        pdf.ln(1.5)
    line("Cancellation and dispute history", 12, 1)
    files = {f.sha256: f for f in data.files}
    for row in data.history or ():
        amount = f"  {row.amount_cents / 100:.2f} {o['currency']}" if row.amount_cents is not None else ""
        line(f"{row.at.isoformat()}Z  {row.by}: {row.subject} · {row.action.value}{amount}", 9, 0.3)
        if row.text:
            line(f"  {row.text}", 9, 0.3)
        for e in row.evidence:
            _picture(pdf, files[e.sha256], line)
    if not data.history:
        line("(none)", 9)
    return bytes(pdf.output())


def _picture(pdf: FPDF, f: evidence_data.PackFile, line) -> None:
    line(f"  file: {f.arcname} ({f.name or f.mime})", 8, 0.5)
    if f.mime in PICTURES and f.source.is_file():
        with contextlib.suppress(Exception):          # a picture the PDF cannot draw still travels in evidence/
            pdf.image(str(f.source), w=min(60, pdf.epw))
            pdf.ln(1)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(data: PackData) -> list[tuple[str, bytes]]:
    """The pack's files, in their order in the ZIP (SHA256SUMS last)."""
    files: list[tuple[str, bytes]] = [
        ("conversation.pdf", render_pdf(data)),
        ("conversation.json", (json.dumps(data.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
         .encode("utf-8")),
    ]
    for f in sorted(data.files, key=lambda f: f.arcname):
        try:
            files.append((f.arcname, f.source.read_bytes()))
        except OSError as exc:
            raise KnownError(f"The evidence file {f.source} cannot be read ({exc.strerror or exc}).",
                             hint="The attachment store is damaged or was moved.",
                             text_id="evidence_file_unreadable", args={"file": f.source}, detail=exc.strerror or str(exc)) from exc
    sums = "".join(f"{_sha(body)}  {name}\n" for name, body in files)
    files.append((SUMS, sums.encode("ascii")))
    return files


def write_zip(files: list[tuple[str, bytes]], out: Path) -> None:
    """Write the ZIP to a temporary file beside `out`, flushed, then renamed over it."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    tmp = None
    try:        # even looking can fail: a name too long for the file system (ENAMETOOLONG)
        if not folder.is_dir():
            raise PackUnwritten(f"The folder {folder} does not exist.", hint="Choose an existing folder.",
                                text_id="folder_missing", args={"folder": folder})
        if out.exists() and not out.is_file():
            # A folder, a device (/dev/full), a pipe: renaming over it would replace it.
            raise PackUnwritten(f"{out} is not a file; the evidence pack was not written.",
                                hint="Give the path of a .zip file to write.",
                                text_id="evidence_pack_target_not_file", args={"path": out})
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{out.name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w") as z:
            for name, body in files:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, body)
        with open(tmp, "rb+") as done:
            os.fsync(done.fileno())
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise PackUnwritten(f"The evidence pack could not be written to {out} ({exc.strerror or exc}).",
                            hint="Check that the folder can be written and has room, then try again.",
                            text_id="evidence_pack_unwritten", args={"path": out}, detail=exc.strerror or str(exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def export(db: Database, user: UserRecord, order_id: int, data_dir: Path, out: Path) -> list[str]:
    """Write the order's evidence pack to `out`; returns the names of the files in it."""
    files = build(evidence_data.gather(db, user, order_id, data_dir))
    write_zip(files, out)
    return [name for name, _ in files]


def _member_sha(z: zipfile.ZipFile, name: str, budget: list[int]) -> str:
    """The SHA-256 of one member, read in chunks against what is left of the pack's budget."""
    h = hashlib.sha256()
    with z.open(name) as member:
        while chunk := member.read(CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise UsageError(f"The pack unpacks to more than {MAX_UNPACKED_BYTES:,} bytes: it is not an "
                                 "evidence pack Buzón made.",
                                 text_id="evidence_pack_foreign")
            h.update(chunk)
    return h.hexdigest()


def verify(pack: Path) -> VerifyResult:
    """Check every hash of SHA256SUMS against the pack's files (a regular file only, read within
    MAX_UNPACKED_BYTES however it is compressed)."""
    try:
        info = os.stat(pack)
    except OSError as exc:
        raise UsageError(f"{pack} cannot be read ({exc.strerror or exc}).",
                         hint="Give the evidence pack's .zip file.",
                         text_id="evidence_pack_unreadable", args={"path": pack}, detail=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{pack} is not a file.", hint="Give the evidence pack's .zip file.",
                         text_id="evidence_pack_not_file", args={"path": pack})
    if info.st_size > MAX_PACK_BYTES:
        raise UsageError(f"{pack} is larger than an evidence pack can be.", hint="Give the evidence pack's .zip file.",
                         text_id="evidence_pack_too_large", args={"path": pack})
    try:
        with open(pack, "rb") as fp:
            claims = directory_claims(fp, info.st_size)
        if any(entries > MAX_MEMBERS or size > MAX_DIRECTORY_BYTES for entries, size in claims):
            raise UsageError(f"{pack} lists more files than an evidence pack holds: it is not one Buzón made.",
                             text_id="evidence_pack_foreign")
        with zipfile.ZipFile(pack) as z:
            names = [n for n in z.namelist() if not n.endswith("/")]
            if SUMS not in names:
                raise UsageError(f"{pack} has no {SUMS}: it is not an evidence pack.",
                                 text_id="evidence_pack_foreign")
            with z.open(SUMS) as sums:
                text = sums.read(MAX_SUMS_BYTES + 1)
            if len(text) > MAX_SUMS_BYTES:
                raise UsageError(f"{pack}'s {SUMS} is too large: it is not an evidence pack Buzón made.",
                                 text_id="evidence_pack_foreign")
            listed: dict[str, str] = {}
            for raw in text.decode("utf-8", "replace").splitlines():
                digest, _, name = raw.partition("  ")
                if name:
                    listed[name.lstrip("*")] = digest.strip().lower()
            changed, missing = [], []
            budget = [MAX_UNPACKED_BYTES]
            for name, digest in listed.items():
                if name not in names:
                    missing.append(name)
                elif _member_sha(z, name, budget) != digest:
                    changed.append(name)
            unlisted = [n for n in names if n != SUMS and n not in listed]
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        # NotImplementedError: a compression method zipfile lacks; RuntimeError: an encrypted member.
        raise UsageError(f"{pack} cannot be read as a ZIP ({exc}).", hint="Give the evidence pack's .zip file.",
                         text_id="evidence_pack_not_zip", args={"path": pack}, detail=str(exc)) \
            from exc
    return VerifyResult(len(listed), tuple(changed), tuple(missing), tuple(unlisted))
