"""Speakers in English news from any outlet: the grammar of attribution, on sentences we wrote.

Each test names the construction it covers; none copies text from a real article.
"""

from reader.files import article_from_text


def quotes(text):
    return article_from_text(text).quotes


def speakers(text):
    return [(quote.text, quote.speaker) for quote in quotes(text)]


# -- quotation marks as publishers write them -------------------------------------------------


def test_two_apostrophes_are_a_double_quotation_mark():
    text = (
        "Harbour plan divides the council\n\n"
        "''We will not sell the harbour to the highest bidder,'' said Martin Ellery, the mayor.\n\n"
        "Councillor Ruth Abernathy disagreed. ''The town cannot afford to keep it,'' she said.\n"
    )
    assert speakers(text) == [
        ("We will not sell the harbour to the highest bidder,", "Martin Ellery"),
        ("The town cannot afford to keep it,", "Ruth Abernathy"),
    ]


def test_a_single_quote_nested_at_the_edge_of_two_apostrophes():
    text = (
        "Vote delayed\n\n"
        "''He told me 'wait until spring,''' Martin Ellery said of the governor.\n"
    )
    (quote,) = quotes(text)
    assert quote.text == "He told me 'wait until spring,'"
    assert quote.speaker == "Martin Ellery"
    assert text[quote.start : quote.end] == quote.text
