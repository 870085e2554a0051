"""Every user-visible string of the attachment widgets is found by lupdate under the context
the runtime asks for: a catalogue built from them translates the widgets."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.core.attachments import REASONS
from desktop.gui.views.attachment_strip import AttachmentStrip, refusal_text
from desktop.gui.views.dispute_dialog import DisputeDialog, reason_labels
from desktop.gui.views.image_viewer import ImageViewer

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / "desktop" / "gui" / "views" / f for f in
           ("attachment_strip.py", "image_viewer.py", "dispute_dialog.py", "drop_target.py")]


def tool(name: str) -> str:
    exe = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert exe, f"{name} is part of PySide6 and is needed to build the catalogues"
    return exe


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> tuple[Path, ET.ElementTree]:
    """The widgets' strings as lupdate extracts them, each 'translated' to « source »."""
    folder = tmp_path_factory.mktemp("ts")
    ts = folder / "test.ts"
    subprocess.run([tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(ts)], check=True,
                   capture_output=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        t = message.find("translation")
        t.text = f"«{message.findtext('source')}»"
        t.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "test.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm, tree


@pytest.fixture
def translated(qapp, catalogue):
    translator = QTranslator()
    assert translator.load(str(catalogue[0]))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_string_has_a_named_context(catalogue):
    contexts = {c.findtext("name") or "" for c in catalogue[1].getroot().iter("context")}
    assert "" not in contexts
    assert {"AttachmentStrip", "AttachmentItem", "ImageViewer", "DisputeDialog"} <= contexts


def test_module_level_texts_translate(translated):
    for reason in (*REASONS, "too_many"):
        assert refusal_text(reason).startswith("«"), reason
    assert refusal_text("not_an_image", evidence=True).startswith("«")
    assert "9" in refusal_text("too_many", 9)
    assert all(label.startswith("«") for label in reason_labels().values())


def test_widget_texts_translate(qtbot, tmp_path, translated, att_session):
    strip = AttachmentStrip(att_session)
    qtbot.addWidget(strip)
    assert strip.original_size.text() == "«Original size»"
    viewer = ImageViewer(att_session, tmp_path / "none.png")
    qtbot.addWidget(viewer)
    assert viewer.save_button.text() == "«Save as…»"
    dialog = DisputeDialog(att_session, 1, order_number="1")
    qtbot.addWidget(dialog)
    assert dialog.submit_button.text() == "«Submit dispute»"
    assert dialog.windowTitle() == "«Open a dispute»"
    with qtbot.waitSignal(viewer.loaded):
        pass
