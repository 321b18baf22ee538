"""A small library where one person appears under three spellings of his name, and two
namesakes who must stay two people: for the tests of people across the library (the index,
`reader people`, `reader quotes --speaker`, the app's people view)."""

from __future__ import annotations

from pathlib import Path

HEADER = " date {day} News\n{title}\n\nJane Doe{weekday}, {date}, 10:00\n\n"

ARTICLES = {
    "1-talks.txt": (
        "2024-01-10", "Talks in Kyiv", "Wednesday", "10 January 2024",
        "President Volodymyr Zelenskyy met the delegation on Wednesday.\n"
        '"We will keep the lights on this winter," Zelenskyy said.\n'
        "Zelenskyy then left for the front.\n",
    ),
    "2-visit.txt": (
        "2024-02-10", "Visit to Lviv", "Saturday", "10 February 2024",
        'Zelensky visited Lviv on Saturday.\n"The schools will open again next week," Zelensky told reporters.\n',
    ),
    "3-grain.txt": (
        "2024-03-10", "Grain corridor", "Sunday", "10 March 2024",
        'Volodymyr Zelenskyi spoke about the harbour.\n"The ships keep sailing from Odesa every day," Zelenskyi said.\n',
    ),
    "4-energy.txt": (
        "2024-03-12", "Energy", "Tuesday", "12 March 2024",
        'Oksana Didenko, the energy minister, spoke on Tuesday.\n"Repairs will take three more weeks," Didenko said.\n'
        "Petro Didenko, an economist, disagreed.\n",
    ),
}

NAME = "Volodymyr Zelenskyy"  # the fullest name, and the most used of the fullest
SPELLINGS = ("Zelensky", "Zelenskyy", "Zelenskyi", "Volodymyr Zelenskyy", "volodymyr zelenskyi")
QUOTES = (
    "The ships keep sailing from Odesa every day,",
    "The schools will open again next week,",
    "We will keep the lights on this winter,",
)  # as quoted (the comma inside the marks), newest article first


def write_library(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (day, title, weekday, date, body) in ARTICLES.items():
        text = HEADER.format(day=day, title=title, weekday=weekday, date=date) + body
        (folder / name).write_text(text, encoding="utf-8")
    return folder
