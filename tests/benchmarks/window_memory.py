"""Window memory on a database, in a process of its own (issue 12: "window memory after the
list loaded / after 5 reloads"), printed as one JSON line.

    python window_memory.py ours DATABASE DATA_DIR [HANDLE]   # Buzón's window on the Message Centre
    python window_memory.py bare DATABASE DATA_DIR [HANDLE]   # bare_inbox.py's window, same rows

Ours: the main window as a seller on the Message Centre, once its list painted its rows and the
start-up warm-up (policy, language model) is over: the resident set then ("loaded"), and after
five reloads of the list, each waited for ("reloads"). Bare: the resident set once its list
painted (bare_inbox.py, which quits after that paint). Megabytes (VmRSS, VmHWM for the peak).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def pump(app, until, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.005)


def ours(database: str, data_dir: str, handle: str) -> dict:
    from desktop import heap

    heap.pause_for_start()          # as `buzon` starts (cli.main): no collection until the first screen
    from desktop.core.context import AppContext
    from desktop.gui.app import create_app
    from desktop.gui.session import Session
    from desktop.gui.views.main_window import MainWindow

    app = create_app("en")
    session = Session(AppContext(data_dir=Path(data_dir), database_url=f"sqlite:///{database}",
                                 user_handle=handle))
    session.start()
    pump(app, lambda: session.user is not None)
    window = MainWindow(session)
    window.resize(1280, 800)
    session.ready.emit(session.user)
    window.show()
    window.show_view("messages")
    model = window.messages.model
    pump(app, lambda: model.loaded and model.rowCount() > 0 and not session.busy)
    for _ in range(50):
        app.processEvents()
    loaded = status_mb("VmRSS")
    for _ in range(5):
        before = model.pages_read
        model.load()
        pump(app, lambda before=before: model.pages_read != before or not session.busy)
        pump(app, lambda: not session.busy)
    for _ in range(50):
        app.processEvents()
    result = {"loaded": loaded, "reloads": status_mb("VmRSS"), "peak": status_mb("VmHWM"),
              "rows": model.rowCount()}
    session.close()
    return result


def bare(database: str, handle: str) -> dict:
    os.environ["BUZON_EXIT_AFTER_PAINT"] = "content"
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bare_inbox

    sys.argv = [sys.argv[0], database, handle]
    out = sys.stdout
    sys.stdout = open(os.devnull, "w")          # its stamp is not ours
    try:
        bare_inbox.main()
    finally:
        sys.stdout = out
    return {"loaded": status_mb("VmRSS"), "peak": status_mb("VmHWM")}


def main() -> int:
    mode, database, data_dir = sys.argv[1:4]
    handle = sys.argv[4] if len(sys.argv) > 4 else "wei"
    result = ours(database, data_dir, handle) if mode == "ours" else bare(database, handle)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
