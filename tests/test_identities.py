"""reader.identities: the names articles give one person, grouped across the library."""

from __future__ import annotations

import itertools

from reader.identities import group_names, surname_key


def grouped(names: list[tuple[str, int]]) -> set[tuple[str, frozenset[str]]]:
    """Each person as (the name they go by, all their names)."""
    return {(names[group[0]][0], frozenset(names[at][0] for at in group)) for group in group_names(names)}


def test_spellings_of_one_name_are_one_person_under_the_fullest_most_used():
    names = [("Zelensky", 5), ("Volodymyr Zelenskyi", 1), ("Volodymyr Zelenskyy", 3), ("V. Zelenskyy", 1)]
    assert grouped(names) == {("Volodymyr Zelenskyy", frozenset(name for name, _ in names))}
    assert surname_key("Volodymyr Zelenskyy") == surname_key("Zelensky") == surname_key("zelenskyi")


def test_a_surname_or_an_initial_two_people_share_joins_neither():
    names = [("Oksana Didenko", 2), ("Petro Didenko", 2), ("Didenko", 4), ("O. Didenko", 1), ("P. Didenko", 1)]
    assert grouped(names) == {
        ("Oksana Didenko", frozenset({"Oksana Didenko", "O. Didenko"})),
        ("Petro Didenko", frozenset({"Petro Didenko", "P. Didenko"})),
        ("Didenko", frozenset({"Didenko"})),
    }


def test_the_groups_do_not_depend_on_the_order_the_names_come_in():
    names = [("Oleksandr Syrskyi", 2), ("Aleksandr Syrsky", 2), ("Syrskyi", 1), ("Ivan Petrenko", 1), ("Petrenko", 3)]
    assert len({frozenset(grouped(list(order))) for order in itertools.permutations(names)}) == 1
    assert grouped(names) == {
        ("Aleksandr Syrsky", frozenset({"Oleksandr Syrskyi", "Aleksandr Syrsky", "Syrskyi"})),
        ("Ivan Petrenko", frozenset({"Ivan Petrenko", "Petrenko"})),
    }
