"""People: fullest names, aliases, roles as written, mentions; and what is not a person."""

from reader.article.read import article_from_text

TEXT = """ date 2024-09-02 All Sections
Umierov and Lecornu hold talks in Paris

Mariya Yemets, Tetyana OliynykMonday, 2 September 2024, 22:14
Photo: Ukraine's Defence Minister Rustem Umierov on Facebook

Ukraine's Defence Minister Rustem Umierov and his French counterpart Sébastien Lecornu have held talks in Paris.

Details: Umierov was accompanied by Major General Volodymyr Horbatiuk, Deputy Chief of the General Staff of the Armed Forces of Ukraine; and Oleksandr Balanutsa, Deputy Minister of Defence for European Integration.

"We discussed joint production," Umierov said.

Students of the Taras Shevchenko National University and residents of Shevchenko Street watched.

Support UP or become our patron!

Subjects: UMIEROV, LECORNU, FRANCE
"""


def people(text=TEXT):
    return {person.name: person for person in article_from_text(text).people}


def test_fullest_names_with_aliases():
    found = people()
    assert set(found) == {"Rustem Umierov", "Sébastien Lecornu", "Volodymyr Horbatiuk", "Oleksandr Balanutsa"}
    assert found["Rustem Umierov"].aliases == ("Umierov",)
    assert found["Sébastien Lecornu"].aliases == ("Lecornu",)


def test_roles_before_and_after_the_name():
    found = people()
    assert found["Rustem Umierov"].roles == ("Ukraine's Defence Minister",)
    assert found["Sébastien Lecornu"].roles == ("French counterpart",)
    assert found["Volodymyr Horbatiuk"].roles == (
        "Major General",
        "Deputy Chief of the General Staff of the Armed Forces of Ukraine",
    )
    assert found["Oleksandr Balanutsa"].roles == ("Deputy Minister of Defence for European Integration",)


def test_every_mention_is_a_span_of_a_name_form_title_and_caption_included():
    article = article_from_text(TEXT)
    umierov = next(person for person in article.people if person.name == "Rustem Umierov")
    said = [article.text[span.start : span.end] for span in umierov.mentions]
    assert said == ["Umierov", "Rustem Umierov", "Rustem Umierov", "Umierov", "Umierov"]
    assert umierov.mentions[0].start < TEXT.index("\n\nMariya")  # the title


def test_byline_authors_are_not_people_of_the_story():
    assert not {"Mariya Yemets", "Tetyana Oliynyk"} & set(people())


def test_byline_author_named_in_the_body_is_a_person():
    text = TEXT.replace("Students of", "Tetyana Oliynyk reported that students of")
    assert "Tetyana Oliynyk" in people(text)


def test_names_inside_places_and_institutions_are_not_people():
    assert "Taras Shevchenko" not in people()
    assert "Shevchenko" not in people()


def test_upper_case_tags_at_the_end_are_not_people():
    assert not any(name.isupper() for name in people())


def test_hyphens_particles_initials_and_diacritics():
    text = (
        "Ombudsman Liudmyla Savchyn-Oliinyk met European Commission President Ursula von der Leyen, "
        "US Senator John F. Harrow and Czech Minister Jiří Novotný.\n\n"
        "Von der Leyen said the talks went well. Harrow and Novotný agreed.\n"
    )
    found = people(text)
    assert {"Liudmyla Savchyn-Oliinyk", "Ursula von der Leyen", "John F. Harrow", "Jiří Novotný"} <= set(found)
    assert found["John F. Harrow"].aliases == ("Harrow",)


def test_people_known_only_by_role_and_surname():
    text = "President Macron spoke to the press in Paris.\n\nAalund said Norway would help.\n"
    assert {"Macron", "Aalund"} <= set(people(text))


def test_name_after_its_office_with_an_unusual_given_name():
    text = (
        "Source: Norwegian Minister of International Development Sigrid Aalund; "
        "the Speaker of the Chamber of Deputies, Markéta Dvořáková.\n"
    )
    found = people(text)
    assert found["Sigrid Aalund"].roles == ("Norwegian Minister of International Development",)
    assert found["Markéta Dvořáková"].roles == ("Speaker of the Chamber of Deputies",)


def test_two_people_sharing_a_surname_stay_two():
    text = (
        "Oksana Melnyk and her brother Taras Melnyk volunteer in Kharkiv.\n\n"
        '"We deliver food every day to the frontline villages," Taras Melnyk said.\n'
    )
    found = people(text)
    assert {"Oksana Melnyk", "Taras Melnyk"} <= set(found)
    assert article_from_text(text).quotes[0].speaker == "Taras Melnyk"


def test_organisations_and_places_are_not_people():
    text = (
        "The General Staff of the Armed Forces of Ukraine said Kherson Oblast Military "
        "Administration and Naftogaz reported damage in Velyka Pysarivka.\n"
    )
    assert people(text) == {}


def test_capitalised_common_noun_before_a_verb_is_not_a_person():
    text = '"Four people were injured. Doctors say her condition is moderate," the mayor Ihor Terekhov said.\n'
    assert "Doctors" not in people(text)


def test_names_shown_by_a_role_in_apposition_or_a_speech_verb():
    text = (
        "Pavlina Shvets, Deputy Minister of Energy, spoke on Monday.\n\n"
        "Ion Grosu-Vrabie said the deal was small.\n"
    )
    found = people(text)
    assert found["Pavlina Shvets"].roles == ("Deputy Minister of Energy",)
    assert "Ion Grosu-Vrabie" in found


def test_namesakes_of_brigades_and_universities_are_not_people():
    text = (
        "Operators of the 24th Brigade named after King Danylo and students of the Kyiv "
        "Polytechnic Institute named after Ihor Sikorsky took part.\n"
    )
    assert people(text) == {}


def test_given_name_alone_points_to_the_full_name_and_middle_names_merge():
    text = (
        "The minibus is driven by Nazarii Boiko, 29. Nazarii says it is safe.\n\n"
        "Colonel Arkadii Viktorovych Zolotariov gave the order. Arkadii Zolotariov denies it.\n"
    )
    found = people(text)
    assert set(found) == {"Nazarii Boiko", "Arkadii Viktorovych Zolotariov"}
    assert "Nazarii" in found["Nazarii Boiko"].aliases


def test_double_surnames_and_capitalised_particles():
    text = (
        "Spain's Secretary of State Lucía Echeverría de la Fuente and Major General Maarten van der Kooij met.\n\n"
        "Echeverría said Spain would pay. Van der Kooij agreed.\n"
    )
    found = people(text)
    assert set(found) == {"Lucía Echeverría de la Fuente", "Maarten van der Kooij"}
    assert "Echeverría" in found["Lucía Echeverría de la Fuente"].aliases
    assert "Van der Kooij" in found["Maarten van der Kooij"].aliases


def test_surname_first_names():
    text = (
        "The agreement was signed by Baek Seo-yeon, South Korea's Second Vice Minister.\n\n"
        "Baek said the work would start in spring.\n"
    )
    found = people(text)
    assert set(found) == {"Baek Seo-yeon"}
    assert found["Baek Seo-yeon"].aliases == ("Baek",)


def test_adjectives_before_plural_nouns_are_not_people():
    text = "Korniichuk said the Baltic states had shown solidarity. Estonian officials agreed.\n"
    assert set(people(text)) == {"Korniichuk"}


def test_ships_named_after_people_are_not_people():
    text = (
        "Defence Intelligence destroyed the Russian patrol ship Sergei Kotov near the Kerch Strait.\n\n"
        '"They remember what happened to the Sergey Kotov and the Ivanovets," Navy spokesman Oleh Pletenchuk said.\n'
    )
    assert set(people(text)) == {"Oleh Pletenchuk"}
