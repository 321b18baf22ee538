"""The `reader` command: open the app, or work from scripts (`reader extract`, ...).

``reader [PATH]`` goes straight to the app: this module's top-level imports are light (the
standard library's smallest pieces), and each command imports what it needs when it runs, so
opening the app loads neither argparse, the extractor, the citation styles nor the exporters,
and a script command never loads Textual.  Everything else (``reader COMMAND ...``, ``--help``,
``--version``) is parsed with argparse.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .gcpause import hold
from .resources import sample_articles_dir

if TYPE_CHECKING:
    import argparse

    from .library.library import Library
    from .model import Article
    from .output.config import Config
    from .output.query import QuoteFilter

COMMANDS = ("extract", "quotes", "people", "index", "search")


def main(argv: Sequence[str] | None = None) -> int:
    as_the_program = argv is None
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:  # ctrl+c (or SIGTERM) before or after a command's own handling
        return 143 if _terminated(_SIGNALS) else 130
    finally:
        if as_the_program:
            _done()


def _main(argv: list[str]) -> int:
    if len(argv) <= 1 and not any(arg.startswith("-") or arg in COMMANDS for arg in argv):
        return run_app(Path(argv[0]) if argv else sample_articles_dir())
    _utf8_streams()
    stopped_by = _stop_on_sigterm()  # the signals received, SIGTERM among them
    try:
        if argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            if args.command in ("index", "search"):
                with _stopped_politely():
                    status: int = args.run(args)
            else:
                status = args.run(args)
            return 143 if _terminated(stopped_by) else status
        if len(argv) > 1 and not argv[0].startswith("-") and not Path(argv[0]).exists():
            _unknown_command(argv[0])
        args = _app_parser().parse_args(argv)
        return run_app(Path(args.path) if args.path else sample_articles_dir(), stay_inside=args.stay_inside)
    except BrokenPipeError:
        return 0
    finally:
        _restore_sigterm(stopped_by)


def _done() -> None:
    """The command is over and its status decided: a ctrl+c or SIGTERM that comes while the
    interpreter shuts down (joining the process pool's threads) changes nothing, so it is
    ignored rather than ending the process by the signal or with a traceback."""
    import signal

    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(number, signal.SIG_IGN)
        except ValueError:
            pass


_SIGNALS: list[int] = []  # the stopping signals this command received (SIGINT, SIGTERM)


def _stop_on_sigterm() -> list[int]:
    """SIGTERM (``kill``, a service manager, a closing terminal's shell) stops a command the way
    ctrl+c does: what was written is kept, the worker processes stop, the exit status is 143.
    Returns the list of signals received (see :func:`_stopped_politely` for the refresh)."""
    import signal

    _SIGNALS.clear()

    def stop(number: int, _frame: object) -> None:
        _SIGNALS.append(number)
        raise KeyboardInterrupt

    try:
        _previous_sigterm.append(signal.signal(signal.SIGTERM, stop))
    except ValueError:  # not the main thread (a test calling main from a thread): left as it is
        pass
    return _SIGNALS


_previous_sigterm: list = []


def _terminated(received: list[int]) -> bool:
    import signal

    return signal.SIGTERM in received


def _restore_sigterm(_received: list[int]) -> None:
    import signal

    if _previous_sigterm:
        signal.signal(signal.SIGTERM, _previous_sigterm.pop())


@contextlib.contextmanager
def _stopped_politely() -> Iterator[None]:
    """While a command that refreshes the index runs, ctrl+c and SIGTERM only ask it to stop
    (:func:`_stop_asked` says whether one came): the refresh ends after the batch it is
    writing, the worker processes are let go, and no KeyboardInterrupt lands at a random point
    (inside a COMMIT, a garbage collector's callback of the process pool...).  A second one
    stops at once."""
    import signal

    def ask(number: int, _frame: object) -> None:
        _SIGNALS.append(number)
        if _ASKED:
            raise KeyboardInterrupt
        _ASKED.append(number)

    _ASKED.clear()
    try:
        previous = {number: signal.signal(number, ask) for number in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: signals as they are
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


_ASKED: list[int] = []  # a stop asked for politely (see _stopped_politely)


def _stop_asked() -> bool:
    return bool(_ASKED)


def _unknown_command(word: str) -> None:
    """``reader extrct DIR``: name the unknown command (and the nearest one) rather than
    complain about the arguments after it; exits with status 2, as argparse does."""
    import difflib

    from .output.cite import terminal_safe

    nearest = difflib.get_close_matches(word, COMMANDS, n=1)
    hint = f"; did you mean '{nearest[0]}'?" if nearest else ""
    _app_parser().error(terminal_safe(f"unknown command '{word}'{hint} (commands: {', '.join(COMMANDS)})"))


def _missing(paths: Sequence[str]) -> bool:
    """Say which of ``paths`` do not exist (on stderr); whether any does not."""
    from .output.cite import terminal_safe

    missing = [path for path in paths if not Path(path).exists()]
    for path in missing:
        print(terminal_safe(f"reader: {path}: no such file or folder"), file=sys.stderr)
    return bool(missing)


def run_app(path: Path, *, stay_inside: bool = False) -> int:
    if not path.exists():
        from .article.safe_text import safe_name

        print(f"reader: {safe_name(path)}: no such file or folder", file=sys.stderr)
        return 2
    hold()  # no garbage collections until the first frame (released by the app)
    from .library.library import Library

    library = Library([path], stay_inside=stay_inside)
    library.read_ahead()  # the index is opened and counted while Textual loads
    from .ui.app import ReaderApp  # Textual is loaded only for the app

    app = ReaderApp(path, library=library)
    app.run()
    return app.return_code or 0  # 1 when the app ended on an error (Textual printed it)


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _warn(path: Path, message: str) -> None:
    from .output.cite import terminal_safe

    print(terminal_safe(f"reader: {path}: {message}"), file=sys.stderr)


# What the worker processes load before they are forked, so each starts ready to read.
_PRELOAD = ("reader.cli", "reader.article.read", "reader.output.serialize")
Read = tuple[Path, "str | None", Any]  # a file, why it cannot be read (or None), what it gave


def _read_one(path: Path, max_bytes: int | None, render: Callable[[Article], Any] | None) -> Read:
    """One file: its article (or what ``render`` makes of it), or why it cannot be read."""
    from .article.decode import UnreadableFile
    from .article.read import read_article

    try:
        article = read_article(path, max_bytes=max_bytes)
    except UnreadableFile as error:
        return path, str(error), None
    return path, None, render(article) if render is not None else article


def _read_chunk(paths: list[Path], max_bytes: int | None, render: Callable[[Article], Any] | None) -> list[Read]:
    """A worker process's task: several files at once."""
    from .gcpause import gc_paused

    with gc_paused():
        return [_read_one(path, max_bytes, render) for path in paths]


def _read_all(
    paths: Iterable[str],
    max_bytes: int | None,
    jobs: int | None,
    render: Callable[[Article], Any] | None = None,
    stay_inside: bool = False,
) -> Iterator[Read]:
    """Every article file under ``paths``, read (and rendered, in the worker) in file order.
    ``jobs`` worker processes read them (default: one per core, when there are enough files
    to be worth starting them); 1 reads them all in this process."""
    from functools import partial

    from .article.read import find_articles
    from .workers import CHUNK, POOL_MIN, cores, in_order

    files = list(find_articles(paths, stay_inside=stay_inside))
    workers = cores() if jobs is None else jobs
    if workers <= 1 or jobs is None and len(files) < POOL_MIN:
        for path in files:
            yield _read_one(path, max_bytes, render)
        return
    task = partial(_read_chunk, max_bytes=max_bytes, render=render)
    chunks = (files[at : at + CHUNK] for at in range(0, len(files), CHUNK))
    for done in in_order(task, chunks, workers, _PRELOAD):
        yield from done


class _Reading:
    """Articles from paths, in file order (read on every core when there are many); each
    unreadable file is reported on stderr and remembered."""

    def __init__(
        self, paths: Iterable[str], max_bytes: int | None, jobs: int | None = None, stay_inside: bool = False
    ) -> None:
        self.paths = paths
        self.max_bytes = max_bytes
        self.jobs = jobs
        self.stay_inside = stay_inside
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        for path, error, article in _read_all(self.paths, self.max_bytes, self.jobs, stay_inside=self.stay_inside):
            if error is not None:
                self.failed += 1
                _warn(path, error)
            else:
                yield article

    @property
    def status(self) -> int:
        return 1 if self.failed else 0


def _write(chunks: Iterable[str]) -> None:
    for chunk in chunks:
        sys.stdout.write(chunk)
    sys.stdout.flush()


def _summary(article: Article) -> str:
    """What `reader extract` writes of one article, safe to show in a terminal (made in the
    worker process: the command's own process only prints it)."""
    from .output.cite import terminal_safe

    lines = [f"== {article.path}"]
    lines.append(f"   title:     {article.display_title}")
    when = article.published.strftime("%Y-%m-%d %H:%M") if article.published else article.date
    lines.append(f"   section:   {article.section or '-'}    date: {when or '-'}")
    by = ", ".join(article.authors + article.outlets)
    lines.append(f"   by:        {by or '-'}")
    if article.caption:
        lines.append(f"   caption:   {article.caption.text}")
    lines.append(f"   blocks:    {len(article.blocks)}    tags: {', '.join(article.tags) or '-'}")
    for problem in article.problems:
        lines.append(f"   problem:   {problem}")
    for person in article.people:
        roles = f" ({'; '.join(person.roles)})" if person.roles else ""
        lines.append(f"   person:    {person.name}{roles}, {len(person.mentions)} mention(s)")
    for quote in article.quotes:
        speaker = quote.speaker or "unknown speaker"
        text = quote.text.replace("\n", " / ")
        if len(text) > 100:
            text = text[:99] + "…"
        lines.append(f"   quote:     “{text}” — {speaker}")
    return terminal_safe("\n".join(lines))


def _json_line(article: Article) -> str:
    """The JSON line of one article, with what a terminal could act on escaped (made in the
    worker process: the command's own process only prints it)."""
    import json

    from .article.safe_text import safe_json
    from .output.serialize import article_to_dict

    return safe_json(json.dumps(article_to_dict(article), ensure_ascii=False))


def run_extract(args: argparse.Namespace) -> int:
    import json

    from .article.safe_text import safe_json

    failed = False
    render = _json_line if args.json else _summary
    for path, error, text in _read_all(args.paths, args.max_bytes, args.jobs, render, stay_inside=args.stay_inside):
        if error is not None:
            failed = True
            _warn(path, error)
            if args.json:
                print(safe_json(json.dumps({"path": str(path), "error": error}, ensure_ascii=False)))
            continue
        print(text)
    return 1 if failed else 0


def run_quotes(args: argparse.Namespace) -> int:
    from .output.config import load_config
    from .output.export import render_quotes
    from .output.query import QuoteFilter, select_quotes

    if args.since and args.until and args.since > args.until:
        print(f"reader quotes: --since {args.since} is after --until {args.until}", file=sys.stderr)
        return 2
    config = load_config()  # the style, and each library folder's publication
    for warning in config.warnings:
        print(f"reader: {warning}", file=sys.stderr)
    fmt = args.format or config.citation_style
    wanted = QuoteFilter(
        speakers=tuple(args.speaker),
        sections=tuple(args.section),
        since=args.since,
        until=args.until,
        same_as=args.same_as,
    )
    if not wanted.speakers:  # each article's quotes are written where it is read
        return _write_quotes(args, wanted, fmt, config)
    articles = _Reading(args.paths, args.max_bytes, args.jobs, args.stay_inside)
    selected = select_quotes(articles, wanted)
    if args.same_as:  # who else reported these words, and whom did each credit?
        items = list(selected)
        _write(render_quotes(items, fmt, config))
        _say_who_was_credited([quote.speaker for quote, _ in items])
    else:
        _write(render_quotes(selected, fmt, config))
    return articles.status


def _article_quotes(article: Article, wanted: QuoteFilter, fmt: str, config: Config) -> list[tuple[str | None, str]]:
    """The quotes of one article that ``wanted`` (a QuoteFilter without speakers) takes, each
    with its speaker and as ``reader quotes`` writes it (in a worker process: the command's
    own process only writes them)."""
    from .output.export import quote_text

    if not wanted.article_matches(article):
        return []
    return [(quote.speaker, quote_text(quote, article, fmt, config)) for quote in article.quotes if wanted.quote_matches(quote)]


def _write_quotes(args: argparse.Namespace, wanted: QuoteFilter, fmt: str, config: Config) -> int:
    """``reader quotes`` without --speaker: the quotes of each article in file order."""
    from functools import partial

    from .output.export import joined_quotes

    failed = False
    speakers: list[str | None] = []

    def texts() -> Iterator[str]:
        nonlocal failed
        render = partial(_article_quotes, wanted=wanted, fmt=fmt, config=config)
        for path, error, quotes in _read_all(args.paths, args.max_bytes, args.jobs, render, stay_inside=args.stay_inside):
            if error is not None:
                failed = True
                _warn(path, error)
                continue
            for speaker, text in quotes:
                speakers.append(speaker)
                yield text

    if args.same_as:  # who else reported these words, and whom did each credit?
        _write(joined_quotes(list(texts()), fmt))
        _say_who_was_credited(speakers)
    else:
        _write(joined_quotes(texts(), fmt))
    return 1 if failed else 0


def _say_who_was_credited(speakers: list[str | None]) -> None:
    """On stderr, when the articles that carry a quote credit different speakers: each
    speaker with the number of articles that name them."""
    from collections import Counter

    from .output.cite import NOT_NAMED, terminal_safe

    credited = Counter(speaker or NOT_NAMED for speaker in speakers)
    if len(credited) > 1:
        who = "; ".join(f"{name} ({count})" for name, count in credited.most_common())
        print(terminal_safe(f"reader: the speakers differ between the articles: {who}"), file=sys.stderr)


def run_people(args: argparse.Namespace) -> int:
    from .output.export import PeopleTally, article_people, render_people

    tally = PeopleTally()
    failed = False
    for path, error, named in _read_all(args.paths, args.max_bytes, args.jobs, article_people, stay_inside=args.stay_inside):
        if error is not None:
            failed = True
            _warn(path, error)
        else:
            tally.add(named)
    _write(render_people(tally.people(), args.format))
    return 1 if failed else 0


def _refresh(library: Library, show: bool) -> bool:
    """Bring the index up to date, with a Rich progress bar on stderr when ``show``; False
    when ctrl+c cut it short (what was done is kept)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    started = time.monotonic()
    try:
        # redrawn at each step (a batch written, a few times a second), not by a thread of its
        # own: a command with no other thread starts its worker processes by forking itself
        with Progress(*columns, console=console, disable=not show, transient=False, auto_refresh=False) as bar:
            task = None
            for step in library.refresh(cancelled=_stop_asked):
                if task is None:
                    task = bar.add_task("indexing", total=step.total, rate="")
                elapsed = max(time.monotonic() - started, 1e-6)
                bar.update(task, completed=step.done, rate=f"{step.done / elapsed:,.0f} articles/s", refresh=True)
            if _stop_asked():
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("reader: interrupted; the index keeps every article read so far.", file=sys.stderr)
        return False
    finally:
        _tell(library)
    return True


def _tell(library: Library) -> None:
    """What the library has to say (rebuilt, locked, in memory...), on stderr."""
    from .output.cite import terminal_safe

    for message in library.messages:
        print(terminal_safe(f"reader: {message}"), file=sys.stderr)
    library.messages.clear()


def run_index(args: argparse.Namespace) -> int:
    from .library.library import Library
    from .output.cite import terminal_safe

    if _missing(args.paths):
        return 2
    with Library(args.paths, stay_inside=args.stay_inside) as library:
        started = time.monotonic()
        if not _refresh(library, show=args.progress or (not args.quiet and sys.stderr.isatty())):
            return 130
        seconds = time.monotonic() - started
        summary = library.summary
        print(
            f"{summary.files} files: {summary.parsed} read in {seconds:.1f} s, {summary.removed} removed, "
            f"{summary.unreadable} unreadable"
        )
        print(terminal_safe(f"index: {library.location}"))
        _name_unreadable(library)
        if library.in_memory:
            print("reader: nothing was saved: the index could not be written (see above).", file=sys.stderr)
            return 1
    return 0


def _name_unreadable(library: Library) -> None:
    """Each file the index could not read, with the reason, on stderr."""
    from .library.catalog import UNREADABLE
    from .output.cite import terminal_safe

    for entry in library.entries_in(UNREADABLE):
        print(terminal_safe(f"reader: {entry.path}: {entry.error}"), file=sys.stderr)


def run_search(args: argparse.Namespace) -> int:
    import json

    from .article.safe_text import safe_json
    from .library.library import Library
    from .output.cite import terminal_safe

    if _missing(args.paths):
        return 2
    query = " ".join(args.query)
    with Library(args.paths, stay_inside=args.stay_inside) as library:
        if not args.no_refresh and not _refresh(library, show=sys.stderr.isatty()):
            return 130
        hits = library.search(query, limit=args.limit)
        if library.rebuilt and not args.no_refresh:  # found damaged while searching: once more
            if not _refresh(library, show=sys.stderr.isatty()):
                return 130
            hits = library.search(query, limit=args.limit)
        _tell(library)
        if library.rebuilt and not hits:
            print(
                "reader: the index was made anew and holds nothing yet, so nothing was searched;"
                " search without --no-refresh (or run reader index) first.",
                file=sys.stderr,
            )
            return 2
    for hit in hits:
        if args.json:
            record = {
                "path": hit.key,
                "title": hit.title,
                "section": hit.section,
                "date": hit.day.isoformat() if hit.day else None,
                "snippet": hit.snippet.text,
                "offset": hit.offset,
                "quote": hit.quote,
            }
            print(safe_json(json.dumps(record, ensure_ascii=False)))
        else:
            when = hit.day.isoformat() if hit.day else "undated"
            print(terminal_safe(f"{hit.key}\n  {hit.title} · {hit.section} · {when}\n  {hit.snippet.text}\n"))
    return 0 if hits else 1


def _stay_inside_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--stay-inside",
        action="store_true",
        help="follow no symbolic link that leads out of the folders given (default: follow them)",
    )


def _size_option(command: argparse.ArgumentParser) -> None:
    from .article.decode import MAX_BYTES

    command.add_argument(
        "--max-size",
        dest="max_bytes",
        type=_megabytes,
        default=MAX_BYTES,
        metavar="MB",
        help=f"skip files larger than this, as too large (default {MAX_BYTES // 2**20}; 0: no limit)",
    )


def _jobs_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--jobs",
        type=_workers,
        default=None,
        metavar="N",
        help="read the files in N worker processes (default: one per core, for many files; 1: in this process)",
    )


def _whole_number_from_one(text: str, too_small: str) -> int:
    """An option's whole number from 1; `too_small` is the message for 0 or less."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(too_small)
    return value


def _workers(text: str) -> int:
    """A number of worker processes: a whole number from 1."""
    return _whole_number_from_one(text, "at least 1")


def _megabytes(text: str) -> int | None:
    import argparse

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the size limit cannot be negative")
    return None if value == 0 else int(value * 2**20)


def _count(text: str) -> int:
    """A number of hits: a whole number from 1; any larger number than SQLite counts to means all."""
    return min(_whole_number_from_one(text, "the limit must be 1 or more"), 2**63 - 1)


def _iso_date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-07-22") from None


def _command_parser() -> argparse.ArgumentParser:
    import argparse

    from .output.export import PEOPLE_FORMATS, QUOTE_FORMATS

    parser = argparse.ArgumentParser(prog="reader", description="Read news articles; lift quotes.")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract", help="print each article's metadata, blocks, people and quotes"
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    _stay_inside_option(extract)
    extract.add_argument("--json", action="store_true", help="one JSON object per article per line")
    _size_option(extract)
    _jobs_option(extract)
    extract.set_defaults(run=run_extract)

    quotes = commands.add_parser(
        "quotes",
        help="every quote with its attribution, in a citation style or as CSV",
        description="Print every matching quote, one record each.",
        epilog="Without --format, the style set in the config file (see the README), else default.",
    )
    quotes.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    _stay_inside_option(quotes)
    quotes.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME",
        help="quotes by this speaker: full name or any word of it, any case (repeatable)",
    )
    quotes.add_argument(
        "--section", action="append", default=[], metavar="S", help="in this section (repeatable)"
    )
    quotes.add_argument(
        "--same-as",
        metavar="TEXT",
        help="the quotes that are these words, or share a large part of them (six words in a row); "
        "says on stderr when the articles credit different speakers",
    )
    quotes.add_argument("--since", type=_iso_date, metavar="DATE", help="dated on or after DATE")
    _size_option(quotes)
    quotes.add_argument("--until", type=_iso_date, metavar="DATE", help="dated on or before DATE")
    quotes.add_argument(
        "--format", choices=QUOTE_FORMATS, help="a citation style, json (JSON Lines) or csv"
    )
    _jobs_option(quotes)
    quotes.set_defaults(run=run_quotes)

    people = commands.add_parser(
        "people",
        help="the people named, with roles, mention and quote counts",
        description="Print the people the articles name, most quoted first.",
    )
    people.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    _stay_inside_option(people)
    people.add_argument("--format", choices=PEOPLE_FORMATS, default="text", help="default: text")
    _size_option(people)
    _jobs_option(people)
    people.set_defaults(run=run_people)

    index = commands.add_parser(
        "index",
        help="build or refresh the library index (in the cache folder), with a progress bar",
        description="Read the files that are new or changed since the last time into the library's index.",
    )
    index.add_argument("paths", nargs="+", metavar="PATH", help="the library: folders or files")
    _stay_inside_option(index)
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.add_argument("--progress", action="store_true", help="a progress bar even when stderr is not a terminal")
    index.set_defaults(run=run_index)

    search = commands.add_parser(
        "search",
        help="search the library's titles, text, quotes and people",
        description="Print the articles matching every word of QUERY, best first, with a snippet each."
        ' A "quoted phrase" must occur as it is; the last word also matches longer words.'
        " Exit status 1 when nothing matches.",
    )
    search.add_argument("paths", nargs=1, metavar="PATH", help="the library: a folder or a file")
    _stay_inside_option(search)
    search.add_argument("query", nargs="+", metavar="QUERY", help="words to find")
    search.add_argument("--limit", type=_count, default=20, help="at most this many hits (default: 20)")
    search.add_argument("--json", action="store_true", help="one JSON object per hit per line")
    search.add_argument("--no-refresh", action="store_true", help="search the index as it is, without reading changed files first")
    search.set_defaults(run=run_search)
    return parser


def _app_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="reader",
        description="Open a folder of news articles in the reader app.",
        epilog=f"commands for scripts: {', '.join(COMMANDS)} (reader COMMAND --help)",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument(
        "path", nargs="?", help="folder or file of articles (default: the bundled samples)"
    )
    _stay_inside_option(parser)
    return parser
