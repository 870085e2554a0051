"""What only a real process shows: argv holding bytes that are not UTF-8 (as the kernel hands
them over), the screenshot command (Qt, its event loop, a file written by Qt's C++), and a
FIFO where SQLite's own open() would block. Few cases: each is a process start."""

from __future__ import annotations

import os

import pytest
from hostile_cli import run_subprocess
from hostile_values import HUGE

CASES = {
    # name: argv, with {specials} and {data} filled in; bytes go to the kernel as they are
    "screenshot-out-fifo": ["screenshot", "{specials}/fifo"],
    "screenshot-out-folder": ["screenshot", "{specials}/folder"],
    "screenshot-out-dev-full": ["screenshot", "/dev/full"],
    "screenshot-out-long-name": ["screenshot", "{specials}/" + "n" * 300 + ".png"],
    "screenshot-out-under-a-file": ["screenshot", "{specials}/given.png/shot.png"],
    "screenshot-product-huge": ["screenshot", "{data}/shot.png", "--product", HUGE],
    "screenshot-product-unknown": ["screenshot", "{data}/shot.png", "--product", "987654321"],
    "screenshot-conversation-zero": ["screenshot", "{data}/shot.png", "--conversation", "0"],
    "screenshot-size-zero": ["screenshot", "{data}/shot.png", "--size", "0x0"],
    "screenshot-size-huge": ["screenshot", "{data}/shot.png", "--size", HUGE + "x800"],
    "screenshot-size-negative": ["screenshot", "{data}/shot.png", "--size=-1280x800"],
    "screenshot-undecodable-out": ["screenshot", b"{data}/\xff\xfe/shot.png", "--size", "0x0"],
    "send-text-undecodable": ["send", "--conversation", "1", "--text", b"hola \xff\xfe mundo"],
    "send-store-undecodable": ["send", "--store", b"shen\xffzhen", "--text", "hola"],
    "user-undecodable": ["--user", b"w\xffei", "conversations"],
    "attach-check-undecodable-name": ["attach", "check", "--json", b"{specials}/\xff.png"],
    "attach-check-proc-mem": ["attach", "check", "/proc/self/mem"],
    "send-attach-proc-mem": ["send", "--conversation", "1", "--text", "hola", "--attach", "/proc/self/mem"],
    "database-fifo": ["--database", "sqlite:///{specials}/fifo", "users"],
    "database-dev-zero": ["--database", "sqlite:////dev/zero", "users"],
    "packs-install-fifo": ["packs", "install", "{specials}/fifo"],
    "packs-install-dev-zero": ["packs", "install", "/dev/zero"],
}


def _filled(part, specials, data):
    if isinstance(part, bytes):
        return part.replace(b"{specials}", os.fsencode(specials)).replace(b"{data}", os.fsencode(data))
    return part.replace("{specials}", str(specials)).replace("{data}", str(data))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_process_ends_in_a_documented_exit(name, case_dir, specials):
    argv = [_filled(part, specials, case_dir) for part in CASES[name]]
    outcome = run_subprocess(argv, env=dict(os.environ))
    problems = outcome.problems(json_out="--json" in argv)
    if outcome.code == 0:
        problems.append("exit 0 for what cannot be done")
    assert not problems, outcome.report(problems)
