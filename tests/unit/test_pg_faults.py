"""PostgreSQL's failures, each a typed DatabaseFault (exit 4) naming the server and what to do:
a wrong password, an unreachable server, a database that does not exist, a role without rights,
a database from a newer Buzón. Against the real test server (tests/pg_server.py)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.core.db import Database, DatabaseFault, DbFault
from desktop.core.errors import ExitCode


def fault_of(url: str) -> DatabaseFault:
    with pytest.raises(DatabaseFault) as info:
        Database.open(url)
    return info.value


@pytest.fixture
def stranger(pg_server, pg_url):
    """A login role with a password and no rights on anything of Buzón's."""
    name = pg_server.new_name("role")
    pg_server.admin_execute(f"CREATE ROLE {name} LOGIN PASSWORD 'right-one'")
    yield name
    pg_server.admin_execute(f"DROP ROLE IF EXISTS {name}")


def test_a_wrong_password_is_a_refused_login(pg_server, pg_url, stranger):
    url = pg_server.url(make_url(pg_url).database, user=stranger, password="wrong-one")
    try:
        psycopg.connect(pg_server.dsn("postgres", user=stranger, password="wrong-one")).close()
        pytest.skip("this server lets the role in without its password (trust authentication)")
    except psycopg.OperationalError:
        pass
    fault = fault_of(url)
    assert fault.fault is DbFault.LOGIN_REFUSED and stranger in str(fault) and "password" in fault.hint
    assert "wrong-one" not in str(fault) and "wrong-one" not in fault.hint


def test_a_role_without_rights_is_told_whom_to_ask(pg_server, pg_url, stranger):
    fault = fault_of(pg_server.url(make_url(pg_url).database, user=stranger, password="right-one"))
    assert fault.fault is DbFault.NO_RIGHTS and "buzon admin" in fault.hint


def test_an_unreachable_server_exits_4_naming_it(tmp_path, capsys):
    url = f"postgresql+psycopg://ana@/buzon?host={tmp_path}&port=5999"    # no server listens there
    code = main(["--database", url, "users"])
    err = capsys.readouterr().err
    assert code == ExitCode.DATABASE == 4
    assert "cannot be reached" in err and str(tmp_path) in err and "5999" in err and "Traceback" not in err


def test_a_database_that_does_not_exist(pg_server):
    fault = fault_of(pg_server.url("buzon_no_such_database"))
    assert fault.fault is DbFault.NO_SUCH_DATABASE and "buzon_no_such_database" in str(fault)


def test_a_database_from_a_newer_buzon_is_left_untouched(pg_url, capsys):
    db = Database.open(pg_url)
    db.write(lambda s: s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    code = main(["--database", pg_url, "users"])
    err = capsys.readouterr().err
    assert code == 4 and "newer version of Buzón" in err and "9999_future" in err
    db = Database.open(pg_url, migrate=False)
    assert db.read(lambda s: s.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()) \
        == "9999_future"
    db.close()


def test_postgresql_url_without_driver_name_uses_psycopg(pg_server, pg_url):
    plain = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    db = Database.open(plain)
    try:
        assert db.engine.dialect.driver == "psycopg" and not db.is_sqlite
    finally:
        db.close()
