"""Finding quotes: pairing marks, multi-paragraph quotes, and what is not a quote."""

from reader.article.read import article_from_text


def quotes(text):
    return article_from_text(text).quotes


def texts(text):
    return [quote.text for quote in quotes(text)]


def test_straight_and_curly_and_guillemet_quotes():
    text = (
        'Lead.\n\n"We are ready to continue the talks," Doe said.\n\n'
        "“The enemy attacked our positions overnight,” Roe said.\n\n"
        "«We will hold this line whatever it costs,» Moe said.\n"
    )
    assert texts(text) == [
        "We are ready to continue the talks,",
        "The enemy attacked our positions overnight,",
        "We will hold this line whatever it costs,",
    ]


def test_spans_are_the_quote_text_without_the_marks():
    text = 'Lead.\n\n"We are ready to continue the talks," Doe said.\n'
    (quote,) = quotes(text)
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.start - 1] == '"' and text[quote.end] == '"'


def test_apostrophes_and_possessives_never_break_pairing():
    text = 'Lead.\n\n"Ukraine\'s partners and the ministers\' teams don’t stop working," Doe said.\n'
    assert texts(text) == ["Ukraine's partners and the ministers' teams don’t stop working,"]


def test_nested_single_quotes_stay_inside():
    text = "Lead.\n\n“We are not talking about a ‘donate and forget’ approach at all,” Doe said.\n"
    assert texts(text) == ["We are not talking about a ‘donate and forget’ approach at all,"]


def test_editor_insertion_with_quotation_marks_inside_a_quote():
    text = 'Lead.\n\nQuote: "The hromada [a unit called "community" in law – ed.] was shelled again tonight."\n'
    assert texts(text) == ['The hromada [a unit called "community" in law – ed.] was shelled again tonight.']


def test_multi_paragraph_quote_with_closing_mark_only_at_the_end():
    text = (
        'Lead.\n\nQuote: "First paragraph of the long statement.\n\n'
        "Second paragraph of the same statement.\n\n"
        'Third and last paragraph of it."\n\nDetails: more.\n'
    )
    (quote,) = quotes(text)
    assert quote.text == (
        "First paragraph of the long statement.\nSecond paragraph of the same statement.\n"
        "Third and last paragraph of it."
    )
    assert len(quote.spans) == 3
    assert "\n".join(text[s.start : s.end] for s in quote.spans) == quote.text


def test_multi_paragraph_quote_reopened_at_each_paragraph():
    text = (
        'Lead.\n\n"This is the first paragraph of what she said.\n\n'
        '"And this is the second paragraph of it," Doe said.\n'
    )
    (quote,) = quotes(text)
    assert quote.text == "This is the first paragraph of what she said.\nAnd this is the second paragraph of it,"


def test_quote_cut_off_by_the_end_of_the_file_is_truncated():
    text = 'Lead.\n\nDoe told residents: "Leave the city while the trains are still running and take'
    (quote,) = quotes(text)
    assert quote.truncated
    assert quote.text.endswith("take")


def test_unclosed_quote_before_a_label_ends_with_its_paragraph():
    text = 'Lead.\n\nDoe said: "We will not leave the city under any circumstances.\n\nDetails: other news.\n'
    (quote,) = quotes(text)
    assert quote.text == "We will not leave the city under any circumstances."
    assert not quote.truncated


def test_partial_quote_woven_into_a_sentence():
    text = 'Lead.\n\nDoe said the strike was "a deliberate attack on civilians" and called for help.\n'
    assert texts(text) == ["a deliberate attack on civilians"]


def test_scare_quotes_terms_and_names_are_not_quotes():
    text = (
        'Lead.\n\nThe so-called "grain corridor through the Black Sea" was discussed.\n\n'
        'The law "On Mobilisation Training and Mobilisation" takes effect.\n\n'
        'The operation "Clear Sky Over the Eastern Front" began. The "Diia" app helps.\n\n'
        'Officials described it as "lost in location", Doe said.\n'
    )
    assert texts(text) == []


def test_several_quotes_in_one_paragraph():
    text = 'Lead.\n\n"The first part of the remark," Doe said, "and the second part of it."\n'
    assert texts(text) == ["The first part of the remark,", "and the second part of it."]


def test_read_more_headlines_are_not_quotes():
    text = 'Lead.\n\nRead more: "We will rebuild every school in the city" – mayor\n'
    assert texts(text) == []


def test_a_thousand_unmatched_opening_marks_stay_linear_and_calm():
    text = "Lead.\n\n" + ' "word' * 1000 + "\n"
    article = article_from_text(text)
    for quote in article.quotes:
        assert "\n".join(text[s.start : s.end] for s in quote.spans) == quote.text
