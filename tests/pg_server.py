"""A real PostgreSQL server for the tests.

`BUZON_TEST_PG_URL` (a superuser's URL, e.g. postgresql+psycopg://postgres@localhost/postgres)
if set; otherwise a throw-away cluster made from Debian's `postgresql` binaries in a temporary
folder: `initdb`, then `pg_ctl start` listening on a unix socket in that folder only
(`listen_addresses=''`). initdb refuses to run as root, so as root both run as the
`postgres` user through `runuser`, and the folder is given to it. Without either, the
PostgreSQL tests are skipped with the reason (and fail the run under CI=true, see
tests/conftest.py).

Each test gets its own database, copied from a template database that was migrated and
filled with the demo once per session (`CREATE DATABASE … TEMPLATE`, about 30 ms).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

URL_ENV = "BUZON_TEST_PG_URL"
SKIP_PREFIX = "PostgreSQL unavailable"     # tests/conftest.py (PG_SKIP_PREFIX) recognises skips by it
SUPERUSER = "postgres"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One server; `url(dbname)` is a superuser's SQLAlchemy URL for one of its databases."""

    def __init__(self, base_url: str, *, folder: Path | None = None, bin_dir: Path | None = None):
        self.base = make_url(base_url).set(drivername="postgresql+psycopg")
        self.folder = folder
        self.bin_dir = bin_dir
        self._names = itertools.count()

    # ---- starting and stopping a throw-away cluster -------------------------------------
    @classmethod
    def start(cls) -> PgServer:
        """The server to test against; raises RuntimeError(reason) when there is none."""
        env_url = os.environ.get(URL_ENV)
        if env_url:
            return cls(env_url)
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError(f"{SKIP_PREFIX}: set {URL_ENV} or install Debian's postgresql package "
                               "(make system-deps)")
        as_root = os.geteuid() == 0
        folder = Path(tempfile.mkdtemp(prefix="buzon-pg-"))
        if as_root:
            shutil.chown(folder, SUPERUSER, SUPERUSER)
        port = _free_port()
        server = cls(f"postgresql+psycopg://{SUPERUSER}@/postgres?host={folder}&port={port}",
                     folder=folder, bin_dir=bin_dir)
        server._run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync")
        # The superuser comes in on trust (the socket is in a folder only we use); every other role
        # needs its password, as on a store's server, so a wrong one is refused.
        (folder / "data" / "pg_hba.conf").write_text(f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n")
        server._pg_ctl("start")
        return server

    def _run(self, tool: str, *args: str) -> None:
        assert self.bin_dir is not None
        cmd = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{SKIP_PREFIX}: {tool} failed: {done.stderr.strip() or done.stdout.strip()}")

    def _pg_ctl(self, action: str) -> None:
        assert self.folder is not None
        port = self.base.query["port"]
        opts = (f"-c listen_addresses='' -c unix_socket_directories={self.folder} -p {port} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        args = ["-D", str(self.folder / "data"), "-w", "-t", "60", "-l", str(self.folder / "log")]
        if action != "stop":
            args += ["-o", opts]
        else:
            args += ["-m", "fast"]
        self._run("pg_ctl", action, *args)

    @property
    def throwaway(self) -> bool:
        return self.folder is not None

    def stop(self) -> None:
        if self.folder is None:
            return
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._pg_ctl("stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def restart(self) -> None:
        """Stop and start the server again (only a throw-away cluster): connections are cut."""
        assert self.folder is not None, "only a throw-away cluster can be restarted"
        self._pg_ctl("restart")

    # ---- databases ----------------------------------------------------------------------
    def url(self, dbname: str, *, user: str | None = None, password: str | None = None) -> str:
        u = self.base.set(database=dbname)
        if user is not None:
            u = u.set(username=user, password=password)
        return u.render_as_string(hide_password=False)

    def admin_execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as con:
            for sql in statements:
                con.execute(sql)  # type: ignore[arg-type]

    def dsn(self, dbname: str, *, user: str | None = None, password: str | None = None) -> str:
        """A libpq connection string, for psycopg directly."""
        u = self.base
        parts = {"dbname": dbname, "user": user or u.username or SUPERUSER}
        if password or (user is None and u.password):
            parts["password"] = password or u.password
        if u.host:
            parts["host"] = u.host
        if u.port:
            parts["port"] = str(u.port)
        for key in ("host", "port"):
            if key in u.query:
                parts[key] = str(u.query[key])
        return " ".join(f"{k}='{v}'" for k, v in parts.items())

    def new_name(self, stem: str = "t") -> str:
        return f"buzon_{stem}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        tpl = f" TEMPLATE {template}" if template else ""
        self.admin_execute(f"CREATE DATABASE {name}{tpl}")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
