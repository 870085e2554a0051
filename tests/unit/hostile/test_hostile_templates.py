"""The quick-reply template grammar against hostile templates (docs/desk.md "Placeholder
syntax"): every brace belongs to a placeholder, a fallback is plain text, no control
characters but line breaks and tabs. Refused at save (`replies add/edit`) and before a
batch (`batch-reply --text`, `--dry-run`), naming the character; never filled half-way."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hostile_cli import run_in_process

from desktop.core import quick_replies
from desktop.core.errors import UsageError

VALUES = {"buyer_name": "Lucía", "store": "Shenzhen Tech", "order_number": None}

# template: (the text_id of the refusal, what the message says)
REFUSED = {
    "{buyer_name|{buyer_name|x}}": ("template_nested", "character 13"),
    "Hola {buyer_name|{store}} y más": ("template_nested", "character 18"),
    "Hola {buyer_name": ("template_brace_unmatched", "The { at character 6"),
    "Hola buyer_name}": ("template_brace_unmatched", "The } at character 16"),
    "}{buyer_name}": ("template_brace_unmatched", "The } at character 1"),
    "{buyer_name}}": ("template_brace_unmatched", "The } at character 13"),
    "{{buyer_name}}": ("template_nested", "character 2"),
    "Hola {}": ("placeholder_unknown", "{} at character 6"),
    "Hola {nombre}": ("placeholder_unknown", "{nombre} at character 6"),
    "Hola {Buyer_Name}": ("placeholder_unknown", "at character 6"),
    "Hola { buyer_name }": ("placeholder_unknown", "at character 6"),
    "Hola {buyer_name" + "x" * 900 + "}": ("placeholder_unknown", "… at character 6"),
    "Hola\x1b[31m {buyer_name}": ("template_control_character", "character 5"),
    "Hola {buyer_name|\x00}": ("template_control_character", "character 18"),
    "Hola\x85": ("template_control_character", "character 5"),
    "Hola \udcff": ("template_control_character", "character 6"),
    "{" * 1000: ("template_brace_unmatched", "The { at character 1"),
    "x" * 1001: ("text_too_long", "the limit is 1000"),
}


@pytest.mark.parametrize("template", sorted(REFUSED), ids=lambda t: repr(t[:30]))
def test_a_template_outside_the_grammar_is_refused_naming_where(template):
    text_id, said = REFUSED[template]
    with pytest.raises(UsageError) as refused:
        quick_replies.check_text(template)
    assert refused.value.text_id == text_id and said in refused.value.message, refused.value.message
    if text_id != "text_too_long":
        with pytest.raises(UsageError):         # one stored before the grammar: filling refuses it too
            quick_replies.fill(template, VALUES)


def test_a_nested_placeholder_is_not_filled_half_way():
    """It filled to "{buyer_name|Lucía}", which the content policy then refused as a messaging app."""
    with pytest.raises(UsageError, match="cannot hold another one"):
        quick_replies.fill("{buyer_name|{buyer_name|x}}", VALUES)


@pytest.mark.parametrize("template, filled", [
    ("Hola {buyer_name|amigo}, gracias", "Hola Lucía, gracias"),
    ("Hola {order_number|}.", "Hola ."),
    ("{order_number|sin pedido} | {store}", "sin pedido | Shenzhen Tech"),
    ("Línea 1\n\tLínea 2 {buyer_name}", "Línea 1\n\tLínea 2 Lucía"),
    ("Hola {buyer_name|a|b}", "Hola Lucía"),
    ("\u202eolleh {store}", "\u202eolleh Shenzhen Tech"),
])
def test_what_the_grammar_allows_is_filled(template, filled):
    quick_replies.check_text(template)
    assert quick_replies.fill(template, VALUES) == filled


def test_a_value_holding_braces_is_put_in_as_it_is():
    assert quick_replies.fill("Hola {buyer_name}", {"buyer_name": "{store}"}) == "Hola {store}"


def test_the_grammar_is_linear_on_many_placeholders():
    text = "{store}" * 140
    assert len(quick_replies.parse(text)) == 140


# --- through the command line ----------------------------------------------------------------

CLI_CASES = {
    "nested": ("{buyer_name|{buyer_name|x}}", "character 13"),
    "unclosed": ("Hola {buyer_name", "never closed"),
    "unopened": ("Hola }", "closes no placeholder"),
    "unknown": ("Hola {nombre}", "Unknown placeholder {nombre}"),
    "control": ("Hola\x07 {buyer_name}", "control character"),
    "long": ("{store}" * 200, "the limit is 1000"),
}


@pytest.mark.parametrize("case", sorted(CLI_CASES))
@pytest.mark.parametrize("command", ["replies add", "replies edit", "batch-reply", "batch-reply --dry-run"])
def test_the_command_line_refuses_a_hostile_template_with_exit_2(command, case, case_dir):
    template, said = CLI_CASES[case]
    argv = {"replies add": ["replies", "add", "hello", "--title", "Hola", "--text", template],
            "replies edit": ["replies", "edit", "thanks", "--text", template],
            "batch-reply": ["batch-reply", "--conversations", "1", "--text", template],
            "batch-reply --dry-run": ["batch-reply", "--conversations", "1", "--text", template, "--dry-run"],
            }[command]
    outcome = run_in_process(["--user", "wei", *argv, "--json"])
    assert outcome.code == 2 and said in outcome.stderr, outcome.report(["not exit 2 naming the problem"])
    listed = run_in_process(["--user", "wei", "replies", "list", "--json"])
    stored = json.loads(listed.stdout)
    assert all(template not in r["texts"].values() and r["code"] != "hello" for r in stored), \
        listed.report(["it was stored"])
    sent = run_in_process(["--user", "wei", "messages", "--conversation", "1", "--json"])
    assert "{buyer_name|" not in sent.stdout and "Lucía}" not in sent.stdout, sent.report(["something was sent"])


def test_a_stored_reply_outside_the_grammar_is_refused_before_the_batch(case_dir):
    """A reply saved before the grammar was checked (by an older Buzón): the whole batch is
    refused, naming the position, and nothing is sent."""
    with sqlite3.connect(case_dir / "buzon.sqlite3") as con:
        con.execute("UPDATE quick_replies SET text = ? WHERE code = 'thanks'", ("{buyer_name|{buyer_name|x}}",))
    outcome = run_in_process(["--user", "wei", "batch-reply", "--conversations", "1", "--reply", "thanks", "--json"])
    assert outcome.code == 2 and "character 13" in outcome.stderr, outcome.report([])
    sent = run_in_process(["--user", "wei", "messages", "--conversation", "1", "--json"])
    assert "{buyer_name|" not in sent.stdout, sent.report(["something was sent"])
