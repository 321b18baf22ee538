"""What the section list shows of each file, and how the files are grouped and ordered.

An :class:`Entry` is one line of the section list: a small record read from the library index
(``reader/library/library.py``), never the article itself.  The article's text, people and quotes are
read from disk again when it is opened.  The section list holds entries only for the dates that
are unfolded; sections and dates are shown from :class:`Counts` the index adds up.  No Textual
here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..model import Article

NO_SECTION = "No section"
UNDATED = "Undated"
UNREADABLE = "Unreadable files"

_EPOCH = datetime.min


def stamp_of(moment: datetime | None) -> int:
    """A publication time as whole seconds (0 when unknown), for ordering newest first."""
    if moment is None:
        return 0
    return int((moment.replace(tzinfo=None) - _EPOCH).total_seconds())


def section_name(section: str | None, error: str | None = None) -> str:
    """The section an entry is listed under."""
    if error is not None:
        return UNREADABLE
    return (section or "").strip() or NO_SECTION


@dataclass(frozen=True, slots=True)
class Entry:
    """One file of the library: what the section list shows, or why it could not be read."""

    key: str  # the file's path, as found
    section: str  # already resolved: NO_SECTION and UNREADABLE included
    day: date | None = None
    stamp: int = 0  # publication time in seconds (0 when unknown): newest first within a date
    title: str = ""
    quote_count: int = 0
    error: str | None = None

    @property
    def path(self) -> Path:
        return Path(self.key)

    @classmethod
    def of(cls, path: str | Path, article: Article | None = None, error: str | None = None) -> Entry:
        """The entry for an article in memory (or for a file that could not be read)."""
        if article is None:
            return cls(str(path), UNREADABLE, title=Path(path).name, error=error or "could not be read")
        return cls(
            str(path),
            section_name(article.section),
            day=article.date,
            stamp=stamp_of(article.published),
            title=article.display_title,
            quote_count=len(article.quotes),
        )


class Counts(NamedTuple):
    """What a section or a date of the section list holds: files, unread articles, quotes."""

    files: int = 0
    unread: int = 0
    quotes: int = 0


def date_label(day: date | None) -> str:
    return day.isoformat() if day else UNDATED


# Under a section, the section list shows a node per date, except in a quiet month: one node for
# the month, holding its articles (each with its day).  A month is quiet when it holds fewer
# than FEW_IN_A_MONTH articles of the section, or when most of its dates hold a single one.
FEW_IN_A_MONTH = 8
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def month_label(day: date) -> str:
    """'March 2024'."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def day_of_month(day: date) -> str:
    """'12 Mar', as an article in a month's node shows its date."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def is_quiet(files_per_date: Iterable[int]) -> bool:
    """Whether a month whose dates hold these numbers of articles is shown as one node."""
    files = list(files_per_date)
    singles = sum(1 for count in files if count == 1)
    return sum(files) < FEW_IN_A_MONTH or singles * 2 > len(files)


class DayGroup(NamedTuple):
    """A node of the section list under a section: a date, or a quiet month's dates."""

    label: str  # "2024-03-14", "March 2024" or "Undated"
    days: tuple[date | None, ...]  # the dates it holds, newest first
    counts: Counts
    is_month: bool


def day_groups(days: dict[date | None, Counts]) -> list[DayGroup]:
    """The nodes under a section that has articles on ``days`` (with their counts), in the
    list's order: newest first, "Undated" last.  The articles keep the order of their dates
    either way, so the list reads the same from top to bottom (as ``n`` walks it)."""
    by_month: dict[tuple[int, int], list[date]] = {}
    groups = []
    for day, counts in days.items():
        if day is None:
            groups.append(DayGroup(UNDATED, (None,), counts, False))
        else:
            by_month.setdefault((day.year, day.month), []).append(day)
    for dates in by_month.values():
        dates.sort(reverse=True)
        if is_quiet(days[day].files for day in dates):
            total = Counts(*(sum(days[day][field] for day in dates) for field in range(3)))
            groups.append(DayGroup(month_label(dates[0]), tuple(dates), total, True))
        else:
            groups.extend(DayGroup(date_label(day), (day,), days[day], False) for day in dates)
    return sorted(groups, key=lambda group: date_key(group.days[0]))


_DAYS: dict[str, date] = {}


def parse_day(text: str | None) -> date | None:
    """A date as the index stores it (ISO), or None; one object per date, kept for reuse."""
    if not text:
        return None
    day = _DAYS.get(text)
    if day is None:
        try:
            day = _DAYS[text] = date.fromisoformat(text)
        except ValueError:
            return None
    return day


@dataclass(frozen=True)
class DateGroup:
    label: str  # "2024-03-14" or "Undated"
    day: date | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class SectionGroup:
    name: str
    dates: tuple[DateGroup, ...]

    @property
    def count(self) -> int:
        return sum(len(group.entries) for group in self.dates)


def section_key(name: str) -> tuple[int, str]:
    """Sections in alphabetical order, then "No section", then the unreadable files."""
    return ({NO_SECTION: 1, UNREADABLE: 2}.get(name, 0), name.casefold())


def date_key(day: date | None) -> tuple[int, int]:
    """Newest date first, "Undated" last."""
    return (1, 0) if day is None else (0, -day.toordinal())


def entry_key(entry: Entry) -> tuple[int, str, str]:
    """Newest first within a date, then by title."""
    return (-entry.stamp, entry.title.casefold(), entry.key)


def group(entries: Iterable[Entry]) -> list[SectionGroup]:
    """Section -> date -> entries, in the order of section_key, date_key and entry_key."""
    by_section: dict[str, dict[date | None, list[Entry]]] = {}
    for entry in entries:
        by_section.setdefault(entry.section, {}).setdefault(entry.day, []).append(entry)
    sections = []
    for name in sorted(by_section, key=section_key):
        days = by_section[name]
        groups = tuple(
            DateGroup(
                label=date_label(day),
                day=day,
                entries=tuple(sorted(days[day], key=entry_key)),
            )
            for day in sorted(days, key=date_key)
        )
        sections.append(SectionGroup(name=name, dates=groups))
    return sections


def in_order(sections: Iterable[SectionGroup]) -> list[Entry]:
    """The entries in the order the section list shows them."""
    return [entry for section in sections for day in section.dates for entry in day.entries]
