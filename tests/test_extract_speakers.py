"""Who said it: every attribution the articles use, and the traps where the nearest name is wrong."""

from reader.article.read import article_from_text

INTRO = (
    "Ukraine's Defence Minister Rustem Umierov and his French counterpart Sébastien Lecornu "
    "met in Paris.\n\n"
)


def speakers(text):
    return [(quote.speaker, quote.attribution) for quote in article_from_text(text).quotes]


def test_attribution_after_the_quote_resolves_the_surname_to_the_full_name():
    text = INTRO + '"The main focus of our dialogue was air defence," Umierov said.\n'
    assert speakers(text) == [("Rustem Umierov", "verb-after")]


def test_inverted_attribution():
    text = INTRO + '"We discussed joint production of drones," said Lecornu.\n'
    assert speakers(text) == [("Sébastien Lecornu", "verb-after")]


def test_attribution_before_with_a_colon():
    text = INTRO + 'Umierov said: "We have specific projects and deadlines."\n'
    assert speakers(text) == [("Rustem Umierov", "verb-before")]


def test_partial_quote_goes_to_the_subject_of_the_speech_verb_not_the_nearest_name():
    text = INTRO + (
        'Details: Lecornu said that he and Umierov had talked about "the extension of French '
        'support on the front".\n'
    )
    assert speakers(text) == [("Sébastien Lecornu", "verb-before")]


def test_inverted_attribution_with_a_different_name_after_it():
    text = (
        "Foreign Minister Andrii Kovalenko met Polish Deputy Minister Tomasz Zieliński.\n\n"
        '"We agreed on joint checks at the border," said Kovalenko, who met Zieliński on Monday.\n'
    )
    assert speakers(text) == [("Andrii Kovalenko", "verb-after")]


def test_quote_label_takes_the_speaker_from_the_source_line():
    text = (
        "The army fired on the city again.\n\n"
        "Source: Ihor Terekhov, the mayor of Kharkiv, on Telegram\n\n"
        'Quote: "Artillery shelling of the district is going on. Be careful."\n'
    )
    article = article_from_text(text)
    (quote,) = article.quotes
    assert (quote.speaker, quote.attribution, quote.speaker_role) == (
        "Ihor Terekhov",
        "source-line",
        "mayor of Kharkiv",
    )


def test_source_line_with_an_organisation():
    text = (
        "A drone attack damaged buildings.\n\nSource: Sumy Oblast Military Administration on Telegram\n\n"
        'Quote: "The enemy attacked the hromada with a drone at night."\n'
    )
    (quote,) = article_from_text(text).quotes
    assert (quote.speaker, quote.speaker_kind) == ("Sumy Oblast Military Administration", "organisation")


def test_source_line_with_an_outlet_citing_a_person():
    text = (
        "Officials spoke about the evacuation.\n\n"
        "Source: Suspilne citing Oksana Didenko, head of the city council\n\n"
        'Quote: "Buses will leave every hour from the central square."\n'
    )
    assert speakers(text) == [("Oksana Didenko", "source-line")]


def test_source_line_naming_the_speaker_by_role():
    text = (
        "President Volodymyr Zelenskyy held a meeting of the Staff.\n\n"
        "Source: Head of State on social media\n\n"
        'Quote: "Today we discussed only the contact zone and nothing else."\n'
    )
    assert speakers(text) == [("Volodymyr Zelenskyy", "source-line")]


def test_quote_from_label():
    text = (
        "Oleksandr Syrskyi, Commander-in-Chief, called on Ukrainians to unite.\n\n"
        "Source: Syrskyi on Telegram\n\n"
        'Quote from Syrskyi: "No one believed we would survive, but we did."\n'
    )
    assert speakers(text) == [("Oleksandr Syrskyi", "label")]


def test_quote_from_an_organisation_label_uses_its_fullest_name():
    text = (
        "Naftogaz of Ukraine reported new damage.\n\nSource: Naftogaz press service\n\n"
        'Quote from Naftogaz: "This is already the eighth massive attack on our facilities."\n'
    )
    assert speakers(text) == [("Naftogaz of Ukraine", "label")]


def test_pronoun_goes_to_the_last_person_of_that_gender():
    text = (
        "Energy Minister Oksana Didenko and Deputy Minister Taras Melnychuk briefed journalists.\n\n"
        "Melnychuk said the repairs would take two weeks.\n\n"
        '"The schedules will be shorter from August for most households," she noted.\n'
    )
    assert speakers(text) == [("Oksana Didenko", "pronoun")]


def test_pronoun_prefers_the_subject_over_a_later_mention():
    text = (
        "Oleksandr Prokudin, Head of the Oblast Military Administration, spoke on Monday.\n\n"
        "Prokudin said that Serhii Lysak had asked for more buses.\n\n"
        '"We will send them tomorrow morning to every village," he added.\n'
    )
    assert speakers(text) == [("Oleksandr Prokudin", "pronoun")]


def test_role_noun_goes_to_the_person_with_that_role():
    text = (
        "Yurii Ihnat, Spokesperson of the Air Force Command, spoke on air.\n\n"
        "Details: Ukraine's partners have promised more systems.\n\n"
        '"Air defence is operating as on a regular day of war," the Air Force spokesperson noted.\n'
    )
    article = article_from_text(text)
    (quote,) = article.quotes
    assert (quote.speaker, quote.attribution, quote.speaker_role) == (
        "Yurii Ihnat",
        "role",
        "Spokesperson of the Air Force Command",  # the role he is introduced with
    )
    assert "Air Force spokesperson" in article.people[0].roles


def test_organisation_speaking():
    text = (
        "Source: General Staff of the Armed Forces of Ukraine\n\n"
        'The army fired at the oblast. "Air defence destroyed 11 of the drones overnight," the General Staff said.\n'
    )
    (quote,) = article_from_text(text).quotes
    assert (quote.speaker, quote.speaker_kind) == ("General Staff of the Armed Forces of Ukraine", "organisation")


def test_colon_introduction_in_the_previous_paragraph():
    text = (
        "Mayor Ihor Terekhov spoke after the strike.\n\n"
        "Terekhov wrote on Telegram:\n\n"
        '"Several buildings in the district have been damaged by the blast."\n'
    )
    assert speakers(text) == [("Ihor Terekhov", "verb-before")]


def test_following_quote_paragraph_continues_the_same_speaker():
    text = (
        "Mayor Ihor Terekhov spoke after the strike.\n\n"
        '"Several buildings have been damaged by the blast," Terekhov said.\n\n'
        '"Rescuers are still working at the site of the attack."\n'
    )
    assert speakers(text) == [("Ihor Terekhov", "verb-after"), ("Ihor Terekhov", "continuation")]


def test_unknown_speaker_stays_unknown():
    text = (
        "Ihor Terekhov, the mayor, visited the site.\n\n"
        'A resident said that "nobody expected the strike to come so early in the morning".\n'
    )
    assert speakers(text) == [(None, None)]


def test_a_quote_with_no_attribution_after_another_persons_sentence_is_not_guessed():
    text = (
        "Ihor Terekhov, the mayor, visited the site on Monday.\n\n"
        "Rescuers pulled two people from the rubble.\n\n"
        '"The building could collapse at any moment and should be avoided."\n'
    )
    assert speakers(text) == [(None, None)]


def test_possessive_source():
    text = (
        "President Volodymyr Zelenskyy held a meeting with the military.\n\n"
        "Source: Zelenskyy’s video address\n\n"
        'Quote: "I held a meeting with the military and intelligence today."\n'
    )
    assert speakers(text) == [("Volodymyr Zelenskyy", "source-line")]


def test_document_quoted_by_the_article_without_a_named_author_is_unknown():
    text = 'Lead paragraph.\n\nThe statement reads: "All the sites will be restored by winter."\n'
    assert speakers(text) == [(None, None)]


def test_quoted_her_as_saying():
    text = (
        "Belgian Defence Minister Hélène Marchetti confirmed it in a statement released by her ministry.\n\n"
        '"The first aircraft will arrive before the end of the year," the statement quoted her as saying.\n'
    )
    assert speakers(text) == [("Hélène Marchetti", "pronoun")]


def test_unnamed_speaker_takes_the_pronoun_and_stays_unknown():
    text = (
        "Vasyl Kuts, head of the hromada, said 40 families had left.\n\n"
        "Another resident, an elderly man who refused to give his name, said he would not leave "
        '"under any circumstances, even if they come with tanks".\n'
    )
    assert speakers(text) == [(None, None)]


def test_a_quote_attributed_to_an_unnamed_person_is_unknown():
    text = 'Mayor Ihor Terekhov visited the site.\n\n"We heard three explosions at night," a local resident said.\n'
    assert speakers(text) == [(None, None)]


def test_pronoun_follows_the_latest_subject_even_of_unknown_gender():
    text = (
        "Foreign Minister Danylo Korniichuk met his Estonian counterpart.\n\n"
        "Estonian Foreign Minister Margus Ounapuuu said Tallinn was preparing new sanctions.\n\n"
        '"Every tanker with Russian oil is a floating wallet for the Kremlin," he told journalists.\n'
    )
    assert speakers(text)[0][0] == "Margus Ounapuuu"


def test_pronoun_through_a_role_noun_subject():
    text = (
        "Latvia's Foreign Minister Ieva Ozolina and Estonia's Foreign Minister Margus Tamm spoke.\n\n"
        "The Latvian minister was more cautious. She said:\n\n"
        '"I will not make predictions about the next decision in Brussels."\n'
    )
    assert speakers(text) == [("Ieva Ozolina", "pronoun")]


def test_who_clause_subject():
    text = (
        "The bill was criticised by MP Ivan Hnatiuk, a member of the committee, who said it contained "
        '"too many gaps that the ministry will fill in with instructions".\n'
    )
    assert speakers(text) == [("Ivan Hnatiuk", "verb-before")]


def test_role_noun_with_a_country_adjective():
    text = (
        "Denmark's Defence Minister Soren Kjaergaard announced a new package.\n\n"
        '"Last year we proved that it works on the front," the Danish minister said.\n'
    )
    assert speakers(text) == [("Soren Kjaergaard", "role")]


def test_role_in_the_source_line_goes_to_the_only_person_named():
    text = (
        "Vsevolod Tkachuk. Photo: Kherson Oblast Military Administration\n\n"
        "Russian forces attacked Kherson with drones.\n\n"
        "Source: Head of Kherson Oblast Military Administration on Telegram\n\n"
        'Quote: "Over the past day, the enemy has targeted residential quarters."\n'
    )
    assert speakers(text)[0][0] == "Vsevolod Tkachuk"


def test_role_noun_is_not_guessed_when_the_person_named_has_another_role():
    text = (
        "President Volodymyr Zelenskyy met the defence minister on Monday.\n\n"
        '"We agreed on the next steps for the air defence," the minister said.\n'
    )
    assert speakers(text) == [(None, None)]


def test_quoted_documents_go_to_whoever_issued_them():
    text = (
        "The High Anti-Corruption Court (HACC) sentenced a former customs officer to eight years.\n\n"
        "Prosecutor Feodosiia Marchuk welcomed the decision.\n\n"
        '"The court has established that the accused demanded money from the importer," the ruling says.\n'
    )
    article = article_from_text(text)
    assert (article.quotes[0].speaker, article.quotes[0].attribution) == ("High Anti-Corruption Court", "document")


def test_a_statement_mentioned_before_belongs_to_who_made_it():
    text = (
        "Hamad bin Khalfan Al-Darmaki, the UAE's Assistant Minister, said in a statement that this was "
        "the 15th exchange.\n\n"
        '"The UAE will continue its efforts to resolve humanitarian issues," the statement reads.\n'
    )
    assert speakers(text) == [("Hamad bin Khalfan Al-Darmaki", "document")]


def test_quote_from_a_joint_statement_names_no_one():
    text = (
        "Source: State Border Guard Service of Ukraine\n\n"
        'Quote from the joint statement: "The parties will ensure a single control procedure at the border."\n'
    )
    assert speakers(text) == [(None, None)]


def test_acronym_in_parentheses_is_the_same_organisation():
    text = (
        "The Security Service of Ukraine (SBU) has identified a Russian colonel.\n\n"
        "Source: SBU press service\n\n"
        'Quote: "Using a network of agents, counterintelligence established who gave the order."\n'
    )
    assert speakers(text) == [("Security Service of Ukraine", "source-line")]


def test_first_name_only_speakers():
    text = (
        "In the village, the volunteers pick up Halyna, 78, and her neighbour Petro.\n\n"
        '"My house is still standing, but there is no one left on my street," Halyna says.\n\n'
        "Petro is silent most of the way. Only at the checkpoint does he say: "
        '"I was born here and I wanted to die here."\n'
    )
    assert speakers(text) == [("Halyna", "verb-after"), ("Petro", "pronoun")]


def test_quote_paragraph_after_a_paragraph_reporting_that_persons_words():
    text = (
        "Mayor Nataliia Zaporozhets spoke in Nikopol.\n\n"
        "Zaporozhets said she did not blame those who had left.\n\n"
        '"I would never tell a mother with two children to stay here."\n'
    )
    assert speakers(text) == [("Nataliia Zaporozhets", "previous-paragraph")]


def test_document_issued_by_someone_named_in_the_attribution():
    text = (
        "The Cabinet of Ministers of Ukraine drafted the bill.\n\n"
        '"The state recognises its obligation to citizens," the explanatory note prepared by the '
        "Cabinet of Ministers of Ukraine reads.\n"
    )
    assert speakers(text) == [("Cabinet of Ministers of Ukraine", "document")]


def test_role_in_a_who_clause_resolves_a_role_source():
    text = (
        "Colonel Serhii Volynets, who became the Air Force's spokesman in the autumn, spoke.\n\n"
        "Source: the Air Force spokesman on air\n\n"
        'Quote: "Another 15 drones were lost in location because of electronic warfare."\n'
    )
    assert speakers(text) == [("Serhii Volynets", "source-line")]


def test_acronym_alone_after_its_full_name():
    text = (
        "The National Bank of Ukraine (NBU) has kept its key rate at 13%.\n\n"
        "Source: NBU press service\n\n"
        'Quote: "The NBU Board is ready to take additional measures if needed."\n'
    )
    assert speakers(text) == [("National Bank of Ukraine", "source-line")]


def test_person_heads_an_apposition_naming_organisations():
    text = (
        "Presenting the bill, Halyna Tkachuk, Chair of the Committee on State Building, Local "
        "Governance, Regional and Urban Development, told MPs:\n\n"
        '"Two and a half million people have lost their homes because the Russians came."\n'
    )
    assert speakers(text) == [("Halyna Tkachuk", "verb-before")]


def test_possessive_ends_an_organisation_but_not_a_prosecutors_office():
    text = (
        "Olena Dziuba, Ukrenergo's Head of Communications, spoke on television.\n\n"
        '"We consider the sentence too lenient for a crime of this gravity," the Chernihiv Oblast '
        "Prosecutor's Office said.\n"
    )
    article = article_from_text(text)
    assert article.quotes[0].speaker == "Chernihiv Oblast Prosecutor's Office"
    assert article.people[0].roles == ("Ukrenergo's Head of Communications",)


def test_named_person_described_first_without_a_name():
    text = (
        "Another resident of the district, 72-year-old Liudmyla Savchenko, said she had heard "
        "two loud explosions.\n\n"
        '"I have lived in this house since 1974 and never saw this," she said.\n'
    )
    assert speakers(text) == [("Liudmyla Savchenko", "pronoun")]


def test_interview_questions_and_answers():
    text = (
        "Major Yaroslav Honchar, call sign Kobzar, commands a drone battalion. Ukrainska Pravda "
        "journalist Marta Hnatyshyn spoke to him.\n\n"
        '"Which Russian innovation surprised you most this year?" Hnatyshyn asked.\n\n'
        '"Fibre-optic drones. They cannot be jammed at all," Kobzar replied.\n\n'
        "– And how quickly do the Russians adapt?\n\n"
        '"Two weeks. A month at most. We invent something and they copy it."\n\n'
        '"Is the shortage of infantry still the main problem?"\n\n'
        '"Yes. Drones can stop an assault, but they cannot hold a trench."\n'
    )
    assert speakers(text) == [
        ("Marta Hnatyshyn", "verb-after"),
        ("Yaroslav Honchar", "verb-after"),
        ("Yaroslav Honchar", "interview"),
        ("Marta Hnatyshyn", "interview"),
        ("Yaroslav Honchar", "interview"),
    ]


def test_an_organisation_named_by_what_it_is():
    text = (
        "DTEK, the country's largest private energy company, said its plants had been attacked.\n\n"
        '"Four of our six plants have been seriously damaged this year," the company stated.\n'
    )
    assert speakers(text) == [("DTEK", "organisation-noun")]


def test_the_man_says_is_a_pronoun():
    text = (
        "Her neighbour, Petro Ivanovych, a retired miner, repairs the roof again.\n\n"
        '"I cover it with film, they hit it again, I cover it again," the man says with a grin.\n'
    )
    assert speakers(text) == [("Petro Ivanovych", "pronoun")]


def test_a_call_sign_names_a_person():
    text = (
        "His subordinate, a drone operator with the call sign Shaman, is 23.\n\n"
        '"I wanted to be a programmer. Now I program the sky," Shaman jokes.\n'
    )
    assert speakers(text) == [("Shaman", "verb-after")]


def test_a_document_with_a_which_clause_goes_to_who_sent_it():
    text = (
        "Prosecutor Dmytro Horovets of the Specialised Anti-Corruption Prosecutor's Office (SAPO) spoke.\n\n"
        "The indictment, which SAPO sent to court in September, says that the official "
        '"demanded and received, through an intermediary, an undue benefit".\n'
    )
    assert speakers(text) == [("Specialised Anti-Corruption Prosecutor's Office", "document")]


def test_quote_label_after_a_paragraph_reporting_another_source():
    text = (
        "Debris fell on three districts of Kyiv.\n\n"
        "Source: Taras Khomenko, Head of Kyiv City Military Administration, on Telegram; "
        "Kyiv City State Administration\n\n"
        'Quote: "Debris has fallen in three districts. All services are at the scene."\n\n'
        "Later, Kyiv City State Administration reported that a man had been killed.\n\n"
        'Quote: "In the Pecherskyi district, the blast wave damaged an office building."\n'
    )
    assert speakers(text) == [
        ("Taras Khomenko", "source-line"),
        ("Kyiv City State Administration", "reported-before"),
    ]


def test_a_source_line_role_no_one_has_is_the_person_the_lead_reports():
    text = (
        "Missiles hit Dnipro\n\n"
        "Russian forces launched missiles at Dnipro on Friday morning; three people were killed, "
        "Borys Kalynychenko has said.\n\n"
        "Source: Head of Dnipropetrovsk Oblast Military Administration on Telegram; Dnipro City Council\n\n"
        'Quote: "Four missiles. Two hit the plant, two hit the street next to it."\n\n'
        "Mayor Borys Filatov said the city's buses would run as usual.\n"
    )
    assert speakers(text) == [("Borys Kalynychenko", "source-line")]
