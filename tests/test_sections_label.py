"""`All Sections` in the `date` header line is the site's menu label, not a section: such
articles have no section (and are listed under "No section")."""

from __future__ import annotations

from reader.article.read import article_from_text

MENU_LABEL = " date 2024-09-02 All Sections\nMinisters meet\n\nJane DoeMonday, 2 September 2024, 22:14\n\nThe ministers met on Monday.\n"
SECTION = " date 2024-09-02 Economy\nMinisters meet\n\nJane DoeMonday, 2 September 2024, 22:14\n\nThe ministers met on Monday.\n"


def test_all_sections_is_the_menu_label_not_a_section() -> None:
    article = article_from_text(MENU_LABEL)
    assert article.section is None
    assert article.title is not None and article.title.text == "Ministers meet"
    assert "All Sections" not in " ".join(block.text for block in article.blocks)


def test_a_real_section_stays() -> None:
    assert article_from_text(SECTION).section == "Economy"
