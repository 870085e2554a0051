"""The Language packs dialog on real generated packs: install, replace, refuse, remove, download."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.translation import packindex, packs
from desktop.core.translation.argos_env import packages_dir, staging_dir
from desktop.gui.views.packs_dialog import PacksDialog

BUILDER_PATH = Path(__file__).resolve().parent.parent / "unit" / "translation" / "translation_packbuilder.py"


def load_builder():
    """The translation tests' pack builder (a module beside their conftest, not on our path)."""
    name = "translation_packbuilder"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BUILDER_PATH)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def pack_files(tmp_path_factory) -> dict[str, Path]:
    """es→en version 1.0 and 1.1 (other weights), as `.argosmodel` files; built once."""
    builder = load_builder()
    root = tmp_path_factory.mktemp("dialog-packs")
    sp_model = builder.train_sentencepiece(builder.CHAT_LINES * 3, 200)
    files = {}
    for version, seed in (("1.0", 1), ("1.1", 2)):
        tag = version.replace(".", "_")
        folder = builder.build_pack_folder(root / f"translate-es_en-{tag}", "es", "en", version=version,
                                           seed=seed, sp_model=sp_model, eos_bias=9.0)
        # Both versions unpack into the same folder name, as argos's own releases do.
        files[version] = builder.zip_folder(folder, root / f"translate-es_en-{tag}.argosmodel",
                                            arcname="translate-es_en")
    return files


@pytest.fixture
def pack_file(tmp_path, pack_files):
    def copy(version: str = "1.0") -> Path:
        dest = tmp_path / "picked" / f"es_en-{version}.argosmodel"
        dest.parent.mkdir(exist_ok=True)
        shutil.copyfile(pack_files[version], dest)
        return dest
    return copy


def make_dialog(qtbot, session, **kwargs) -> PacksDialog:
    d = PacksDialog(session, **kwargs)
    qtbot.addWidget(d)
    settle(qtbot, d)
    return d


def settle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog._session.busy and not dialog.busy, timeout=20_000)


def table_rows(dialog) -> list[tuple[str, ...]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def pick(monkeypatch, path: Path | None):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path) if path else "", "")))


def answer(monkeypatch, button, asked: list | None = None):
    def question(parent, title, text, *a, **k):
        if asked is not None:
            asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def installed_versions(data_dir) -> list[tuple[str, str, str]]:
    return [(p.from_code, p.to_code, p.version) for p in packs.installed(data_dir)]


def test_install_from_file_fills_bar_table_and_signals(qtbot, monkeypatch, session, data_dir, pack_file):
    d = make_dialog(qtbot, session)
    assert d.table.rowCount() == 0 and not d.empty.isHidden()
    assert not d.remove_button.isEnabled()
    pick(monkeypatch, pack_file("1.0"))
    reports = []
    d.relay.progressed.connect(lambda done, total: reports.append((done, total, d.progress.value(),
                                                                   d.progress.maximum(), on_gui_thread())))
    with qtbot.waitSignal(d.packs_changed, timeout=30_000):
        qtbot.mouseClick(d.install_button, Qt.MouseButton.LeftButton)
        assert d.busy and not d.install_button.isEnabled() and d.cancel_button.isVisibleTo(d)
    done, total, value, maximum, _ = reports[-1]
    assert done == total > 0 and value == maximum == total    # the bar reached the total
    assert reports[0][0] == 0 and all(r[4] for r in reports)  # reports arrive on the GUI thread
    settle(qtbot, d)
    assert table_rows(d) == [("Español (es)", "English (en)", "1.0")]
    assert installed_versions(data_dir) == [("es", "en", "1.0")]
    assert "Installed Español → English (version 1.0)." == d.status.text()
    assert d.error.isHidden() and d.progress.isHidden() and d.install_button.isEnabled()


def test_cancelling_the_file_dialog_does_nothing(qtbot, monkeypatch, session, data_dir):
    d = make_dialog(qtbot, session)
    pick(monkeypatch, None)
    qtbot.mouseClick(d.install_button, Qt.MouseButton.LeftButton)
    assert not d.busy and d.error.isHidden() and not packages_dir(data_dir).exists()


def test_existing_pair_asks_and_replaces(qtbot, monkeypatch, session, data_dir, pack_file):
    packs.install(data_dir, pack_file("1.0"))
    d = make_dialog(qtbot, session)
    assert table_rows(d) == [("Español (es)", "English (en)", "1.0")]
    asked = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(d.packs_changed, timeout=30_000):
        d.install_file(pack_file("1.1"))
    settle(qtbot, d)
    assert asked == ["Español → English is already installed. Replace version 1.0 with 1.1?"]
    assert installed_versions(data_dir) == [("es", "en", "1.1")]
    assert table_rows(d) == [("Español (es)", "English (en)", "1.1")]


def test_existing_pair_kept_when_the_user_says_no(qtbot, monkeypatch, session, data_dir, pack_file):
    packs.install(data_dir, pack_file("1.0"))
    d = make_dialog(qtbot, session)
    answer(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(d.packs_changed, wait=100):
        d.install_file(pack_file("1.1"))
        settle(qtbot, d)
    assert installed_versions(data_dir) == [("es", "en", "1.0")]
    assert d.status.text() == "The installed pack was kept." and d.error.isHidden()


@pytest.mark.parametrize("damage", ["truncated", "escaping"])
def test_bad_file_shows_the_error_and_installs_nothing(qtbot, monkeypatch, session, data_dir, pack_file,
                                                       tmp_path, damage):
    good = pack_file("1.0")
    bad = tmp_path / f"{damage}.argosmodel"
    if damage == "truncated":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("translate-es_en/metadata.json", '{"from_code": "es", "to_code": "en"}')
            zf.writestr("translate-es_en/../../evil.txt", "outside the pack folder")
    d = make_dialog(qtbot, session)
    pick(monkeypatch, bad)
    with qtbot.assertNotEmitted(d.packs_changed, wait=100):
        qtbot.mouseClick(d.install_button, Qt.MouseButton.LeftButton)
        settle(qtbot, d)
    expected = "truncated or corrupt" if damage == "truncated" else "holds a file it must not hold"
    assert d.error.isVisibleTo(d) and expected in d.error.text()
    if damage == "escaping":            # the window's plain sentence; the exact flaw behind Details
        assert d.details_button.isVisibleTo(d) and "leaves its folder" in d.show_details().text()
    assert d.table.rowCount() == 0 and installed_versions(data_dir) == []
    assert not (data_dir.parent / "evil.txt").exists() and not (data_dir / "evil.txt").exists()


def test_cancel_stops_the_install(qtbot, monkeypatch, session, data_dir, pack_file):
    d = make_dialog(qtbot, session)
    real_install = packs.install

    def cancel_at_first_report(data_dir_, file, *, progress=None, cancel=None, **kw):
        def report(done, total):
            progress(done, total)
            cancel.set()            # as if Cancel was pressed right after the first bytes
        return real_install(data_dir_, file, progress=report, cancel=cancel, **kw)

    monkeypatch.setattr(packs, "install", cancel_at_first_report)
    d.install_file(pack_file("1.0"))
    settle(qtbot, d)
    assert "cancelled" in d.error.text() and installed_versions(data_dir) == []
    assert not any(staging_dir(data_dir).glob("install-*"))


def test_remove_asks_then_removes(qtbot, monkeypatch, session, data_dir, pack_file):
    packs.install(data_dir, pack_file("1.0"))
    d = make_dialog(qtbot, session)
    d.table.selectRow(0)
    assert d.remove_button.isEnabled()
    answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert installed_versions(data_dir) == [("es", "en", "1.0")]
    asked = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(d.packs_changed, timeout=10_000):
        qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert "Español → English" in asked[0]
    assert installed_versions(data_dir) == [] and d.table.rowCount() == 0
    assert d.status.text() == "Removed Español → English." and not d.remove_button.isEnabled()


def test_download_list_offline_shows_the_error(qtbot, monkeypatch, session):
    def offline(**kwargs):
        raise packindex.OfflineError("Cannot reach raw.githubusercontent.com (Temporary failure in name resolution).",
                                     hint="Check the network connection, or install a pack from a file.")
    monkeypatch.setattr(packs, "available", offline)
    d = make_dialog(qtbot, session)
    qtbot.mouseClick(d.download_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert d.downloads.isVisibleTo(d) and d.available_list.count() == 0
    assert "Cannot reach raw.githubusercontent.com" in d.list_status.text()
    assert "install a pack from a file" in d.list_status.text()
    assert d.download_button.isEnabled() and d.install_button.isEnabled() and not d.get_button.isEnabled()


def test_download_list_from_a_dead_index_url(qtbot, monkeypatch, session):
    # A real request to a port nobody listens on: the error comes back, the window never waits.
    monkeypatch.setenv(packindex.INDEX_ENV, "http://127.0.0.1:9/index.json")
    d = make_dialog(qtbot, session)
    d.show_downloads()
    settle(qtbot, d)
    assert "Cannot reach 127.0.0.1:9" in d.list_status.text()


def offered_packs():
    return [packindex.AvailablePack("de", "en", "1.0", "German", "English", ("https://example.invalid/de_en",)),
            packindex.AvailablePack("es", "en", "1.9", "Spanish", "English", ("https://example.invalid/es_en",)),
            packindex.AvailablePack("zh", "en", "1.9", "Chinese", "English", ("https://example.invalid/zh_en",))]


def visible_pairs(dialog) -> list[str]:
    items = [dialog.available_list.item(r) for r in range(dialog.available_list.count())]
    return [f"{p.from_code}-{p.to_code}" for p in (i.data(Qt.ItemDataRole.UserRole) for i in items if not i.isHidden())]


def test_suggested_pair_is_preselected_and_search_filters(qtbot, monkeypatch, session):
    monkeypatch.setattr(packs, "available", lambda **kw: offered_packs())
    d = make_dialog(qtbot, session, suggest=("zh", "en"))
    assert d.downloads.isVisibleTo(d)
    assert visible_pairs(d) == ["zh-en"] and d.get_button.isEnabled()
    d.search.setText("")
    assert visible_pairs(d) == ["de-en", "es-en", "zh-en"]
    d.search.setText("spanish")
    assert visible_pairs(d) == ["es-en"]
    d.search.setText("deutsch")
    assert visible_pairs(d) == ["de-en"]


def test_download_installs_with_progress_and_offers_replace(qtbot, monkeypatch, session, data_dir, pack_file):
    monkeypatch.setattr(packs, "available", lambda **kw: offered_packs())
    source = pack_file("1.1")

    def fetch(url, dest, progress, cancel, timeout):      # the network, served from a file
        data = source.read_bytes()
        progress(0, len(data))
        dest.write_bytes(data)
        progress(len(data), len(data))

    monkeypatch.setattr(packindex, "_fetch", fetch)
    packs.install(data_dir, pack_file("1.0"))
    d = make_dialog(qtbot, session, suggest=("es", "en"))
    assert "installed: 1.0" in d.available_list.currentItem().text()
    labels = []
    d.relay.progressed.connect(lambda *a: labels.append(d.progress_label.text()))
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(d.packs_changed, timeout=30_000):
        qtbot.mouseClick(d.get_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert installed_versions(data_dir) == [("es", "en", "1.1")]
    assert labels[0].startswith("Downloading Español → English") and labels[-1] == "Installing…"
    assert "installed: 1.1" in d.available_list.currentItem().text()
    assert not any((data_dir / "argos" / "downloads").glob("*.part"))


def test_closing_mid_install_cancels_then_closes(qtbot, monkeypatch, session, data_dir, pack_file):
    d = make_dialog(qtbot, session)
    d.show()
    started = threading.Event()

    def slow_install(data_dir_, file, *, progress=None, cancel=None, **kw):
        progress(0, 100)
        started.set()
        if not cancel.wait(20):                 # a long install, until the dialog cancels it
            return packs.install(data_dir_, file, **kw)
        raise packs.PackError("The installation was cancelled.")

    monkeypatch.setattr(packs, "install", slow_install)
    d.install_file(pack_file("1.0"))
    assert started.wait(10)
    d.reject()                                  # Escape or the window's close button
    assert d.isVisible() and d.busy             # stays until the worker has stopped
    settle(qtbot, d)
    assert not d.isVisible() and d.result() == PacksDialog.DialogCode.Rejected
    assert installed_versions(data_dir) == []


def test_pack_worker_leaves_the_database_worker_free(qtbot, monkeypatch, session, data_dir, pack_file):
    release = threading.Event()
    try:
        d = make_dialog(qtbot, session)
        real_install = packs.install

        def held_install(*args, **kwargs):
            assert release.wait(20)
            return real_install(*args, **kwargs)

        monkeypatch.setattr(packs, "install", held_install)
        d.install_file(pack_file("1.0"))
        # While the install waits, the database worker still answers (a send would go through).
        with qtbot.waitCallback(timeout=10_000) as answered:
            session.op(lambda _backend: "free").on_success(answered).run()
        answered.assert_called_with("free")
        assert d.busy
        with qtbot.waitSignal(d.packs_changed, timeout=30_000):
            release.set()
        settle(qtbot, d)
        assert table_rows(d) == [("Español (es)", "English (en)", "1.0")]
    finally:
        release.set()
