"""The parser, one format variation at a time, on small texts written here."""

from datetime import date, datetime

from reader.article.parse import parse
from reader.article.read import article_from_text
from reader.model import BULLET, HEADING, LABELLED, PARAGRAPH, TAGS

USUAL = """ date 2024-09-02 All Sections
Ministers meet in Paris

Jane Doe, John RoeMonday, 2 September 2024, 22:14
Ministers meet in Paris
Photo: the ministry on Facebook

Lead paragraph about the meeting.

Source: European Pravda citing the minister's post

Quote: "Words of the speaker."

Details: More reporting, with "partial quotes", the minister said.

Support UP or become our patron!
"""


def labels(article):
    return [(block.kind, block.label) for block in article.blocks]


def covered(article):
    """Every span the parser accounted for."""
    spans = [block.span for block in article.blocks]
    spans += [removed.span for removed in article.removed]
    for field in (article.title, article.byline, article.caption):
        if field:
            spans.append(field.span)
    if article.header:
        spans.append(article.header)
    return spans


def assert_nothing_lost(article):
    spans = sorted(covered(article))
    for left, right in zip(spans, spans[1:]):
        assert left.end <= right.start, f"overlap {left} {right}"
    owned = set()
    for span in spans:
        owned.update(range(span.start, span.end))
    lost = [i for i, char in enumerate(article.text) if not char.isspace() and i not in owned]
    assert not lost, f"lost text: {article.text[lost[0]:lost[0] + 40]!r}"


def test_usual_shape():
    article = parse(USUAL)
    assert article.section is None  # "All Sections" is the site menu's label, not a section
    assert article.date == date(2024, 9, 2)
    assert article.published == datetime(2024, 9, 2, 22, 14)
    assert article.title.text == "Ministers meet in Paris"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.caption.text == "Photo: the ministry on Facebook"
    assert [removed.kind for removed in article.removed] == ["repeated title", "footer"]
    assert labels(article) == [
        (PARAGRAPH, None),
        (LABELLED, "Source"),
        (LABELLED, "Quote"),
        (LABELLED, "Details"),
    ]
    assert article.blocks[1].body_text == "European Pravda citing the minister's post"
    assert article.problems == ()
    assert_nothing_lost(article)


def test_spans_point_at_their_text():
    article = parse(USUAL)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        assert article.text[block.body.start : block.body.end] == block.body_text
    assert article.text[article.title.span.start : article.title.span.end] == article.title.text


def test_header_without_section():
    article = parse(" date 2024-05-05\nTitle of the piece\n\nLead paragraph.\n")
    assert article.date == date(2024, 5, 5)
    assert article.section is None
    assert article.title.text == "Title of the piece"


def test_upper_case_date_time_header():
    article = parse(" date 2022-08-23 TUESDAY, 23 AUGUST 2022, 13:27\n\nThe army fired again.\n")
    assert article.published == datetime(2022, 8, 23, 13, 27)
    assert article.section is None
    assert article.title is None
    assert article.blocks[0].text == "The army fired again."
    assert_nothing_lost(article)


def test_first_sentence_run_onto_the_header():
    text = " date 2024-04-11 The parliament has passed the bill as a whole.\n\nSource: an MP on Telegram\n"
    article = parse(text)
    assert article.date == date(2024, 4, 11)
    assert article.section is None and article.title is None
    assert article.blocks[0].text == "The parliament has passed the bill as a whole."
    assert article.blocks[0].start == text.index("The parliament")
    assert_nothing_lost(article)


def test_headline_run_onto_the_header_is_the_title():
    article = parse(" date 2023-05-09 Attacks on the oblast: 14 wounded\nThe army fired 46 times.\n")
    assert article.title.text == "Attacks on the oblast: 14 wounded"
    assert article.blocks[0].text == "The army fired 46 times."


def test_caption_run_onto_the_header():
    article = parse(" date 2025-05-15 A monument at the entrance. Stock photo: Getty Images\n\nThe army struck.\n")
    assert article.caption.text == "A monument at the entrance. Stock photo: Getty Images"
    assert article.title is None


def test_site_chrome_before_the_title():
    text = "Support Us\n\nUA RU EN\n\nA headline here\n\nWednesday, 17 January 2024, 13:14\nLead.\n"
    article = parse(text)
    assert [removed.kind for removed in article.removed] == ["chrome", "chrome"]
    assert article.title.text == "A headline here"
    assert article.authors == ()
    assert article.published == datetime(2024, 1, 17, 13, 14)
    assert_nothing_lost(article)


def test_upper_case_author_is_title_cased():
    article = parse("Headline\n\nVALENTYNA ROMANENKOFriday, 1 September 2023, 18:58\nLead.\n")
    assert article.authors == ("Valentyna Romanenko",)


def test_outlets_in_the_byline_are_outlets_not_authors():
    article = parse("Headline\n\nEuropean Pravda, Ukrainska PravdaTuesday, 3 October 2023, 10:00\nLead.\n")
    assert article.authors == ()
    assert article.outlets == ("European Pravda", "Ukrainska Pravda")


def test_dash_style_byline():
    article = parse("Headline\n\nOlena Koval – Monday, 2 September 2024 - 09:05\nLead.\n")
    assert article.authors == ("Olena Koval",)
    assert article.published == datetime(2024, 9, 2, 9, 5)


def test_file_starting_with_the_byline_then_title():
    text = "Olha HlushchenkoWednesday, 24 May 2023, 00:58\nRussians attack districts, drop six bombs\nOver the past day the Russians fired 10 times.\n"
    article = parse(text)
    assert article.authors == ("Olha Hlushchenko",)
    assert article.title.text == "Russians attack districts, drop six bombs"
    assert article.blocks[0].text.startswith("Over the past day")


def test_title_missing_lead_straight_after_byline():
    article = parse("Headline\n\nAlona MazurenkoWednesday, 8 March 2023, 21:45\nThe president held a meeting.\n")
    assert article.title.text == "Headline"
    assert article.blocks[0].text == "The president held a meeting."


def test_file_starting_mid_page():
    article = parse("Air defence shot down a drone over the oblast.\n\nSource: the Air Force\n")
    assert article.title is None and article.header is None and article.byline is None
    assert any("mid-page" in problem for problem in article.problems)
    assert article.blocks[0].kind == PARAGRAPH


def test_title_without_header_or_byline():
    article = parse("Russians attack the oblast four times at night\nOn the night of 11-12 May, they fired.\n")
    assert article.title.text == "Russians attack the oblast four times at night"
    assert article.problems == ("no date",)


def test_quote_headline_with_role():
    article = parse(" date 2024-02-24 All Sections\nWe need unity now more than ever – Commander-in-Chief\n\nLead.\n")
    assert article.title.text == "We need unity now more than ever – Commander-in-Chief"


def test_caption_forms():
    for caption in (
        "Photo: General Staff",
        "The minister at the summit. Photo: Getty Images",
        "Stock photo: Getty Images",
        "PHOTO: OFFICE OF THE PROSECUTOR GENERAL",
        "Volodymyr Zelenskyy, stock photo from the President's Office",
        "Andrii Yusov. Photo:",
    ):
        article = parse(f"Headline\n\nJane DoeMonday, 2 September 2024, 22:14\n{caption}\n\nLead.\n")
        assert article.caption and article.caption.text == caption, caption


def test_a_lead_mentioning_a_photo_is_not_a_caption():
    article = parse("Headline\n\nJane DoeMonday, 2 September 2024, 22:14\nRussia has published a photo of the wreckage.\n")
    assert article.caption is None


def test_labels_with_space_before_colon_and_without_colon():
    text = 'Lead.\n\nSource : the oblast administration\n\nQuote "We are working."\n\nBackground\n\nEarlier news.\n'
    article = parse(text)
    assert labels(article) == [
        (PARAGRAPH, None),
        (LABELLED, "Source"),
        (LABELLED, "Quote"),
        (HEADING, "Background"),
        (PARAGRAPH, None),
    ]
    assert article.blocks[2].body_text == '"We are working."'


def test_quote_from_label_and_place_name_label():
    text = 'Lead.\n\nQuote from Syrskyi: "Words."\n\nNova Sloboda hromada: Russians dropped three bombs.\n'
    article = parse(text)
    assert labels(article)[1:] == [(LABELLED, "Quote from Syrskyi"), (LABELLED, "Nova Sloboda hromada")]


def test_heading_alone_and_read_more():
    article = parse("Lead.\n\nBackground:\n\nOn 7 February the bill passed.\n\nRead more: Another story\n")
    assert labels(article) == [(PARAGRAPH, None), (HEADING, "Background"), (PARAGRAPH, None), (LABELLED, "Read more")]


def test_speech_introduction_is_not_a_label():
    article = parse('Lead.\n\nZelenskyy said: "We will win."\n')
    assert article.blocks[1].kind == PARAGRAPH


def test_bullets():
    article = parse("Lead:\n\n• first thing;\n- second thing;\n1. third thing.\n")
    assert [block.kind for block in article.blocks[1:]] == [BULLET, BULLET, BULLET]
    assert article.blocks[1].body_text == "first thing;"


def test_advertisement_and_footers_are_removed_and_recorded():
    text = (
        "Lead.\n\nAdvertisement:\n\nDetails: more.\n\n"
        "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!"
    )
    article = parse(text)
    assert [removed.kind for removed in article.removed] == ["advertisement", "footer"]
    assert [block.label for block in article.blocks] == [None, "Details"]
    assert_nothing_lost(article)


def test_footer_glued_to_the_last_paragraph():
    article = parse("Lead.\n\nThe last sentence.Support UP or become our patron!")
    assert article.blocks[-1].text == "The last sentence."
    assert article.removed[-1].kind == "footer"
    assert_nothing_lost(article)


def test_subjects_and_upper_case_tag_lines():
    article = parse("Lead.\n\nMore.\n\nSupport UP or become our patron!\n\nSubjects: WAR, KHARKIV OBLAST\n")
    assert article.tags == ("WAR", "KHARKIV OBLAST")
    assert article.blocks[-1].kind == TAGS
    article = parse("Lead.\n\nMore.\n\nWAR, ODESA OBLAST, DRONES\n")
    assert article.tags == ("WAR", "ODESA OBLAST", "DRONES")


def test_upper_case_line_in_the_middle_is_not_tags():
    article = parse("Lead.\n\nNATO SUMMIT\n\nThe summit opened.\n")
    assert article.tags == ()


def test_editor_insertions_are_found():
    text = 'Quote: "Hromadas [administrative units – ed.] were hit, "badly" [he means "hard" – ed.]."\n'
    article = parse(text)
    assert [text[s.start : s.end] for s in article.editor_notes] == [
        "[administrative units – ed.]",
        '[he means "hard" – ed.]',
    ]


def test_cut_off_mid_sentence():
    article = parse("Lead.\n\nThe removal of the demobilisation issue from ")
    assert "cut off mid-sentence" in article.problems
    assert "cut off mid-sentence" not in parse("Lead.\n\nIt ended.\n").problems


def test_empty_lines_only_body():
    article = parse(" date 2024-01-01 All Sections\n")
    assert article.blocks == ()
    assert "no article text" in article.problems


def test_display_title_falls_back_to_first_words():
    article = parse("Air defence shot down a drone over the oblast during the night on Monday.\n")
    assert article.display_title.startswith("Air defence shot down")


# -- plain text from any site: the title on the first line, then paragraphs ----------------

PLAIN_LEAD = (
    "The city council voted on Tuesday to approve a budget that adds money for parks, "
    "playgrounds and the trails along the river, after a debate of four hours.\n"
)


def test_plain_text_headline_ending_with_a_full_stop_is_the_title():
    article = parse("Council backs bigger budget for city parks.\n\n" + PLAIN_LEAD)
    assert article.title.text == "Council backs bigger budget for city parks."
    assert article.blocks[0].text.startswith("The city council voted")
    assert not any("mid-page" in problem for problem in article.problems)


def test_plain_text_headline_in_title_case_is_the_title():
    article = parse("Mayor Says She Will Not Run Again After A Hard Year.\n\nShe told reporters so.\n")
    assert article.title.text == "Mayor Says She Will Not Run Again After A Hard Year."


def test_plain_text_headline_above_a_dateline_is_the_title():
    text = "Governor says the state has a plan for the floods.\n\nRIVERTON, May 4 (AP) — The governor spoke.\n"
    assert parse(text).title.text == "Governor says the state has a plan for the floods."


def test_a_lead_sentence_is_not_taken_for_a_title():
    for text in (
        "The regional council has approved the plan for a new bridge on Monday.\n\nThe vote was close.\n",
        "A drone hit the school in the village at night.\n\nSource: the regional police\n",
        "Lead.\n\nThe removal of the issue from the agenda.\n",
    ):
        article = parse(text)
        assert article.title is None, text
        assert any("mid-page" in problem for problem in article.problems)


def test_headline_and_deck_joined_by_a_semicolon():
    text = (
        "Harbour plan wins a vote; \nCouncil members back dredging after years of delay.\n\n"
        "ABSTRACT.\n\nThe harbour will be deepened.\n\nFULL TEXT.\n\n" + PLAIN_LEAD
    )
    article = parse(text)
    assert article.title.text == "Harbour plan wins a vote"
    assert [removed.kind for removed in article.removed] == ["separator"]
    assert labels(article) == [(PARAGRAPH, None), (HEADING, "ABSTRACT"), (PARAGRAPH, None), (HEADING, "FULL TEXT"), (PARAGRAPH, None)]
    assert article.blocks[0].text == "Council members back dredging after years of delay."
    assert_nothing_lost(article)


def test_column_name_under_the_headline_is_the_section():
    article = parse("Harbour plan wins a vote;\nCity Notebook.\n\n" + PLAIN_LEAD)
    assert article.title.text == "Harbour plan wins a vote"
    assert article.section == "City Notebook"
    assert article.blocks[0].text.startswith("The city council")
    assert_nothing_lost(article)


def test_upper_case_lines_in_the_body_are_headings():
    article = parse("Lead.\n\nLETTERS.\n\nA \"QUOTED\" SHOUT\n\nThe park needs benches.\n")
    assert labels(article) == [(PARAGRAPH, None), (HEADING, "LETTERS"), (PARAGRAPH, None), (PARAGRAPH, None)]


def test_byline_without_a_date_at_the_top():
    article = parse("BYLINE: Jane Doe.\n\nBEST WEEK FOR THE COUNCIL.\n\nThe council won a vote.\n")
    assert article.authors == ("Jane Doe",)
    assert article.byline.text == "BYLINE: Jane Doe."
    assert not any("mid-page" in problem for problem in article.problems)
    article = parse("By winning the vote, the council ended a long fight.\n\nIt was close.\n")
    assert article.byline is None and article.authors == ()


# -- the UP format's variants: menus above the title, capitals bylines, glued tags -----------

def test_site_menus_above_the_title_are_chrome():
    for menus in (
        "UA RU EN Support Us\n\n",
        "Daily Harbour News\nNews\nSupport Us\nEN\n\n",
        "Log in\nSearch\nMenu\nUA | RU | EN\nSupport Us\nNews feed\n",
        "Support Us\nBecome our patron\n\n",
    ):
        text = menus + "Ferry service resumes after the storm\n\nJane Doe, John RoeMonday, 2 September 2024, 22:14\nFerry service resumes after the storm\nThe ferries run again.\n"
        article = parse(text)
        assert article.title.text == "Ferry service resumes after the storm", menus
        assert article.authors == ("Jane Doe", "John Roe")
        assert article.published == datetime(2024, 9, 2, 22, 14)
        assert article.blocks[0].text == "The ferries run again."
        assert {removed.kind for removed in article.removed} == {"chrome", "repeated title"}
        assert_nothing_lost(article)


def test_site_menus_around_the_header():
    text = "Support Us\n\n date 2024-09-02 All Sections\nUA RU EN\n\nFerry service resumes\n\nJane DoeMonday, 2 September 2024, 22:14\nThe ferries run again.\n"
    article = parse(text)
    assert (article.title.text, article.authors, article.section) == ("Ferry service resumes", ("Jane Doe",), None)


def test_capitals_byline_with_a_dash_after_a_bare_weekday_line():
    text = "Ferry service resumes\n\nMonday\nJANE DOE – MONDAY, 2 SEPTEMBER 2024, 22:14\nThe ferries run again.\n"
    article = parse(text)
    assert article.title.text == "Ferry service resumes"
    assert article.authors == ("Jane Doe",)
    assert article.published == datetime(2024, 9, 2, 22, 14)
    assert [block.text for block in article.blocks] == ["The ferries run again."]
    assert_nothing_lost(article)


def test_subjects_whose_tags_run_together():
    article = parse("Lead.\n\nSubjects: Ministry of DefenceJane DoeUSA\n")
    assert article.tags == ("Ministry of Defence", "Jane Doe", "USA")
    assert parse("Lead.\n\nSubjects: Kharkiv Oblastattack\n").tags == ("Kharkiv Oblast", "attack")
    assert parse("Lead.\n\nSubjects: McDonald, DeSantis\n").tags == ("McDonald", "DeSantis")


def test_glued_tags_give_no_glued_names():
    article = article_from_text("The ministry will help, Jane Doe said.\n\nSubjects: Ministry of DefenceJane DoeUSA\n")
    assert [person.name for person in article.people] == ["Jane Doe"]


def test_a_byline_under_a_plain_headline_names_the_authors_and_is_no_paragraph():
    text = (
        "Harbour sale stalls as council splits\n\n"
        "By Jane Rowe and Peter Quill\n\n"
        "The sale of the town harbour stalled on Tuesday after the council split over the price.\n\n"
        "By Tuesday evening, no one had moved.\n"
    )
    article = article_from_text(text)
    assert article.title.text == "Harbour sale stalls as council splits"
    assert article.authors == ("Jane Rowe", "Peter Quill")
    assert [block.text for block in article.blocks] == [
        "The sale of the town harbour stalled on Tuesday after the council split over the price.",
        "By Tuesday evening, no one had moved.",
    ]
    assert [person.name for person in article.people] == []
    assert_nothing_lost(article)


def test_a_byline_under_the_standfirst_names_the_authors_and_the_date_line_dates_the_page():
    text = (
        "The ferry that never sailed\n\n"
        "A coastal town spent a decade and a fortune on a ferry link. Then the boat sank at its mooring.\n\n"
        "By Ellen Marsh and TOMAS VIDAL, Harbour News, Penzance\n"
        "Updated Aug. 6, 2024, 5 a.m. EDT\n\n"
        "The ferry was meant to carry its first passengers in June.\n"
    )
    article = article_from_text(text)
    assert article.title.text == "The ferry that never sailed"
    assert article.authors == ("Ellen Marsh", "Tomas Vidal")
    assert article.outlets == ("Harbour News",)
    assert article.date == date(2024, 8, 6)
    assert "no date" not in article.problems
    assert [block.text for block in article.blocks] == [
        "A coastal town spent a decade and a fortune on a ferry link. Then the boat sank at its mooring.",
        "The ferry was meant to carry its first passengers in June.",
    ]
    assert [person.name for person in article.people] == []
    assert_nothing_lost(article)


def test_an_authors_name_alone_over_the_date_line_is_the_byline():
    text = (
        "Why the village hall roof leaks\n\n"
        "Grainne Foley\n"
        "Tue 14 May 2024 06.00 BST\n\n"
        "Rain has come through the roof of the hall for three winters, Grainne Foley wrote to the council.\n"
    )
    article = article_from_text(text)
    assert article.authors == ("Grainne Foley",)
    assert article.date == date(2024, 5, 14)
    assert [block.text for block in article.blocks] == [
        "Rain has come through the roof of the hall for three winters, Grainne Foley wrote to the council.",
    ]
    assert [person.name for person in article.people] == ["Grainne Foley"]  # named in the body too


def test_a_byline_with_the_date_after_it_and_a_headline_of_two_sentences():
    text = (
        "Your library card may soon open the gym. That is no joke.\n\n"
        "By Priya Raman, city hall reporter  Updated Mar 19, 2024, 8:00am EDT\n\n"
        "The council voted 7-2 on Monday to let library cards open the city's gyms.\n"
    )
    article = article_from_text(text)
    assert article.title.text == "Your library card may soon open the gym. That is no joke."
    assert article.authors == ("Priya Raman",)
    assert article.outlets == ()
    assert article.date == date(2024, 3, 19)
    assert [block.text for block in article.blocks] == [
        "The council voted 7-2 on Monday to let library cards open the city's gyms."
    ]


def test_three_authors_in_a_list_and_a_post_after_the_name():
    three = article_from_text(
        "Storm closes the coast road\n\nBy Ann Poe, Jon Roe and Lia Moe\n\nThe road closed at noon.\n"
    )
    assert three.authors == ("Ann Poe", "Jon Roe", "Lia Moe")
    post = article_from_text(
        "Storm closes the coast road\n\nBy Ann Poe, north of England correspondent\n\nThe road closed at noon.\n"
    )
    assert post.authors == ("Ann Poe",)


def test_a_sentence_opening_with_by_under_the_headline_stays_the_article_s():
    text = (
        "Storm closes the coast road\n\n"
        "By Tuesday, Main Street, the harbour and the school had flooded.\n\n"
        "The road closed at noon.\n"
    )
    article = article_from_text(text)
    assert article.authors == ()
    assert [block.text for block in article.blocks][0] == "By Tuesday, Main Street, the harbour and the school had flooded."
