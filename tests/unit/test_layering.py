"""desktop/core never imports Qt: checked on the source and on a real import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"


def test_no_qt_import_in_core_sources():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}:{node.lineno}" for n in names if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6")]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt():
    code = ("import pkgutil, importlib, sys, desktop.core as c\n"
            "for m in pkgutil.walk_packages(c.__path__, 'desktop.core.'):\n"
            "    if '.migrations.versions' in m.name or m.name.endswith('.env'): continue\n"
            "    importlib.import_module(m.name)\n"
            "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


GUI = CORE.parent / "gui"
SEAM_FREE = ("views", "models")                 # reach the core and the workers only through gui/ops
# Qt-free words the views may name, and the one clock (reading the time touches no database:
# a wait drawn in the list must agree with `--now`).
VOCABULARY = {"desktop.core.errors", "desktop.core.kinds", "desktop.core.clock"}
FORBIDDEN_CALLS = ("user_op(", "session.op(", "worker.op(", ".pack_op(", "_session.op(")


def _runtime_imports(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, module) of every import not under `if TYPE_CHECKING:` (annotations only)."""
    guarded = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
               for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if id(node) in guarded:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


def test_views_and_models_reach_the_core_only_through_ops():
    offenders = []
    for folder in SEAM_FREE:
        for path in (GUI / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            where = path.relative_to(CORE.parents[1])
            offenders += [f"{where}: calls {call}" for call in FORBIDDEN_CALLS if call in text]
            for line, module in _runtime_imports(ast.parse(text)):
                if module in ("desktop.gui.worker", "desktop.gui.core_api") or (
                        module.startswith("desktop.core") and module not in VOCABULARY):
                    offenders.append(f"{where}:{line} imports {module}")
    assert offenders == [], "views and models go through desktop.gui.ops:\n" + "\n".join(offenders)


def test_the_check_finds_a_closure_over_the_core(tmp_path):
    """The check above is not vacuous: the shapes it forbids are found in a sample."""
    sample = ("from desktop.core import messaging\n"
              "from desktop.core.errors import KnownError\n"
              "if TYPE_CHECKING:\n    from desktop.core.orders import OrderRow\n"
              "def f(session):\n    session.user_op(messaging.page, 1).run()\n")
    imports = [m for _line, m in _runtime_imports(ast.parse(sample))]
    assert imports == ["desktop.core", "desktop.core.errors"]
    assert any(call in sample for call in FORBIDDEN_CALLS)
