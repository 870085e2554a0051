"""The installed program: `--self-test` from a checkout, the display pre-check, and (slow)
the Linux bundle built by PyInstaller from app.spec, run as a new user would: an empty
HOME, no BUZON_* variables, no display, a data folder it cannot use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bundle_build import REPO, build_app, clean_env, executable, run, snapshot
from desktop.core.errors import ExitCode
from desktop.gui.launch import display_problem
from desktop.gui.self_test import _blank

STEPS = ("temporary folder", "demo database", "translation libraries", "main window", "send as buyer", "seller sees it",
         "window shows it", "screenshot")
LINUX = sys.platform.startswith("linux")


def _assert_self_test_passed(proc: subprocess.CompletedProcess, tmp: Path) -> None:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for step in STEPS:
        assert f"OK      {step}" in proc.stdout, proc.stdout
    assert "FAILED" not in proc.stdout
    shot = Path(proc.stdout.rsplit("screenshot: ", 1)[1].strip())
    assert shot.is_relative_to(tmp) and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1180, 760) and not _blank(image)
    # The throw-away database is gone; only the screenshot stays.
    assert sorted(p.name for p in shot.parent.iterdir()) == [shot.name]


def test_self_test_from_checkout_leaves_the_users_database_alone(tmp_path):
    users_db = tmp_path / "users" / "buzon.sqlite3"
    env = clean_env(tmp_path, PYTHONPATH=str(REPO), BUZON_DATABASE_URL=f"sqlite:///{users_db}",
                    BUZON_DATA_DIR=str(users_db.parent))
    proc = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    _assert_self_test_passed(proc, tmp_path)
    assert not users_db.parent.exists()


def test_blank_screenshot_is_caught():
    flat = QImage(300, 200, QImage.Format.Format_RGB32)
    flat.fill(QColor("#fafafa"))
    assert _blank(flat)
    assert _blank(QImage())
    for x in range(0, 300, 20):           # a few stripes are still not a window
        for y in range(200):
            flat.setPixel(x, y, QColor("#333333").rgb())
    assert _blank(flat)


@pytest.mark.skipif(not LINUX, reason="X11 displays exist on Linux only")
def test_display_precheck():
    assert display_problem({"DISPLAY": ":77"}, "linux") == "The X display :77 does not answer, so the window cannot open."
    assert display_problem({"DISPLAY": ":77", "QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert display_problem({"DISPLAY": ":77", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"DISPLAY": ":77", "WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "linux") is None           # run_gui reports "no display" itself
    assert display_problem({"DISPLAY": ":77"}, "win32") is None


# -- the bundle ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return build_app(tmp_path_factory.mktemp("bundle"))


@pytest.mark.slow
@pytest.mark.timeout(900)            # the build alone takes one to three minutes on two cores
@pytest.mark.skipif(not LINUX, reason="the installers workflow builds the other systems' bundles")
class TestLinuxBundle:
    def test_layout(self, bundle):
        internal = bundle / "_internal"
        assert executable(bundle).is_file()
        for rel in ("resources/icons/buzon-256.png", "resources/demo/marketplace.json", "resources/policy/email.json",
                    "desktop/core/migrations/env.py", "desktop/core/migrations/script.py.mako",
                    "desktop/core/migrations/versions/0001_baseline.py", "PySide6/Qt/plugins/platforms/libqxcb.so",
                    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so"):
            assert (internal / rel).is_file(), rel
        assert list(internal.glob("ctranslate2.libs/libctranslate2*")), "CTranslate2's library is missing"
        assert list(internal.glob("sentencepiece/_sentencepiece*")), "SentencePiece's extension is missing"
        names = {p.name for p in internal.rglob("*")}
        for unwanted in ("onnxruntime", "argostranslate", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6",
                         "libQt6Network.so.6", "libqgtk3.so", "libcairo.so.2"):
            assert unwanted not in names, unwanted

    def test_version(self, bundle, tmp_path):
        proc = run(executable(bundle), ["--version"], clean_env(tmp_path))
        assert (proc.returncode, proc.stdout.strip()) == (0, "buzon 0.1.0")

    def test_self_test_as_new_user_never_writes_beside_itself(self, bundle, tmp_path):
        home = tmp_path / "home"
        home.mkdir()
        before = snapshot(bundle)
        proc = run(executable(bundle), ["--self-test"], clean_env(home), timeout=180)
        _assert_self_test_passed(proc, home)
        assert snapshot(bundle) == before

    def test_without_display_exits_5(self, bundle, tmp_path):
        proc = run(executable(bundle), [], clean_env(tmp_path))
        assert proc.returncode == ExitCode.NO_DISPLAY, proc.stderr
        assert "There is no display to open the window on" in proc.stderr

    def test_with_dead_x_display_exits_5_instead_of_aborting(self, bundle, tmp_path):
        proc = run(executable(bundle), [], clean_env(tmp_path, DISPLAY=":77"))
        assert proc.returncode == ExitCode.NO_DISPLAY, proc.stderr
        assert "The X display :77 does not answer" in proc.stderr
        assert "could not connect to display" not in proc.stderr

    def test_with_unusable_data_folder(self, bundle, tmp_path):
        proc = run(executable(bundle), ["--data-dir", "/proc/forbidden", "conversations"], clean_env(tmp_path))
        assert proc.returncode == ExitCode.DATABASE, proc.stderr
        assert "The data folder /proc/forbidden cannot be created" in proc.stderr
        assert "Traceback" not in proc.stderr
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        proc = run(executable(bundle), ["--data-dir", str(blocker / "data"), "conversations"], clean_env(tmp_path))
        assert proc.returncode == ExitCode.DATABASE and "cannot be created" in proc.stderr, proc.stderr
