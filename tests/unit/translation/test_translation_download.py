"""The argos index client against a local HTTP server and a closed port (loopback only)."""

from __future__ import annotations

import functools
import http.server
import json
import socket
import threading
import urllib.request

import pytest

from desktop.core.translation import packindex, packs


@pytest.fixture
def server(tmp_path, tiny_pack_files):
    """A local index offering es→en (and a pack whose link is dead), served from tmp_path."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "es_en.argosmodel").write_bytes(tiny_pack_files[("es", "en")].read_bytes())
    handler = functools.partial(QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    index = [
        {"type": "translate", "from_code": "es", "to_code": "en", "package_version": "1.0",
         "from_name": "Spanish", "to_name": "English", "links": [f"{base}/es_en.argosmodel"]},
        {"type": "translate", "from_code": "en", "to_code": "fr", "package_version": "1.1",
         "links": [f"{base}/missing.argosmodel"]},
        {"type": "sbd", "from_code": "en", "links": []},
        {"type": "translate", "from_code": "../x", "to_code": "en", "links": []},
    ]
    (root / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/index.json"


def test_available_lists_translation_packs(server):
    offered = packindex.available(index_url=f"{server}/index.json")
    assert [(p.from_code, p.to_code, p.version) for p in offered] == [("en", "fr", "1.1"), ("es", "en", "1.0")]
    assert offered[1].to_json()["from_name"] == "Spanish"


def test_download_installs_with_progress(data_dir, server):
    seen = []
    info = packindex.download(data_dir, "es", "en", index_url=f"{server}/index.json",
                              progress=lambda done, total: seen.append((done, total)))
    assert (info.from_code, info.to_code) == ("es", "en")
    assert packs.installed(data_dir) == [info]
    assert seen and seen[-1][0] == seen[-1][1]
    assert list((data_dir / "argos" / "downloads").iterdir()) == []


def test_download_via_the_packs_api(data_dir, server):
    info = packs.download(data_dir, "es", "en", index_url=f"{server}/index.json")
    assert packs.find(data_dir, "es", "en") == info


def test_download_of_an_installed_pair_asks_first(data_dir, server, pack_file):
    packs.install(data_dir, pack_file("es", "en"))
    with pytest.raises(packs.PackExists):
        packindex.download(data_dir, "es", "en", index_url=f"{server}/index.json")


def test_download_can_be_cancelled(data_dir, server):
    cancel = threading.Event()
    with pytest.raises(packs.PackError, match="cancelled"):
        packindex.download(data_dir, "es", "en", index_url=f"{server}/index.json", cancel=cancel,
                           progress=lambda done, total: cancel.set())
    assert packs.installed(data_dir) == []
    assert list((data_dir / "argos" / "downloads").iterdir()) == []


def test_a_dead_link_is_a_clear_error(data_dir, server):
    with pytest.raises(packindex.OfflineError, match="404"):
        packindex.download(data_dir, "en", "fr", index_url=f"{server}/index.json")
    assert packs.installed(data_dir) == []


def test_a_pair_the_index_lacks(data_dir, server):
    with pytest.raises(packs.PackError, match="no pack zh→es"):
        packindex.download(data_dir, "zh", "es", index_url=f"{server}/index.json")


def test_offline_is_a_clear_error(data_dir):
    with pytest.raises(packindex.OfflineError, match="Cannot reach") as err:
        packindex.available(index_url=closed_port_url())
    assert "network" in err.value.hint


def test_every_network_call_has_a_timeout_of_at_most_10_s(data_dir, server, monkeypatch):
    timeouts = []
    real = urllib.request.urlopen

    def spy(request, *args, timeout=None, **kwargs):
        timeouts.append(timeout)
        return real(request, *args, timeout=timeout, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", spy)
    packindex.download(data_dir, "es", "en", index_url=f"{server}/index.json")
    assert len(timeouts) == 2 and all(t is not None and 0 < t <= 10 for t in timeouts)
    assert packindex.CONNECT_TIMEOUT <= 10


def test_a_hanging_resolver_gives_up_at_the_deadline(monkeypatch):
    """urlopen's own timeout does not cover name resolution; the deadline does."""
    release = threading.Event()

    def hang(request, timeout=None):
        release.wait(30)
        raise OSError("gave up")

    monkeypatch.setattr(urllib.request, "urlopen", hang)
    try:
        with pytest.raises(packindex.OfflineError, match="No answer .* within 0 s"):
            packindex.available(index_url="http://index.invalid/index.json", timeout=0.3)
    finally:
        release.set()


def test_only_http_urls_are_fetched(data_dir):
    with pytest.raises(packs.PackError, match="only http"):
        packindex.available(index_url="file:///etc/passwd")


def test_the_index_url_follows_argos_variable(monkeypatch):
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    assert packindex.default_index_url().startswith("https://raw.githubusercontent.com/argosopentech/")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    assert packindex.default_index_url() == "http://127.0.0.1:9/index.json"
