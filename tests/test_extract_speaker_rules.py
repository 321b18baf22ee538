"""The speaker rules as a table: their order is written once, and the rules that the corpora
rarely reach still name the right speaker on sentences written for them."""

import re

from reader.article.read import article_from_text
from reader.extract.speakers import rules


def speakers(text):
    return [(quote.speaker, quote.attribution) for quote in article_from_text(text).quotes]


def test_the_rules_docstring_lists_the_rules_in_the_order_they_are_tried():
    listed = re.findall(r"^\d+\. (\w+):", rules.__doc__, re.MULTILINE)
    assert listed == [rule.__name__ for rule in rules.RULES]


def test_every_rule_says_what_it_reads_with_an_example():
    for rule in (*rules.RULES, rules.interview_turns):
        assert "Example:" in (rule.__doc__ or ""), rule.__name__


def test_a_dash_after_the_quote_names_its_speaker():
    text = (
        "Defence ministers meet in Paris\n\n"
        "Rustem Umierov met his counterparts in Paris.\n\n"
        '"Ukraine will hold the line whatever it takes." – Umierov\n'
    )
    assert speakers(text) == [("Rustem Umierov", "dash")]


def test_a_quote_label_without_a_source_line_goes_to_the_subject_of_the_lead():
    text = (
        "Defence ministers meet in Paris\n\n"
        "Rustem Umierov arrived in Paris on Monday for talks on air defence.\n\n"
        "The meeting lasted two hours.\n\n"
        'Quote: "We agreed on the next steps for the coalition."\n'
    )
    assert speakers(text) == [("Rustem Umierov", "lead")]


def test_a_document_is_the_organisation_whose_document_the_text_mentioned():
    text = (
        "New damage figures\n\n"
        "The damage was counted in Ukrenergo's statement on Monday.\n\n"
        '"Power will be restored by the evening in every region," the statement says.\n'
    )
    assert speakers(text) == [("Ukrenergo", "document")]


def test_a_document_far_from_any_organisation_is_the_source_lines():
    text = (
        "Grid under pressure\n\n"
        "Source: Ukrenergo\n\n"
        "The grid is under pressure after the attacks.\n\n"
        "Repairs go on in every region.\n\n"
        "Crews work at night.\n\n"
        '"Power will be restored by the evening in every region," the statement says.\n'
    )
    assert speakers(text) == [("Ukrenergo", "document")]


def test_interview_questions_go_to_the_interviewer_and_answers_to_the_interviewee():
    text = (
        "How Ukraine will get through the winter\n\n"
        "Marta Hnatyshyn — Monday, 5 May 2025, 10:00\n\n"
        "Energy Minister Oksana Didenko spoke to journalist Marta Hnatyshyn about the winter.\n\n"
        '"It will be hard, but we are ready for it," Didenko said.\n\n'
        "The interview has been edited for length.\n\n"
        '"How will the winter go for households?"\n\n'
        '"Most will have power for twenty hours a day, even after the attacks."\n\n'
        '"Will there be long blackouts this year?"\n\n'
        '"Only short ones, if the attacks do not get worse."\n'
    )
    assert speakers(text) == [
        ("Oksana Didenko", "verb-after"),
        ("Marta Hnatyshyn", "interview"),
        ("Oksana Didenko", "interview"),
        ("Marta Hnatyshyn", "interview"),
        ("Oksana Didenko", "interview"),
    ]


def test_a_document_reporting_what_a_person_said_gives_the_quote_to_the_person():
    text = (
        "Defence ministers meet in Paris\n\n"
        "The ministry published a statement on Monday.\n\n"
        'The statement says that Rustem Umierov said "we will hold the line whatever it takes."\n'
    )
    assert speakers(text) == [("Rustem Umierov", "verb-before")]
