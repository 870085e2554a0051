"""The window's first paint stays off the Qt names that make PySide6 build large enum
families (docs/startup.md): measured by the cold-start benchmark, guarded here."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from desktop.gui.models import id_rows

PROBE = textwrap.dedent("""
    import sys
    from PySide6 import QtCore, QtWidgets
    from desktop.gui import launch

    def probe():
        # vars() looks without resolving: PySide6 adds a class to its module when first named.
        print("names-at-first-paint", "Qt" in vars(QtCore), "QStyle" in vars(QtWidgets), flush=True)
        QtCore.QTimer.singleShot(0, QtWidgets.QApplication.instance().quit)

    if sys.argv[1] == "lazy-check":
        print("lazy", "Qt" in vars(QtCore), flush=True)
        from PySide6.QtCore import Qt
        print("lazy", "Qt" in vars(QtCore), flush=True)
        raise SystemExit(0)
    launch.report_first_paint = probe
    from desktop.cli import main
    raise SystemExit(main(["--lang", "en"]))
""")


def _run(tmp_path, mode: str, view: str = "products") -> list[str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "window.ini").write_text(f"[window]\nview={view}\n")       # the view the user left open
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUZON_EXIT_AFTER_PAINT="1", BUZON_DATA_DIR=str(data))
    out = subprocess.run([sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_custom_roles_start_where_qt_says():
    assert id_rows.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert id_rows.USER_ROLE == Qt.ItemDataRole.UserRole


# The catalogue is what a first start shows, the Message Centre what a seller usually left
# open. The orders table is not here: its header asks the model for its titles with a
# Qt.Orientation, so that first paint builds the Qt namespace anyway (docs/startup.md).
@pytest.mark.parametrize("view", ["products", "messages"])
def test_the_first_paint_does_not_build_the_qt_namespace_or_qstyle(tmp_path, view):
    if _run(tmp_path, "lazy-check") != ["lazy", "False", "lazy", "True"]:
        pytest.skip("this PySide6 builds its classes eagerly, so there is nothing to guard")
    words = _run(tmp_path, "window", view)
    at = words.index("names-at-first-paint")
    assert words[at + 1:at + 3] == ["False", "False"], "a module on the start-up path names Qt or QStyle at import"
