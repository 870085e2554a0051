"""`buzon send --product ID --variant TEXT`: the options a buyer chose ride on the product's card
(the window's Contact seller with a chosen variant does the same, issue 15 defect 10)."""

from __future__ import annotations

import json

from desktop.cli import main


def run_json(capsys, *argv: str):
    assert main(list(argv) + ["--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_variant_is_the_cards_text_and_a_new_choice_posts_a_new_card(data_dir, capsys):
    sent = run_json(capsys, "send", "--store", "yiwu-home", "--product", "31", "--variant", "Colour:  Green",
                    "--text", "¿Hay stock?")
    msgs = run_json(capsys, "messages", "--conversation", str(sent["conversation"]))
    card = msgs[-2]
    assert card["kind"] == "product_card" and card["text"] == "Colour: Green"
    run_json(capsys, "send", "--store", "yiwu-home", "--product", "31", "--variant", "Colour: Blue", "--text", "¿Y azul?")
    msgs = run_json(capsys, "messages", "--conversation", str(sent["conversation"]))
    assert [m["text"] for m in msgs if m["kind"] == "product_card"][-2:] == ["Colour: Green", "Colour: Blue"]


def test_a_variant_without_a_product_is_refused_and_nothing_is_sent(data_dir, capsys):
    """It was dropped without a word (the text sent, the variant nowhere): exit 2 now."""
    before = run_json(capsys, "messages", "--conversation", "1")
    assert main(["send", "--conversation", "1", "--variant", "Size: M", "--text", "hola"]) == 2
    assert "--variant goes with --product" in capsys.readouterr().err
    assert run_json(capsys, "messages", "--conversation", "1") == before
