"""Offline translation: argos language packs, the batched engine, language detection.

`packs` installs, lists and removes packs in `<data_dir>/argos/packages` (the argos
layout); `packindex` talks to the argos package index when online; `engine.Translator`
turns many messages into their translations in one call; `detect.detect` tells the
language of a short chat message; `cache.translate_missing` translates only what a
cache does not hold yet. Nothing here imports argostranslate at start-up (`argos_env`
does, on demand, with its folders pointed inside Buzón's data folder).
"""
