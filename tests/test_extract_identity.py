"""One person, one identity inside an article: spellings, transliterations, typing slips."""

from reader.article.read import article_from_text
from reader.extract.identity import folded, one_letter_apart, same_given_name, same_name


def people(text):
    return {person.name: set(person.aliases) for person in article_from_text(text).people}


def test_transliterations_of_one_surname_fold_to_one_form():
    assert folded("Zelensky") == folded("Zelenskyy") == folded("Zelenskyi") == folded("Zelenskiy")
    assert folded("Kharkiv") == folded("Harkiv")
    assert folded("Syrskyi") == folded("Syrsky")
    assert folded("Doe") != folded("Dow")


def test_given_names_in_two_transliterations_agree_but_different_names_do_not():
    assert same_given_name("Oleksandr", "Aleksandr")
    assert same_given_name("Serhii", "Sergei")
    assert same_given_name("V.", "Volodymyr")
    assert not same_given_name("Bill", "Hillary")
    assert not same_name(("Bill", "Clinton"), ("Hillary", "Clinton"))


def test_typing_slips_are_one_letter_apart():
    assert one_letter_apart("Zelenksy", "Zelensky")  # two letters swapped
    assert one_letter_apart("Zelensk", "Zelensky")
    assert not one_letter_apart("Doe", "Dow")  # too short to tell


def test_one_person_under_three_spellings_is_one_entry_with_aliases():
    text = (
        "Talks in Paris\n\n"
        "Ukrainian President Volodymyr Zelensky met the French president in Paris.\n\n"
        "“We discussed air defence,” Zelenskyy said. Zelenskyi thanked his hosts.\n\n"
        "“The talks were useful,” Zelensky added.\n"
    )
    found = people(text)
    assert list(found) == ["Volodymyr Zelensky"]
    assert {"Zelenskyy", "Zelenskyi"} <= found["Volodymyr Zelensky"]
    assert {q.speaker for q in article_from_text(text).quotes} == {"Volodymyr Zelensky"}


def test_a_full_name_in_two_transliterations_is_one_person():
    text = (
        "Front\n\n"
        "Commander Oleksandr Syrskyi visited the brigade on Monday.\n\n"
        "“The line is holding,” Aleksandr Syrsky said.\n"
    )
    assert list(people(text)) == ["Oleksandr Syrskyi"]


def test_a_typing_slip_joins_only_when_no_one_else_has_a_surname_that_close():
    alone = (
        "Council\n\n"
        "Mayor Petra Hollander opened the session. Hollander spoke first and Hollander spoke last.\n\n"
        "“We will vote today,” Hollandre said.\n"
    )
    assert list(people(alone)) == ["Petra Hollander"]
    two = (
        "Council\n\n"
        "Mayor Petra Hollander and her deputy Jonas Hollender opened the session. Hollander spoke "
        "first and Hollender spoke last.\n\n"
        "“We will vote today,” Hollandre said.\n"
    )
    assert "Hollandre" in people(two)


def test_relatives_with_names_alike_stay_two_people():
    text = "Family\n\nIvan Petrenko and his sister Ivanna Petrenko ran the farm together.\n"
    assert list(people(text)) == ["Ivan Petrenko", "Ivanna Petrenko"]


def test_the_person_goes_by_the_fullest_form_the_article_writes_most():
    text = (
        "Visit\n\n"
        "Volodymyr Zelenskyy arrived on Monday. Volodymyr Zelensky met the mayor, and Volodymyr "
        "Zelensky toured the port.\n"
    )
    assert list(people(text)) == ["Volodymyr Zelensky"]
