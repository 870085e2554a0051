"""The argos package index, online: what packs exist, and downloading one.

Every network call has a timeout, including name resolution (which urllib's timeout
does not cover, and which is what hangs on a machine without network): a request runs
on a helper thread and the caller stops waiting after CONNECT_TIMEOUT seconds, so being
offline is a clear error within 10 s, never a hang. A download reports progress, can
be cancelled with a `threading.Event`, goes to a `.part` file and is installed with
`packs.install` (checked, atomic) only once complete.
"""

from __future__ import annotations

import errno
import os
import queue
import threading
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from desktop.core.translation import bounded_json, packs
from desktop.core.translation.argos_env import downloads_dir
from desktop.core.translation.packs import PackError, PackInfo, Progress

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_ENV = "ARGOS_PACKAGE_INDEX"        # argos's variable: the index folder, "index.json" appended
CONNECT_TIMEOUT = 10.0      # resolve + connect + response headers; also each read after
MAX_INDEX_BYTES = 8 * 1024 * 1024
USER_AGENT = "Buzon (argos package index client)"


class OfflineError(PackError):
    """The index or a pack could not be reached."""


@dataclass(frozen=True)
class AvailablePack:
    """A pack the index offers."""

    from_code: str
    to_code: str
    version: str
    from_name: str = ""
    to_name: str = ""
    links: tuple[str, ...] = field(default=(), repr=False)

    def to_json(self) -> dict:
        return {"from": self.from_code, "to": self.to_code, "version": self.version,
                "from_name": self.from_name, "to_name": self.to_name}


def default_index_url() -> str:
    base = os.environ.get(INDEX_ENV)
    if base:
        return base if base.endswith(".json") else base.rstrip("/") + "/index.json"
    return DEFAULT_INDEX_URL


def _check_url(url: str) -> None:
    if urlparse(url).scheme not in ("http", "https"):
        raise PackError(f"Refusing to fetch {url!r}: only http and https are used.",
                        text_id="index_bad_address", args={"url": url})


def _open(url: str, timeout: float, cancel: threading.Event | None = None):
    """`urlopen` with a deadline on everything up to the response headers."""
    _check_url(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    results: queue.Queue = queue.Queue(maxsize=1)

    def attempt():
        try:
            results.put(("ok", urllib.request.urlopen(request, timeout=timeout)))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            results.put(("error", exc))

    # A daemon thread: if name resolution hangs past the deadline it is abandoned.
    threading.Thread(target=attempt, name="buzon-http", daemon=True).start()
    waited = 0.0
    while True:
        step = min(0.2, timeout - waited) if cancel is not None else timeout - waited
        try:
            kind, value = results.get(timeout=max(step, 0.0))
            break
        except queue.Empty:
            waited += step
            if cancel is not None and cancel.is_set():
                raise PackError(text_id="download_cancelled") from None
            if waited >= timeout:
                raise OfflineError(text_id="no_answer",
                                   args={"host": urlparse(url).netloc, "seconds": f"{timeout:.0f}"}) from None
    if kind == "error":
        if isinstance(value, urllib.error.HTTPError):
            raise OfflineError(text_id="server_refused", args={"host": urlparse(url).netloc, "status": value.code},
                               detail=f"{value.code} {value.reason} for {url}") from value
        if isinstance(value, (urllib.error.URLError, OSError)):
            reason = getattr(value, "reason", value)
            raise OfflineError(text_id="no_connection", args={"host": urlparse(url).netloc},
                               detail=str(reason)) from value
        raise value
    return value


def available(*, timeout: float = CONNECT_TIMEOUT, index_url: str | None = None) -> list[AvailablePack]:
    """The translation packs listed in the argos index, sorted by pair."""
    url = index_url or default_index_url()
    with _open(url, timeout) as response:
        try:
            data = response.read(MAX_INDEX_BYTES + 1)
        except OSError as exc:
            raise OfflineError(f"The package index could not be read ({exc}).",
                               text_id="index_unreadable", detail=str(exc)) from exc
    if len(data) > MAX_INDEX_BYTES:
        raise PackError("The package index is implausibly large; refused.",
                        text_id="index_unusable")
    try:
        entries = bounded_json.loads(data, max_bytes=MAX_INDEX_BYTES)
    except ValueError as exc:          # JsonRefused, bad JSON, bad UTF-8
        raise PackError(f"The package index is not valid JSON ({exc}).",
                        text_id="index_unusable", detail=str(exc)) from exc
    if not isinstance(entries, list):
        raise PackError("The package index is not a list of packages.",
                        text_id="index_unusable")
    result = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
            continue
        src, tgt = entry.get("from_code"), entry.get("to_code")
        links = entry.get("links") or []
        if not (packs.valid_lang_code(src) and packs.valid_lang_code(tgt)) or not isinstance(links, list):
            continue
        result.append(AvailablePack(src, tgt, str(entry.get("package_version", "")),
                                    str(entry.get("from_name", "")), str(entry.get("to_name", "")),
                                    tuple(str(link) for link in links)))
    return sorted(result, key=lambda p: (p.from_code, p.to_code))


def download(data_dir: Path, from_code: str, to_code: str, *, progress: Progress | None = None,
             cancel: threading.Event | None = None, replace: bool = False,
             timeout: float = CONNECT_TIMEOUT, index_url: str | None = None, package: AvailablePack | None = None) -> PackInfo:
    """Download the index's pack for a pair and install it.

    `progress(done_bytes, total_bytes)` is called while downloading (total 0 when the
    server does not say) and then by the install. Raises `PackExists` before
    downloading when the pair is installed and `replace` is False.
    """
    if package is None:
        offered = [p for p in available(timeout=timeout, index_url=index_url)
                   if (p.from_code, p.to_code) == (from_code, to_code)]
        if not offered:
            raise PackError(f"The package index has no pack {from_code}→{to_code}.",
                            text_id="index_no_pack", args={"pair": f"{from_code}→{to_code}"})
        package = offered[0]
    existing = packs.find(data_dir, from_code, to_code)
    if existing is not None and not replace:
        raise packs.PackExists(existing, package.version)
    if not package.links:
        raise PackError(f"The index lists no download link for {from_code}→{to_code}.",
                        text_id="index_no_link", args={"pair": f"{from_code}→{to_code}"})
    folder = downloads_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PackError(f"Cannot create {folder} ({exc.strerror}).",
                        text_id="folder_uncreatable", args={"folder": folder}, detail=exc.strerror or str(exc)) from exc
    part = folder / f"{from_code}_{to_code}-{uuid.uuid4().hex}.argosmodel.part"
    errors = []
    try:
        for link in package.links:
            try:
                _fetch(link, part, progress, cancel, timeout)
                break
            except OfflineError as exc:
                errors.append(exc)
        else:
            raise errors[-1]
        return packs.install(data_dir, part, progress=progress, replace=replace, cancel=cancel)
    finally:
        part.unlink(missing_ok=True)


def _fetch(url: str, dest: Path, progress: Progress | None, cancel: threading.Event | None,
           timeout: float) -> None:
    # urlopen's timeout stays on the socket: each read waits at most `timeout` seconds.
    with _open(url, timeout, cancel) as response:
        total = int(response.headers.get("Content-Length") or 0)
        if total > packs.MAX_ARCHIVE_BYTES:
            raise PackError(f"The pack at {url} is too large ({total} bytes).",
                            text_id="pack_download_too_large", args={"url": url})
        done = 0
        if progress:
            progress(0, total)
        try:
            with open(dest, "wb") as out:
                while chunk := response.read(256 * 1024):
                    if cancel is not None and cancel.is_set():
                        raise PackError("The download was cancelled.",
                                        text_id="download_cancelled")
                    done += len(chunk)
                    if done > packs.MAX_ARCHIVE_BYTES:
                        raise PackError(f"The pack at {url} is too large; download stopped.",
                                        text_id="pack_download_too_large", args={"url": url})
                    out.write(chunk)
                    if progress:
                        progress(done, total)
        except TimeoutError as exc:
            raise OfflineError(text_id="download_stalled",
                               args={"host": urlparse(url).netloc, "seconds": f"{timeout:.0f}"}) from exc
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS):
                raise packs.disk_error(exc, str(dest)) from exc      # our disk, not the network
            raise OfflineError(text_id="download_failed", args={"host": urlparse(url).netloc}, detail=str(exc)) from exc
    if total and done != total:
        raise OfflineError(f"The download from {urlparse(url).netloc} ended early ({done} of {total} bytes).",
                           text_id="download_ended_early", args={"host": urlparse(url).netloc}, detail=f"{done} of {total} bytes")
