"""Tests for the byline parser and the byline / bare-name line checks (invented names)."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.fields.byline import looks_like_byline, looks_like_name, parse_byline
from newsparse.model import Byline

PREFIXED = [
    ("By Jane Doe", ("Jane Doe",)),
    ("by Jane Doe", ("Jane Doe",)),
    ("BY Jane Doe", ("Jane Doe",)),
    ("By: Jane Doe", ("Jane Doe",)),
    ("Von Lena Hartmann", ("Lena Hartmann",)),
    ("Par Camille Durand", ("Camille Durand",)),
    ("Par : Camille Durand|", ("Camille Durand",)),
    ("Por Lucía Fernández", ("Lucía Fernández",)),
    ("Di Marco Bellini", ("Marco Bellini",)),
    ("Door Sanne de Vries", ("Sanne de Vries",)),
    ("Av Ingrid Solberg", ("Ingrid Solberg",)),
    ("Przez Katarzyna Nowak", ("Katarzyna Nowak",)),
    ("Autor: Tomasz Zielinski", ("Tomasz Zielinski",)),
    ("Penulis: Dewi Lestari Putri", ("Dewi Lestari Putri",)),
    ("Words by Holly Brennan", ("Holly Brennan",)),
    ("Story by Omar Haddad", ("Omar Haddad",)),
    ("Reporting by Priya Raman", ("Priya Raman",)),
    ("Written by Felix Moreau", ("Felix Moreau",)),
    ("written by Felix Moreau", ("Felix Moreau",)),
    ("Posted by Dana Whitfield", ("Dana Whitfield",)),
    ("Text: Jonas Weber", ("Jonas Weber",)),
    ("Author: Grace Okafor", ("Grace Okafor",)),
    ("Analysis by Grace Okafor", ("Grace Okafor",)),
    ("A column by Grace Okafor", ("Grace Okafor",)),  # a genre word before the prefix
    ("編集委員 佐藤花子", ("佐藤花子",)),  # a Japanese role before the name
    ("记者 王小明", ("王小明",)),
    ("Eine Kolumne von Jonas Weber", ("Jonas Weber",)),
    ("Ein Gastbeitrag von Jonas Weber", ("Jonas Weber",)),
    ("Propos recueillis par Camille Durand", ("Camille Durand",)),
    ("Texto: Lucía Fernández", ("Lucía Fernández",)),
    ("Texto y fotos: Lucía Fernández", ("Lucía Fernández",)),  # author and photographer
    ("Text und Fotos: Jonas Weber", ("Jonas Weber",)),
]

SEPARATED = [
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe & John Roe", ("Jane Doe", "John Roe")),
    ("Von Lena Hartmann und Tobias Klein", ("Lena Hartmann", "Tobias Klein")),
    ("Par Camille Durand et Hugo Martin", ("Camille Durand", "Hugo Martin")),
    ("Por Lucía Fernández y Diego Ruiz", ("Lucía Fernández", "Diego Ruiz")),
    ("Di Marco Bellini e Giulia Conti", ("Marco Bellini", "Giulia Conti")),
    ("Przez Katarzyna Nowak i Piotr Wójcik", ("Katarzyna Nowak", "Piotr Wójcik")),
    ("Door Sanne de Vries en Pieter Bakker", ("Sanne de Vries", "Pieter Bakker")),
    ("Av Ingrid Solberg og Lars Berg", ("Ingrid Solberg", "Lars Berg")),
    ("Ana Silva,Ben Carter", ("Ana Silva", "Ben Carter")),
    ("By Ana Silva, Ben Carter, and Chloe Dunn", ("Ana Silva", "Ben Carter", "Chloe Dunn")),
    ("By Ana Silva , Ben Carter", ("Ana Silva", "Ben Carter")),
    ("Mia Tran and Dan Kowalski", ("Mia Tran", "Dan Kowalski")),
    ("Omar Haddad and Leila Nasser,", ("Omar Haddad", "Leila Nasser")),
]

SUFFIXES_AND_INITIALS = [
    ("By Robert Allen Jr.", ("Robert Allen Jr.",)),
    ("Samuel Reed III", ("Samuel Reed III",)),
    ("Written by Maria Lopez, MD, PhD", ("Maria Lopez",)),
    ("Written by Maria Lopez, MS, RD", ("Maria Lopez",)),
    ("Maya R. Lindqvist", ("Maya R. Lindqvist",)),
    ("By Owen T.J. Marsh, Eva K. Holm", ("Owen T.J. Marsh", "Eva K. Holm")),
    ("K. Elliot Baptiste", ("K. Elliot Baptiste",)),
]

ALL_CAPS = [
    ("BY JANE DOE", ("Jane Doe",)),
    ("KIMBERLY MCDONALD AND SEAN O'NEILL", ("Kimberly McDonald", "Sean O'Neill")),
    ("ANA DE LA CRUZ", ("Ana de la Cruz",)),
    ("ABDUL AL-RASHID and MEI-LING CHOW", ("Abdul Al-Rashid", "Mei-Ling Chow")),
    ("OWEN MacLEOD", ("Owen MacLeod",)),
    ("By OWEN T. MARSH", ("Owen T. Marsh",)),
]

GLUED_DATES = [
    ("By Ravi Menon Updated Mar 3, 2021, 9:15am EST", ("Ravi Menon",)),
    ("By Ravi Menon 2 hours ago", ("Ravi Menon",)),
    ("Jane Doe - 2021-03-03T09:15:00Z", ("Jane Doe",)),
    ("BY RAVI MENON ON 3/3/21 AT 9:15 AM EST", ("Ravi Menon",)),
    ("By Ravi Menon on Wednesday, March 3rd, 2021 at 9:15 a.m.", ("Ravi Menon",)),
    ("Von Lena Hartmann publiziert am 3. März 2021", ("Lena Hartmann",)),
    ("March 3, 2021 | by Ravi Menon", ("Ravi Menon",)),
    ("Wednesday March 3, 2021 7:45 am PST by Ravi Menon", ("Ravi Menon",)),
    ("By Ravi Menon | March 3, 2021 -- 09:15 GMT | Topic: Phones", ("Ravi Menon",)),
    ("By Ravi Menon, Wednesday, 3 March 2021 08:05 GMT", ("Ravi Menon",)),
    ("by Ravi Menon3 Mar 2021 05:44 GMT", ("Ravi Menon",)),
    ("By Ravi Menon - Staff Writer 2021-03-03T09:15:00Z Science", ("Ravi Menon",)),
    ("Veröffentlicht am 3. März 2021 von Jonas Weber", ("Jonas Weber",)),  # date first, then "von"
    ("Publicado el 3 de marzo de 2021 por Lucía Fernández", ("Lucía Fernández",)),
    ("Publié le mercredi 3 mars 2021 par Camille Durand", ("Camille Durand",)),
]

OTHER_AUTHOR_SHAPES = [
    ("By Jane Doe, with additional reporting by Ken Watanabe", ("Jane Doe", "Ken Watanabe")),
    ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",)),
    ("Jane Doe, @janedoe, Example Today", ("Jane Doe",)),
    ("Liam Fitzgerald-Hayes @liamfh", ("Liam Fitzgerald-Hayes",)),
    ("By Liam Fitz@LiamOnSports Mar 3, 2021", ("Liam Fitz",)),
    ('Jane "The Reporter" Doe', ("Jane Doe",)),
    ('Robert "Bobby" Allen', ('Robert "Bobby" Allen',)),
    ("Олег Петров", ("Олег Петров",)),
    ("Jane Doe Editor", ("Jane Doe",)),
]


@pytest.mark.parametrize(
    ("text", "authors"),
    PREFIXED + SEPARATED + SUFFIXES_AND_INITIALS + ALL_CAPS + GLUED_DATES + OTHER_AUTHOR_SHAPES,
)
def test_authors(text: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "organizations"),
    [
        ("By Jane Doe for Example Daily Australia", ("Jane Doe",), ("Example Daily Australia",)),
        ("By Jane Doe For Exampleonline", ("Jane Doe",), ("Exampleonline",)),
        ("JANE DOE | AP", ("Jane Doe",), ("AP",)),
        ("Jane Doe - Reuters", ("Jane Doe",), ("Reuters",)),
        ("Jane Doe – Example News", ("Jane Doe",), ("Example News",)),
        ("Jane Doe — The Example Herald", ("Jane Doe",), ("The Example Herald",)),
        ("Jane Doe Example Today", ("Jane Doe",), ("Example Today",)),  # no separator at all
        ("Jane Doe The Example Post", ("Jane Doe",), ("The Example Post",)),
        ("Example Free Press", (), ("Example Free Press",)),
        ("Jane Doe, Reuters", ("Jane Doe",), ("Reuters",)),
        ("Von Lena Hartmann, dpa", ("Lena Hartmann",), ("dpa",)),
        ("Jane Doe and John Roe, AFP", ("Jane Doe", "John Roe"), ("AFP",)),
        ("By Jane Doe | Special to the Example Herald", ("Jane Doe",), ("Example Herald",)),
        (
            "By Jane Doe | Example Media for Example.com",
            ("Jane Doe",),
            ("Example Media", "Example.com"),
        ),
        ("by Jane Doe , Example.org", ("Jane Doe",), ("Example.org",)),
        ("Jane Doe, XYZ Business", ("Jane Doe",), ("XYZ Business",)),
        ("Jane Doe and John Roe Reuters", ("Jane Doe", "John Roe"), ("Reuters",)),
        ("JANE DOE and JOHN ROEAssociated Press", ("Jane Doe", "John Roe"), ("Associated Press",)),
        ("By Jane HollowayXYZ Business", ("Jane Holloway",), ("XYZ Business",)),
        ("Jane Doe | El Diario de la Tarde", ("Jane Doe",), ("El Diario de la Tarde",)),
        (
            "Jane Doe, Springfield (Ill.) Evening Press",
            ("Jane Doe",),
            ("Springfield (Ill.) Evening Press",),
        ),
        ("Jane Doe, @jdoe, USA NOW", ("Jane Doe",), ("USA NOW",)),
        ("Jane Doe, JUPITER", ("Jane Doe",), ("JUPITER",)),
        ("Jane Doe (Reuters)", ("Jane Doe",), ("Reuters",)),
        ("Jane Doe (The Example Post)", ("Jane Doe",), ("The Example Post",)),
        ("Jane Doe/AFP", ("Jane Doe",), ("AFP",)),
        ("By Jane Doe and the Associated Press", ("Jane Doe",), ("Associated Press",)),
        # outlets with articles, and places after agencies
        ("Par Le Monde avec AFP", (), ("Le Monde", "AFP")),
        ("Par Le Figaro", (), ("Le Figaro",)),
        ("Par L'Express", (), ("L'Express",)),
        ("EFE | Madrid | 14/02/2024", (), ("EFE",)),
        ("Von SPIEGEL-Autorin Lena Hartmann", ("Lena Hartmann",), ()),
        (
            "Par Camille Durand (Toulouse, correspondante) et Léo Roux",
            ("Camille Durand", "Léo Roux"),
            (),
        ),
        ("Par Léo Roux (à Bruxelles)", ("Léo Roux",), ()),
        ("Par Léo Roux (avec AFP)", ("Léo Roux",), ("AFP",)),
    ],
)
def test_organizations_after_names(
    text: str, authors: tuple[str, ...], organizations: tuple[str, ...]
) -> None:
    byline = parse_byline(text)
    assert (byline.authors, byline.organizations) == (authors, organizations)


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Example News Bureau", "Example News Bureau"),
        ("Associated Press", "Associated Press"),
        ("The Associated Press", "The Associated Press"),
        ("By THE ASSOCIATED PRESS", "THE ASSOCIATED PRESS"),
        ("By Reuters", "Reuters"),
        ("REUTERS", "REUTERS"),
        ("Reuters Staff", "Reuters Staff"),
        ("By EXAMPLE POST STAFF", "EXAMPLE POST STAFF"),
        ("By Example Foundation", "Example Foundation"),
        ("ExampleInsider", "ExampleInsider"),
        ("Channel24", "Channel24"),
        ("XKT", "XKT"),
        ("do XKT", "XKT"),
        ("By Example.com", "Example.com"),
        ("La Gaceta Ejemplar", "La Gaceta Ejemplar"),
        ("By XKT Staff | March 3, 2021 at 2:26 PM HST", "XKT Staff"),
    ],
)
def test_bare_organization_gives_no_authors(text: str, organization: str) -> None:
    byline = parse_byline(text)
    assert byline.authors == ()
    assert byline.organizations == (organization,)


@pytest.mark.parametrize(
    ("text", "authors", "organizations", "roles"),
    [
        ("Jane Doe, Political Editor", ("Jane Doe",), (), ("Political Editor",)),
        ("By Tom Hale, Staff Writer", ("Tom Hale",), (), ("Staff Writer",)),
        ("Senior Correspondent Nadia Karim", ("Nadia Karim",), (), ("Senior Correspondent",)),
        (
            "Jane Doe - Example Science Contributor",
            ("Jane Doe",),
            ("Example Science",),
            ("Contributor",),
        ),
        ("Jane Doe, XYZ Editor-at-large", ("Jane Doe",), ("XYZ",), ("Editor-at-large",)),
        ("By Jane HollowayBusiness Columnist", ("Jane Holloway",), (), ("Business Columnist",)),
        (
            "Jane Doe, XYZ diplomatic correspondent",
            ("Jane Doe",),
            ("XYZ",),
            ("diplomatic correspondent",),
        ),
    ],
)
def test_roles(
    text: str, authors: tuple[str, ...], organizations: tuple[str, ...], roles: tuple[str, ...]
) -> None:
    byline = parse_byline(text)
    assert (byline.authors, byline.organizations, byline.roles) == (authors, organizations, roles)


def test_text_is_the_stripped_input() -> None:
    assert parse_byline("  By Jane Doe \n") == Byline(text="By Jane Doe", authors=("Jane Doe",))


@pytest.mark.parametrize("text", ["", "   ", "By", "By ", "|", "Updated: March 3, 2021", "2021"])
def test_nothing_to_find(text: str) -> None:
    byline = parse_byline(text)
    assert (byline.authors, byline.organizations) == ((), ())


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "BY JANE DOE",
        "by Jane Doe",
        "Von Max Beispiel",
        "Par Camille Durand et Hugo Martin",
        "Written by Felix Moreau",
        "By Reuters",
        "By Example News Service",
        "JANE DOE | AP",
        "Jane Doe and John Roe, Reuters",
        "Jane Doe, Example News",
        "Jane Doe, Political Editor",
        "By Ravi Menon Updated Mar 3, 2021, 10:28am EST",
        "Jane Doe - Mar 3, 2021, 9:15 pm EST",
        "Jane Doe • Mar 3",
        "March 3, 2021 | by Ravi Menon",
        "Reuters March 3, 2021 11:03 PM",
        "Ana Silva, Ben Carter, Chloe Dunn",
    ],
)
def test_looks_like_byline(line: str) -> None:
    assert looks_like_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "By the end of the year, prices rose sharply across the region.",
        "By Tuesday, officials had left the building.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "By most accounts, the plan worked.",
        "by 2025 the company expects to double its output",
        "By subject",
        "Posted in Politics",
        "Posted in Politics | 3 Comments",
        "Markets Rally as Rates Fall",
        "Home | World | Business | Sport",
        "Related Content",
        "Jane Doe",
        "Sign up for our newsletter",
        "Example Watch for $199",
        "Touch Screen and Smart Key",
        "Blue Harbor, Springfield, Illinois",
        "Late Show with Jane Doe",
        "St. Example, FL 33701",
        "Read more: Example Widget Review",
        "Example Gadget Pro December 2021",
        "Germany (Group C): 13th appearance",
        "Quiet Harbor 18 22 13 17 — 70",
        "Updated: March 3, 2021 / 10:07 AM",
        "Jane Doe is a reporter for Example News who covers courts and crime.",
        "A" * 400,
    ],
)
def test_not_byline(line: str) -> None:
    assert not looks_like_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sara Benali",
        "Maya R. Lindqvist",
        "Dana A. Ford",
        "Jan van der Berg",
        "Siti binti Rahman",
        "Liam O'Connor",
        "Chloe McAllister",
        "Ana de la Cruz",
        "Mary Ellen Jo Parker",
        "Олег Петров",
        "OWEN T. MARSH",
        "W. Owen Marsh III",
    ],
)
def test_looks_like_name(line: str) -> None:
    assert looks_like_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Jane",
        "Related Content",
        "Most Read",
        "United States",
        "Share This",
        "Sign Up",
        "Privacy Policy",
        "Breaking News",
        "New York",
        "Fact Check",
        "Hedge Funds",
        "GIRLS BASKETBALL",
        "李小龙",
        "ضحى",
        "ExampleSoft Europe",
        "Example iPhone",
        "XYNet Europe",
        "Jane Doe, Reuters",
        "Jane Doe/Example",
        "[Jane Doe]",
        "Jane Doe 2021",
        "Contributing Writer",
        "Monday Morning",
        "One Two Three Four Five Six Seven",
    ],
)
def test_not_name(line: str) -> None:
    assert not looks_like_name(line)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _assert_authors_come_from(text: str) -> None:
    source = _folded(text)
    for author in parse_byline(text).authors:
        for word in author.split():
            assert _folded(word) in source, (author, text)


_BYLINE_WORDS = st.sampled_from(
    [
        "By", "by", "BY", "Von", "and", "&", "und", "y", "e", ",", "|", "-", "–", "for",
        ":", "Jane", "DOE", "O'Neil", "McRae", "de", "A.", "Jr.", "PhD", "Reuters", "AP",
        "News", "The", "Staff", "Writer", "Senior", "Updated", "Nov", "13,", "2019",
        "10:28am", "@handle", "x@y.com", '"Nick"', '"The', 'Boss"', "ExampleBusiness",
        "DOEAssociated", "Winter19", "with additional reporting by", "Editing by", "ß",
        "İ", "ﬁ", "Σ", "日本", "", " ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    looks_like_byline(text)
    looks_like_name(text)
    _assert_authors_come_from(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_BYLINE_WORDS, max_size=25).map(" ".join))
def test_authors_are_taken_from_the_input(text: str) -> None:
    looks_like_byline(text)
    looks_like_name(text)
    _assert_authors_come_from(text)


@pytest.mark.parametrize(
    "text",
    [
        "By " * 100_000,
        "a" * 5_000_000,
        "Jane Doe and " * 400_000,
        "|," * 2_000_000,
        '"' * 1_000_000,
        "aB" * 1_000_000,
        "1/" * 1_000_000,
        "By " + "Jane " * 1_000_000,
    ],
    ids=[
        "by-repeated",
        "one-long-word",
        "names",
        "separators",
        "quotes",
        "camel",
        "digits",
        "long",
    ],
)
def test_hostile_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    parse_byline(text)
    looks_like_byline(text)
    looks_like_name(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Marta Ruiz | Palma de Mallorca | 08/01/2014", ("Marta Ruiz",)),  # dateline place
        ("Jan Kowal | Frankfurt am Main | 3 May 2024", ("Jan Kowal",)),
        ("Ana Roe and Juan de la Cruz | 5 May 2024", ("Ana Roe", "Juan de la Cruz")),
        ("Jane Doe, John Roe | 5 May 2024", ("Jane Doe", "John Roe")),
    ],
)
def test_place_before_a_date_is_not_an_author(text: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Von unserem Redakteur Lena Hartmann", ("Lena Hartmann",)),
        ("Von unserer Korrespondentin Lena Hartmann", ("Lena Hartmann",)),
        ("Geschrieben von Jonas Weber am 12. März 2024", ("Jonas Weber",)),
        ("Verfasst von Jonas Weber", ("Jonas Weber",)),
        ("Ecrit par Camille Durand le 3 avril 2024", ("Camille Durand",)),
        ("Un article de Camille Durand", ("Camille Durand",)),
        ("Redactado por Lucía Fernández", ("Lucía Fernández",)),
        ("Ein Beitrag von Jonas Weber", ("Jonas Weber",)),
        ("Un reportage de Camille Durand", ("Camille Durand",)),
        ("Una columna de Lucía Fernández", ("Lucía Fernández",)),
    ],
)
def test_longer_prefixes_in_other_languages(text: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("Von AFP/dpa/sid", ("AFP", "dpa", "sid")),
        ("Por Agencias", ("Agencias",)),
    ],
)
def test_agencies_alone_are_not_authors(text: str, organizations: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert (byline.authors, byline.organizations) == ((), organizations)


@pytest.mark.parametrize(
    "text", ["Dans Voyages, France", "Unter Politik, Ausland", "En Viajes, Europa"]
)
def test_category_rows_name_no_author_and_outlet(text: str) -> None:
    # A category row under a blog title must not pass for "Jane Doe, Outlet".
    byline = parse_byline(text)
    assert not (byline.authors and byline.organizations)
    assert not looks_like_byline(text)


def test_glued_place_after_a_name_is_not_part_of_it() -> None:
    # HTML-to-text glue joins the author's element to the next one ("LópezMadrid").
    byline = parse_byline("María LópezMadrid")
    assert byline.authors == ("María López",)


def test_glued_word_after_a_name_is_no_outlet_without_evidence() -> None:
    assert parse_byline("María LópezMadrid").organizations == ()
    assert parse_byline("JANE DOE and JOHN ROEAssociated Press").organizations == (
        "Associated Press",
    )


@pytest.mark.parametrize(
    "token",
    ["Doe", "doe", "DoeBusiness", "DOEAssociated", "LópezMadrid", "DoeFriday", "a", "", "ÉdouardX",
     "McDoe", "jane-doe", "NEWS", "x'Y", "ǅemal", "Zoë"],
)  # fmt: skip
def test_unglue_shortcut_agrees_with_the_capital_scan(token: str) -> None:
    from newsparse.fields.byline import _split_at_capitals, _unglue

    assert _unglue(token) == _split_at_capitals(token)


BYLINE_WORDS = st.sampled_from(
    ["By", "Jane", "Doe", "and", "the", "company", "said", ",", "|", "Reuters", "Updated", "May",
     "3", "2024", "for", "Staff", "Writer", "hired", "in", "Las", "Vegas", "(left)", "JANE", "AP"]
)  # fmt: skip


@given(st.lists(BYLINE_WORDS, min_size=1, max_size=14).map(" ".join))
@example("Reuters May 3 2024")
@example("Reuters May 3 2024 Jane Doe")
@example("AP | Jane Doe")
@example("Jane Doe, Staff Writer, AP")
@example("Staff Writer | Jane Doe")
@example("By Staff Writer | Jane Doe")
def test_judging_analysis_stops_only_when_refused(text: str) -> None:
    from newsparse.fields.byline import _analyse, _refused, _verdict

    full, judged = _analyse(text), _analyse(text, judging=True)
    assert _verdict(full) is _verdict(judged)
    assert _refused(full) is _refused(judged)
    if _refused(full):
        assert not _verdict(full)
    else:
        fields = ("authors", "organizations", "roles", "first", "weak", "dated", "prefixed")
        assert all(getattr(full, name) == getattr(judged, name) for name in fields)


@pytest.mark.parametrize(
    "tokens",
    [["Doe19", "Nov", "2019"], ["News18"], ["Doe19", "x"], ["Abc\U00016d70", "Nov"], ["12", "May"],
     ["Doe١٩", "May"], ["", "Doe"], ["Ab1", "May"]],
)  # fmt: skip
def test_glued_digit_filter_agrees_with_the_pattern(tokens: list[str]) -> None:
    from newsparse.fields import byline

    plain = []
    for i, token in enumerate(tokens):
        match = byline._GLUED_DIGITS.fullmatch(token)
        after = byline._fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
        dated = after in byline.vocab.MONTHS or after in byline.vocab.TIME_WORDS
        if match and (dated or byline._has_digit(after)):
            plain.extend(match.groups())
        else:
            plain.append(token)
    assert byline._unglue_digits(tokens) == plain


@given(st.text(st.characters(categories=["L", "M"]), min_size=1, max_size=8))
@example("Doe")
@example("doé")
@example("Ǆx")
@example("Maríalópez")
@example("DoeBusiness")
@example("DOE")
def test_plain_word_shortcut_agrees_with_token_cleaning(word: str) -> None:
    from newsparse.fields.byline import _clean_token, _is_plain_word

    if _is_plain_word(word):
        assert _clean_token(word, after_name=True) == [word]
        assert _clean_token(word, after_name=False) == [word]


@given(st.text(st.sampled_from("JRPÉaé.-’ "), max_size=6))
@example("J.R.")
@example("JR")
@example("J")
def test_initials_stop_test_agrees_with_the_pattern(word: str) -> None:
    from newsparse.fields.byline import _INITIALS, _is_initials

    assert _is_initials(word) is (_INITIALS.fullmatch(word) is not None)
