"""Settings: declared once, checked, written atomically; a damaged file is kept aside and the
defaults used; `buzon settings` refuses an unknown key or a bad value without touching the file."""

from __future__ import annotations

import json
import logging

import pytest

from desktop.cli import main
from desktop.core import settings
from desktop.core.context import AppContext
from desktop.core.errors import UsageError
from desktop.core.settings import DECLARED, Settings, SettingsUnsaved


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_declared_setting_is_a_field_with_the_same_default():
    defaults = Settings()
    assert set(DECLARED) == set(defaults.to_json())
    assert all(getattr(defaults, key) == s.default for key, s in DECLARED.items())


def test_no_file_means_the_defaults(tmp_path):
    found = settings.read(tmp_path)
    assert found.settings == Settings() and found.notice is None


def test_update_checks_writes_and_keeps_unknown_keys(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"from_a_newer_buzon": [1, 2], "language": "de"}))
    updated = settings.update(tmp_path, translate_incoming=False)
    assert updated.language == "de" and not updated.translate_incoming
    raw = json.loads((tmp_path / "settings.json").read_text())
    assert raw["from_a_newer_buzon"] == [1, 2] and raw["translate_incoming"] is False
    assert settings.read(tmp_path).settings == updated
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]          # no temporary file left behind


@pytest.mark.parametrize("key, value", [
    ("language", "español"), ("language", 3), ("translate_incoming", "yes"), ("translate_incoming", 1),
    ("max_message_chars", 0), ("max_message_chars", 10**30), ("max_message_chars", True),
    ("attachment_max_side", "2560"), ("dispute_video_max_bytes", -1),
])
def test_a_bad_value_is_refused_and_the_file_is_untouched(tmp_path, key, value):
    settings.update(tmp_path, language="fr")
    before = (tmp_path / "settings.json").read_bytes()
    with pytest.raises(UsageError) as refused:
        settings.update(tmp_path, **{key: value})
    assert key in refused.value.message and refused.value.hint.startswith("Use ")
    assert (tmp_path / "settings.json").read_bytes() == before


def test_an_unknown_key_names_the_valid_ones(tmp_path):
    with pytest.raises(UsageError) as refused:
        settings.update(tmp_path, colour="red")
    assert all(key in refused.value.hint for key in DECLARED)
    assert not (tmp_path / "settings.json").exists()


@pytest.mark.parametrize("content", [
    b"{not json", b"\xff\xfe\x00 invalid utf-8", b"[1, 2, 3]", b'"a string"', b"[" * 100_000 + b"]" * 100_000,
    b'{"language": "' + b"x" * (settings.MAX_FILE_BYTES + 10) + b'"}',
])
def test_a_damaged_file_is_kept_aside_and_the_defaults_used(tmp_path, caplog, content):
    (tmp_path / "settings.json").write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        found = settings.read(tmp_path)
    assert found.settings == Settings()
    assert found.damaged_copy is not None and found.damaged_copy.read_bytes() == content
    assert not (tmp_path / "settings.json").exists()
    assert str(found.damaged_copy) in found.notice and "default" in found.notice
    assert "damaged" in caplog.text
    settings.update(tmp_path, language="es")                                    # and it can be written again
    assert settings.read(tmp_path).settings.language == "es"


def test_a_value_of_the_wrong_type_uses_that_keys_default(tmp_path, caplog):
    (tmp_path / "settings.json").write_text(json.dumps({"max_message_chars": "many", "language": "it"}))
    with caplog.at_level(logging.WARNING):
        found = settings.read(tmp_path)
    assert found.settings.max_message_chars == 2000 and found.settings.language == "it"
    assert found.damaged_copy is None and "max_message_chars" in caplog.text


def test_a_folder_in_the_files_place_is_not_read_and_a_save_says_so(tmp_path):
    (tmp_path / "settings.json").mkdir()
    assert settings.read(tmp_path).settings == Settings()
    with pytest.raises(SettingsUnsaved) as refused:
        settings.update(tmp_path, language="es")
    assert "could not be saved" in refused.value.message
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_context_reports_a_damaged_file(tmp_path):
    (tmp_path / "settings.json").write_text("{")
    ctx = AppContext(data_dir=tmp_path)
    assert ctx.settings == Settings() and "damaged" in ctx.settings_notice


def test_reader_language_follows_the_profile_unless_set():
    assert Settings().reader_language("zh") == "zh"
    assert Settings(language="es").reader_language("zh") == "es"


# -- buzon settings ----------------------------------------------------------------------------

def test_cli_list_get_set(data_dir, capsys):
    code, out, _ = run(capsys, "settings", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["key"] for r in rows] == list(DECLARED)
    assert {"key", "value", "default", "type", "allowed", "help"} == set(rows[0])
    assert run(capsys, "settings", "set", "send_translation", "off", "--json")[1].strip() == \
        '{"key": "send_translation", "value": false}'
    assert json.loads(run(capsys, "settings", "get", "send_translation", "--json")[1]) == {
        "key": "send_translation", "value": False}
    assert run(capsys, "settings", "set", "max_message_chars", "1500")[0] == 0
    assert json.loads((data_dir / "settings.json").read_text())["max_message_chars"] == 1500
    code, out, _ = run(capsys, "settings", "list")
    assert code == 0 and "max_message_chars" in out and "1500" in out


@pytest.mark.parametrize("argv, says", [
    (("set", "colour", "red"), "translate_incoming"),
    (("get", "colour"), "max_message_chars"),
    (("set", "max_message_chars", "99999999999999999999999"), "from 1 to 20000"),
    (("set", "max_message_chars", "lots"), "whole number"),
    (("set", "translate_incoming", "maybe"), "true or false"),
    (("set", "language", "../../etc"), "language code"),
])
def test_cli_refuses_with_exit_2_and_leaves_the_file(data_dir, capsys, argv, says):
    run(capsys, "settings", "set", "language", "fr")
    before = (data_dir / "settings.json").read_bytes()
    code, _, err = run(capsys, "settings", *argv)
    assert code == 2 and says in err
    assert (data_dir / "settings.json").read_bytes() == before
