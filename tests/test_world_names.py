"""reader.extract.world_names: the names kept from the package's data are those that decoding
the whole file as JSON would keep, in the same order, whatever the names hold."""

from __future__ import annotations

import json

from reader.extract.world_names import CLEAR_SHARE, MIN_BEARERS, MIN_SOURCES, names_in


def decoded_whole(data: str) -> dict[str, str]:
    """What the kept names were when the whole file was decoded as JSON (the rule of the module)."""
    names: dict[str, str] = {}
    for key, entry in json.loads(data).items():
        sources, bearers, share = int(entry[0]), int(entry[1]), float(entry[2])
        if sources < MIN_SOURCES or bearers < MIN_BEARERS or not key.isalpha() or len(key) < 3:
            continue
        names[key.capitalize()] = "f" if share >= CLEAR_SHARE else "m" if share <= 1 - CLEAR_SHARE else "u"
    return names


ENTRIES = {
    "anna": [30, 90000, 0.99, 3],
    "Anna": [9, 400, 0.2, 3],  # the same name capitalised: the later entry's gender, the first place
    "jan": [12, 5000, 0.5, 3],
    "ok": [30, 90000, 0.0, 3],  # too short
    "rarely": [7, 90000, 0.0, 3],  # too few sources
    "fewpeople": [20, 299, 0.0, 3],  # too few bearers
    "josé": [10, 1000, 0.0, 3],
    "zoë": [80, 1000, 1.0, 3],
    'tricky": [9, 500, 0.0, 3], "inside': [1, 1, 0.0, 3],  # a whole entry's text inside a name
    'quo"te': [10, 1000, 0.0, 3],
    "back\\slash": [10, 1000, 0.0, 3],
    "ends\\": [10, 1000, 0.0, 3],
    "ends\\\\": [10, 1000, 1.0, 3],
    "brack]et": [10, 1000, 0.0, 3],
    "&#26519;": [40, 1000, 0.0, 3],
    "share": [10, 1000, 1e-05, 3],
    "halfway": [100, 10000, 0.5, 3],
    "last": [8, 300, 0.95, 3],
}


def test_the_names_kept_are_those_of_the_whole_file_decoded_in_its_order():
    for ascii_only in (True, False):  # names escaped as \uXXXX or written as they are
        data = json.dumps(ENTRIES, ensure_ascii=ascii_only)
        kept = names_in(data)
        assert list(kept.items()) == list(decoded_whole(data).items())
        assert kept["Anna"] == "u" and list(kept)[0] == "Anna"
        assert {"José", "Zoë", "Halfway", "Last"} <= set(kept)


def test_text_that_is_not_the_name_data_is_refused():
    try:
        names_in("not json")
    except ValueError:
        return
    raise AssertionError("names_in accepted text that is not the package's data")
