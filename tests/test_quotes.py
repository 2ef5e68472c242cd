"""Tests for direct-quote extraction and speaker attribution (`fields/quotes.py`)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.fields.quotes import extract_quotes
from newsparse.model import Block, Quote

HERE = Path(__file__).resolve().parent
SEEDS = (HERE / "fixtures" / "seed.txt", HERE.parent.parent / "shared" / "seed" / "article.txt")


def blocks(*paragraphs: str) -> tuple[Block, ...]:
    """One block per string, numbered as in a text with a blank line between paragraphs."""
    out: list[Block] = []
    line = 1
    for text in paragraphs:
        out.append(Block("paragraph", text, line))
        line += text.count("\n") + 2
    return tuple(out)


def quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return extract_quotes(blocks(*paragraphs))


def only(*paragraphs: str) -> Quote:
    found = quotes(*paragraphs)
    assert len(found) == 1, found
    return found[0]


# --- attribution shapes ---------------------------------------------------------


def test_quote_then_name_said():
    q = only('"We will rebuild the bridge by spring," Maria Lindqvist said on Monday.')
    assert q.text == "We will rebuild the bridge by spring,"
    assert (q.speaker, q.speaker_mention) == ("Maria Lindqvist", "Maria Lindqvist")


def test_quote_then_said_name():
    q = only('"The water is safe to drink again," said Tomasz Wrona, the city engineer.')
    assert q.speaker == "Tomasz Wrona"


def test_name_said_colon_quote():
    q = only('Governor Alan Pike said: "Nobody will be left behind."')
    assert q.speaker == "Alan Pike"
    assert q.speaker_mention == "Governor Alan Pike"
    assert not q.partial


def test_name_told_outlet():
    q = only('"Prices will keep rising," Ines Carvalho told Reuters.')
    assert q.speaker == "Ines Carvalho"


def test_according_to():
    q = only('"The talks are over," according to Peter Haldane, a union negotiator.')
    assert q.speaker == "Peter Haldane"


@pytest.mark.parametrize("verb", ["added", "wrote", "insisted", "explained", "noted", "asked"])
def test_other_speech_verbs(verb: str):
    q = only(f'"Is this the plan we agreed on?" Lena Ortiz {verb}.')
    assert q.speaker == "Lena Ortiz"


def test_apposition_between_name_and_verb():
    q = only('"We saw it coming," Ruth Adebayo, a councillor for the east ward, said.')
    assert q.speaker == "Ruth Adebayo"


@pytest.mark.parametrize(
    "paragraph",
    [
        "„Wir bleiben hier“, sagte Klaus Berger am Abend.",
        "« Nous resterons ici », a déclaré Claire Dubois.",
        '"Nos quedamos aquí", dijo Ana Morales.',
        '"Ficamos aqui", disse João Pereira.',
        '"Wij blijven hier," zei Pieter de Vries.',
        "„Zostajemy tutaj” – powiedział Jan Kowalski.",
    ],
)
def test_speech_verbs_in_other_languages(paragraph: str):
    q = only(paragraph)
    assert q.speaker is not None
    assert q.speaker.split()[-1] in paragraph


# --- carry-over -----------------------------------------------------------------


def test_pronoun_resolves_to_last_named_speaker():
    found = quotes(
        '"The harvest failed twice," said Omar Haddad, who farms near the river.',
        '"We cannot plant again without help," he added.',
    )
    assert [q.speaker for q in found] == ["Omar Haddad", "Omar Haddad"]
    assert found[1].speaker_mention == "he"


def test_pronoun_prefers_person_introduced_since():
    found = quotes(
        '"It was a long night," said Omar Haddad.',
        "Sofia Brandt, who runs the shelter, opened the doors at midnight.",
        '"We had forty beds and sixty people," she said.',
    )
    assert found[1].speaker == "Sofia Brandt"


def test_surname_and_description_resolve_to_full_name():
    found = quotes(
        'Senator Dana Whitfield criticised the bill. "It is a giveaway," Whitfield said.',
        '"We will vote against it," the senator added.',
    )
    assert [q.speaker for q in found] == ["Dana Whitfield", "Dana Whitfield"]
    assert [q.speaker_mention for q in found] == ["Whitfield", "the senator"]


def test_description_before_any_name_resolves_forward():
    q = only(
        "Maja Lind opened the summit on Monday. "
        '"We have a duty to act," said the head of the commission.'
    )
    assert (q.speaker, q.speaker_mention) == ("Maja Lind", "the head of the commission")


def test_bare_quote_carries_the_last_speaker():
    found = quotes(
        '"The roof is gone," said Henrik Olsen.',
        '"Everything else we can fix ourselves."',
    )
    assert found[1].speaker == "Henrik Olsen"


def test_no_speaker_anywhere_is_none():
    q = only('The sign on the door read "Closed until further notice, sorry for the trouble."')
    assert (q.speaker, q.speaker_mention) == (None, None)


def test_german_role_and_organisation_are_not_names():
    # German capitalises every noun: "Die Gewerkschaft" and "der Gewerkschaft" are not people.
    q = only(
        "Die Gewerkschaft hat für Mittwoch einen neuen Warnstreik im Fernverkehr angekündigt.",
        "„Wir haben lange genug verhandelt, jetzt ist die Geduld am Ende“, sagte der "
        "Vorsitzende der Gewerkschaft in Frankfurt.",
    )
    assert q.speaker_mention == "der Vorsitzende der Gewerkschaft"
    assert q.speaker == "der Vorsitzende der Gewerkschaft"


# --- multi-paragraph quotes -----------------------------------------------------


def test_multi_paragraph_quote_shares_the_speaker():
    found = quotes(
        'Judge Mira Patel read her ruling aloud. "The evidence was never disclosed to the defence.',
        '"That failure alone is enough to order a new trial," she said.',
    )
    assert len(found) == 2
    assert found[0].text == "The evidence was never disclosed to the defence."
    assert {q.speaker for q in found} == {"Mira Patel"}


def test_multi_paragraph_quote_attributed_in_first_part():
    found = quotes(
        '"We started with nothing," said Carla Mendes. "Not even a kitchen.',
        '"Now we feed four hundred people a day.',
        '"And we are not stopping."',
    )
    assert len(found) == 4
    assert {q.speaker for q in found} == {"Carla Mendes"}


# --- not quotes -----------------------------------------------------------------


def test_titles_of_works_and_outlets_are_not_quotes():
    assert (
        quotes('She told "The Daily Courier" about the plan and wrote for "Harbour Lights".') == ()
    )


def test_scare_quotes_and_nicknames_are_not_quotes():
    assert (
        quotes('The so-called "quiet zone" near the airport was renamed by the "Iron Lady".') == ()
    )


def test_title_with_speech_verb_in_sentence_is_still_a_title():
    found = quotes(
        'In an interview with "The Economist," the mayor, asked about trams, stated a view.'
    )
    assert found == ()


def test_partial_quote_in_paraphrase_is_a_quote():
    q = only('Anders Holm said the new rules would "make every small farm pay twice."')
    assert q.partial
    assert q.text == "make every small farm pay twice."
    assert q.speaker == "Anders Holm"


def test_short_partial_quote_with_speech_verb_is_kept():
    q = only('Nora Feld called the decision "reckless" in a statement on Friday.')
    assert (q.text, q.speaker, q.partial) == ("reckless", "Nora Feld", True)


# --- quote-mark styles ----------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ('"', '"'),
        ("“", "”"),
        ("«", "»"),
        ("„", "“"),
        ("‚", "‘"),
        ("「", "」"),
        ("‘", "’"),
        ("'", "'"),
    ],
)
def test_each_quote_mark_style(opening: str, closing: str):
    text = f"{opening}The river rose faster than anyone expected,{closing} said Erik Sand."
    q = only(text)
    assert q.text == "The river rose faster than anyone expected,"
    assert q.speaker == "Erik Sand"
    assert text[q.start : q.end] == q.text


def test_apostrophes_are_not_quote_marks():
    text = (
        "'We don't know where O'Brien went in the '90s,' said Liam Doyle, "
        "who hasn't seen the players' union since."
    )
    q = only(text)
    assert q.text == "We don't know where O'Brien went in the '90s,"
    assert q.speaker == "Liam Doyle"


def test_curly_apostrophes_inside_single_quotes():
    q = only("‘It’s the city’s job, not ours,’ said Grace Obi.")
    assert q.text == "It’s the city’s job, not ours,"


def test_nested_quote_stays_inside_the_outer_one():
    q = only("“They kept saying ‘wait another week’ for a year,” said Paul Meyer.")
    assert q.text == "They kept saying ‘wait another week’ for a year,"


def test_mixed_double_marks_still_pair():
    q = only('“Nobody asked us first," said Ida Berg.')
    assert q.text == "Nobody asked us first,"


# --- hostile input --------------------------------------------------------------


def test_unbalanced_marks_do_not_swallow_the_article():
    stray = 'A lone " mark here. ' + "Plain words follow for a long time. " * 200
    found = quotes(stray, '"This one is fine," said Ola Nordmann.')
    assert [q.text for q in found] == ["This one is fine,"]


def test_unclosed_quote_runs_only_to_its_paragraph_end():
    found = quotes('Rita Holm said: "We will not leave', "The council met again on Friday.")
    assert [q.text for q in found] == ["We will not leave"]


def test_many_quote_marks_stay_fast():
    text = '"a" ' * 100_000 + "x" * 4_000_000
    started = time.perf_counter()
    extract_quotes(blocks(text, '"' * 100_000, "«" * 50_000 + "»" * 50_000))
    assert time.perf_counter() - started < 20


def test_empty_input():
    assert extract_quotes(()) == ()
    assert quotes("", '""', "“”", "''") == ()


MARKS = st.sampled_from(list("\"“”„«»‚‘’'「」 \n.,:;!?-—()"))
TEXT = st.lists(
    st.one_of(MARKS, st.sampled_from(["he said", "said Ann Lee", "Bo", "the chief", "x"])),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TEXT, st.text(max_size=80)), max_size=6))
def test_never_raises_and_offsets_match(paragraphs: list[str]):
    given_blocks = blocks(*paragraphs)
    by_line = {block.line: block for block in given_blocks}
    for q in extract_quotes(given_blocks):
        block = by_line[q.line - block_offset(by_line, q.line)]
        assert block.text[q.start : q.end] == q.text
        assert q.text.strip()


def block_offset(by_line: dict[int, Block], line: int) -> int:
    """How many lines into its block a quote's line is (blocks may hold newlines)."""
    offset = 0
    while line - offset not in by_line:
        offset += 1
    return offset


# --- the seed article -----------------------------------------------------------


def seed_body() -> tuple[Block, ...]:
    path = next((p for p in SEEDS if p.exists()), None)
    if path is None:
        pytest.skip("no seed article")
    lines = path.read_text(encoding="utf-8").split("\n")
    return tuple(
        Block("paragraph", text, n)
        for n, text in enumerate(lines, 1)
        if 12 <= n <= 24 and text.strip()
    )


def test_seed_article_quotes_and_speaker():
    found = extract_quotes(seed_body())
    assert [q.line for q in found] == [12, 16, 18, 20, 20]
    assert {q.speaker for q in found} == {"Jens Stoltenberg"}
    assert found[0].speaker_mention == "the head of the Alliance"
    assert found[1].speaker_mention == "Jens Stoltenberg"
    assert found[2].speaker_mention == "he"
    assert [q.partial for q in found] == [False, False, False, True, True]
    assert found[3].text.startswith("prevent this war")
    assert all("Economist" not in q.text for q in found)


def test_name_in_apposition_after_a_description() -> None:
    blocks = (
        Block(
            "paragraph",
            '"We will open the line in May," said the company\'s chief executive, Jane Roe.',
            1,
        ),
    )
    quote = extract_quotes(blocks)[0]
    assert quote.speaker == "Jane Roe"
    assert quote.speaker_mention == "the company's chief executive, Jane Roe"


@pytest.mark.parametrize(
    "paragraph",
    [
        "« Si rien ne change d'ici à mai, nous fermerons », prévient Jean-Paul Roux, éleveur.",
        "„Wir messen zuerst, wie warm das Wasser sein muss“, mahnte Thomas Keller aus Freiburg.",
        '"Es una ley que mira al futuro y a las empresas", subrayó Lucía Fernández en Madrid.',
    ],
)
def test_speech_verbs_of_french_german_and_spanish_papers(paragraph: str) -> None:
    (quote,) = quotes(paragraph)
    assert quote.speaker is not None
    assert quote.speaker.split()[-1] in {"Roux", "Keller", "Fernández"}


def test_a_run_found_in_a_frame_is_its_own_name_match() -> None:
    from newsparse.fields.quotes import NAME, _name_in, _name_of_run

    frame = (
        "District Attorney Brian Wright, the mayor, said. Canucks. Jacob Markstrom and Jan van "
        "der Berg met Dr. J. R. Smith-Jones’ team at O'Neil Park (AP) in Vancouver's U.S. office"
    )
    runs = [match.group(0) for match in NAME.finditer(frame)]
    assert len(runs) > 5
    for run in runs:
        assert [match.group(0) for match in NAME.finditer(run)] == [run]
        assert _name_in(run) == _name_of_run(run)
