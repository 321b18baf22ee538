"""Citations name the publication: from the config file (per library folder, with a URL template
or base), from the byline, or from what the file shows (its footer: "Support UP or become our
patron!"); APA, MLA and Chicago then name the site as they require."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.article.read import read_article
from reader.output.cite import cite
from reader.output.config import load_config
from reader.output.publication import Source, publication_in_file, source_of

from .app_support import SAMPLES
from .test_cli_messages import main

DANUBE = SAMPLES / "2023-06-21-danube-grain-exports.txt"  # footer: "Support UP or become our patron!"
KYIV = SAMPLES / "2024-09-26-kyiv-underground-schools.txt"  # footer: "... Support Ukrainska Pravda or ..."
URL = "https://example.org/news/2023-06-21-danube-grain-exports"


def test_the_footer_names_the_publication_in_full_or_by_its_initials() -> None:
    assert publication_in_file(read_article(KYIV)) == "Ukrainska Pravda"
    assert publication_in_file(read_article(DANUBE)) == "Ukrainska Pravda"
    bare = replace(read_article(DANUBE), removed=())
    assert publication_in_file(bare) is None


def test_the_config_sets_a_publication_and_url_per_library_folder(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text(
        f'[[library]]\nfolder = "{SAMPLES}"\npublication = "Kyiv Daily"\nurl = "https://example.org/news/{{stem}}"\n\n'
        '[[library]]\nfolder = "/elsewhere"\nurl = "https://other.example/"\n',
        encoding="utf-8",
    )
    config = load_config(config_file)
    assert config.warnings == ()
    article = read_article(DANUBE)
    assert source_of(article, config) == Source("Kyiv Daily", URL)
    elsewhere = replace(article, path="/elsewhere/a-story.txt")
    assert source_of(elsewhere, config) == Source("Ukrainska Pravda", "https://other.example/a-story")
    assert source_of(article, load_config(tmp_path / "none.toml")) == Source("Ukrainska Pravda", None)


def test_a_bad_library_table_is_reported_and_skipped(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text('[[library]]\npublication = "No folder"\n', encoding="utf-8")
    config = load_config(config_file)
    assert config.libraries == () and "folder" in config.warnings[0]


def test_apa_mla_and_chicago_name_the_site_and_its_url() -> None:
    article = read_article(DANUBE)
    assert article.outlets == () and article.authors  # the byline names only people
    quote = article.quotes[0]
    source = Source("Ukrainska Pravda", URL)
    apa = cite(quote, article, "apa", source).split("\n\n")[1]
    assert apa.endswith(f". *Ukrainska Pravda*. {URL}")
    mla = cite(quote, article, "mla", source).split("\n\n")[1]
    assert mla.endswith(f"*Ukrainska Pravda*, 21 June 2023, {URL}.")
    chicago = cite(quote, article, "chicago", source).split("\n\n")[1]
    assert chicago.endswith(f"*Ukrainska Pravda*, June 21, 2023, {URL}.")
    assert "quoted in Ukrainska Pravda" in cite(quote, article, "default", source)
    # without a source, as before: the site is not named
    assert "Ukrainska Pravda" not in cite(quote, article, "apa")


def test_reader_quotes_names_the_site_from_the_footer(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    assert main(["quotes", "--format", "apa", str(DANUBE)]) == 0
    assert "*Ukrainska Pravda*." in capsys.readouterr().out


async def test_the_app_copies_with_the_site_named(tmp_path: Path, system_clipboard) -> None:
    from reader.ui.app import ReaderApp

    from .app_support import copy_samples, gold_library, loaded

    system_clipboard.fail = False
    folder = copy_samples(tmp_path / "articles", [DANUBE.name])
    app = ReaderApp(folder, library=gold_library(folder), quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        app.citation_style = "apa"
        await pilot.press("n", "c")
        await pilot.pause()
        assert system_clipboard.copied[-1].endswith("*Ukrainska Pravda*.")
