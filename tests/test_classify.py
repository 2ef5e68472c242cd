"""Stage 2: line features and the zone/label rules, on small shapes written for the purpose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_text
from newsparse.features import could_be_byline, could_be_date, is_boilerplate, line_features
from newsparse.fields.credit import is_credit_line


@pytest.mark.parametrize(
    ("text", "crumb"),
    [
        ("Home > World > Europe", True),
        ("Home News Science & Astronomy", True),
        ("Главная » Интересное", True),
        ("Página inicial > Notícias", True),
        ("Home Depot sales miss, shares plunge", False),  # a company, not the home page
        ("Homemade pear jam for the holidays", False),
    ],
)
def test_breadcrumbs(text: str, crumb: bool) -> None:
    assert line_features(text).breadcrumb is crumb


@pytest.mark.parametrize(
    "text",
    ["Share this article", "Whatsapp Facebook Pint", "5 min read", "Image 1 of 13", "197 Shares",
     "Continue Reading Below", "Story continues below advertisement", "La suite après la publicité",
     "Media captionThe mayor arrives at the town hall",
     "This article is for subscribers only. Subscribe to continue reading.",
     "Dieser Artikel ist nur für Abonnenten verfügbar.", "［会員限定］ この記事の続きをお読みください。",
     "Please enable JavaScript to view the comments.", "Advert",
     "Media playback is unsupported on your device",
     "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
     'Advert [button link="https://example.org/review" type="big"]Send us your review[/button]',
     '[caption id="attachment_12" align="alignnone"]The pier at dawn[/caption]',
     "We use cookies to improve your experience on our site, as described in our policy."],
)  # fmt: skip
def test_furniture(text: str) -> None:
    assert line_features(text).boilerplate


@pytest.mark.parametrize(
    "text",
    [
        "About 200 people gathered in the square.",
        "Share prices fell sharply on Monday after the report.",
        "The channel said the new series would be available to subscribers only from June.",
        "Watch the clip [video] below, the mayor told the crowd outside the town hall.",
    ],
)
def test_prose_is_not_furniture(text: str) -> None:
    feature = line_features(text)
    assert not feature.boilerplate
    assert not feature.trailer


def test_cheap_prechecks_let_real_shapes_through() -> None:
    assert could_be_date("yesterday at 3 PM")
    assert could_be_date("25 May 2024")
    assert not could_be_date("Short line")
    assert could_be_byline("By Jane Doe")
    assert could_be_byline("JANE DOE | AP")
    assert not could_be_byline("Related content")
    assert is_boilerplate("Newsletter", 1)


def test_headline_between_related_list_and_byline() -> None:
    text = "\n".join(
        [
            "Home", "News", "More from World",
            "Ocean heat record broken for a second year",
            "Divers map coral bleaching along the reef",
            "Science",
            "Deep-sea survey finds forests of glass sponges",
            "By Jane Doe",
            "25 May 2024 16:42",
            "A research vessel mapping the seabed found dense forests of glass sponges at depths "
            "of more than 800 metres, scientists said on Friday, after a three-week survey.",
            "The sponges build skeletons out of silica and were filmed by a remotely operated "
            "vehicle, which spent more than forty hours on the sea floor during the survey.",
        ]
    )  # fmt: skip
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges"
    assert article.section is not None
    assert article.section.text == "Science"


_BODY = (
    "A research vessel mapping the seabed found dense forests of glass sponges at depths "
    "of more than 800 metres, scientists said on Friday, after a three-week survey.",
    "The sponges build skeletons out of silica and were filmed by a remotely operated "
    "vehicle, which spent more than forty hours on the sea floor during the survey.",
)


def test_headline_under_a_dateline_beats_the_topic_tag_above_it() -> None:
    # Topic tag, dateline, then the title and its byline: the tag is not the title.
    text = "\n".join(
        ["Share", "Email", "Life Under the Sea", "Published 3 hours ago",
         "Deep-sea survey finds forests of glass sponges off the coast",
         "By Jane Doe | Science Desk", *_BODY]
    )  # fmt: skip
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges off the coast"


def test_call_to_action_is_furniture_not_a_list_neighbour() -> None:
    # "Learn More" over the title used to make the title look like one item of a list.
    text = "\n".join(
        ["Welcome to our new site", "Learn More",
         "Deep-sea survey finds forests of glass sponges off the coast",
         "Jane Doe Ocean Weekly", "Published 2:16 AM EST Nov 20, 2019",
         "Glass sponges on the sea floor", "Ocean Survey Institute/Getty Images", *_BODY]
    )  # fmt: skip
    article = parse_text(text)
    assert line_features("Learn More").boilerplate
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges off the coast"


def test_teaser_titles_with_glued_bylines_lose_to_the_article_title() -> None:
    # Related stories print "title / NameWeekday time"; the article prints name and time apart.
    text = "\n".join(
        ["2", "4.9K", "Glowing squid seen off Hawaii for the first time",
         "Jane DoeFriday 11:40AM", "7", "12.1K",
         "Coral reefs recover faster than expected after heat wave",
         "Jane DoeThursday 5:11PM", "SCIENCE",
         "Deep-sea survey finds forests of glass sponges off the coast",
         "Jane Doe", "Monday 6:30PM", *_BODY]
    )  # fmt: skip
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges off the coast"
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Jane Roe 27/09/2018 Comment! Music, Games, Toys", True),  # a meta row: name, date, tags
        ("27/09/2018 Jane Roe Music, Games", True),
        ("Concert season opens on 27/09/2018 with a new programme", False),
    ],
)
def test_meta_rows_with_a_name_before_the_date_are_datelines(text: str, dated: bool) -> None:
    assert line_features(text).dated is dated


def test_title_above_author_and_standfirst_beats_the_standfirst() -> None:
    # "Title / Name + glued link / Standfirst / Photographer, date": the title is the top line.
    text = "\n".join(
        ["Ocean News", "Deep-sea survey finds forests of glass sponges off the coast",
         "Jane DoeView More Articles", "The sponges were filmed at more than eight hundred metres",
         "Jo Roe November 20, 2019 12:32", *_BODY]
    )  # fmt: skip
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges off the coast"
    assert article.byline is not None
    assert "Jane Doe" in article.byline.authors


def test_dated_teaser_list_between_header_and_body_is_not_the_header() -> None:
    # A long picker menu and a "More stories like this" list of dated teasers sit between
    # the article's header and its body.
    teasers = []
    for number, title in enumerate(
        ["Tide gauges show faster sea level rise in the south",
         "Whale song changes as shipping noise grows louder",
         "Kelp forests return to a bay after urchin cull"]
    ):  # fmt: skip
        teasers += ["SCIENCE", title, f"March {number + 3}, 2018"]
    text = "\n".join(
        ["Ocean News", "Deep-sea survey finds forests of glass sponges off the coast",
         "Jane Doe", "Survey ship films a hidden reef", "Jo Roe November 20, 2019 12:32",
         "PICK A REGION", *(f"Region {n}" for n in range(70)),
         "MORE STORIES LIKE THIS ONE", *teasers, *_BODY]
    )  # fmt: skip
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges off the coast"
    assert article.published is not None
    assert article.published.iso == "2019-11-20T12:32:00"


def test_story_cards_with_glued_summaries_are_not_the_body() -> None:
    # Menus of "Title In Title CaseSummary sentence…" cards above a short article.
    cards = [
        "Harbour Seals Return To The Old Canal After Forty YearsWildlife officers counted "
        "more than twenty seals on the banks of the canal this week, the most in decades.",
        "City Council Votes To Plant Ten Thousand Street TreesThe council approved the plan "
        "on Tuesday after a long debate about the cost of watering the trees in summer.",
        "Local Bakery Wins National Prize For Its Rye LoafThe family bakery has been making "
        "the same loaf since 1962 and says the recipe has never been written down.",
    ]
    text = "\n".join(
        ["Latest Headlines", *cards, "Weather", *cards[::-1], "More",
         "Deep-sea survey finds forests of glass sponges off the coast",
         "November 19, 2019 at 9:45 am", *_BODY]
    )  # fmt: skip
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Deep-sea survey finds forests of glass sponges off the coast"
    assert article.body.startswith("A research vessel")


@pytest.mark.parametrize(
    "dateline",
    ["Posted on March 12, 2024 by Jane Roe", "Veröffentlicht am 12. März 2024 von Jane Roe",
     "Publié le 12 mars 2024 par Jane Roe", "Publicado el 12 de marzo de 2024 por Jane Roe"],
)  # fmt: skip
def test_blog_dateline_with_the_author_after_it(dateline: str) -> None:
    article = parse_text(
        "\n".join(["Deep-sea survey finds forests of glass sponges", dateline, *_BODY])
    )
    assert article.byline is not None
    assert article.byline.authors == ("Jane Roe",)
    assert article.published is not None
    assert article.published.iso == "2024-03-12"


_LONG_PARAGRAPHS = [
    "The city council voted on Tuesday to close the old swimming baths at the end of the "
    "summer, after engineers found that the roof over the main pool could no longer be repaired.",
    "",
    "Swimmers who have used the baths for decades packed the public gallery, and several of them "
    "asked the councillors to look again at a plan to replace the roof with a lighter frame.",
    "",
    "The council's finance officer said the cheapest repair would cost more than the baths earn "
    "in ten years, and that a new leisure centre on the ring road would open in the spring.",
    "",
    "Local clubs said the new centre was too far from the schools that send their pupils to the "
    "baths for lessons, and asked for a bus to run from the town centre on weekday mornings.",
]
_HEADER = ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", ""]


def _with_box(*box: str) -> str:
    """The test article with `box` set between its second and third paragraphs."""
    return "\n".join([*_HEADER, *_LONG_PARAGRAPHS[:4], "", *box, "", *_LONG_PARAGRAPHS[4:]])


def test_box_heading_over_paragraphs_does_not_end_the_body() -> None:
    text = "\n".join(
        [
            *_HEADER,
            *_LONG_PARAGRAPHS, "", "Trending", "",
            "The last public session will be held on the final Sunday in August, the council said.",
            "",
            "A farewell gala organised by the swimming club is planned for the same weekend.",
        ]
    )  # fmt: skip
    body = parse_text(text).body
    assert "farewell gala" in body
    assert "Trending" not in body


def test_list_heading_over_titles_still_ends_the_body() -> None:
    text = "\n".join(
        [
            *_HEADER,
            *_LONG_PARAGRAPHS, "", "Most read",
            "Council tax to rise by four per cent next year, says leader",
            "Ring road roadworks to last until the end of October, drivers told",
        ]
    )  # fmt: skip
    body = parse_text(text).body
    assert body.endswith("weekday mornings.")


def test_links_under_a_box_heading_inside_the_body_are_dropped() -> None:
    text = _with_box(
        "Related articles",
        "Council tax to rise by four per cent next year",
        "Ring road roadworks to last until October",
    )
    article = parse_text(text)
    assert "Related articles" not in article.body
    assert "Council tax" not in article.body
    assert article.body.endswith("weekday mornings.")
    reasons = {item.text: item.reason for item in article.dropped}
    assert reasons["Ring road roadworks to last until October"] == "boilerplate"


_EMBED = ["Image copyright", "Getty Images", "", "Report", ""]


def test_body_joined_across_an_embedded_post() -> None:
    text = _with_box(*_EMBED, "@citybaths", "", *_EMBED[:-1])  # _EMBED ends in a blank line
    body = parse_text(text).body
    assert body.startswith("The city council voted")
    assert body.endswith("weekday mornings.")
    assert "Report" not in body


def test_lone_standfirst_above_an_embed_stays_out_of_the_body() -> None:
    text = "\n".join(
        [
            "By Jane Doe", "25 May 2024 16:42", "Old swimming baths to close after roof survey",
            "Engineers say the roof over the main pool can no longer be repaired, and the council "
            "has chosen a new leisure centre on the ring road instead.",
            "", *_EMBED, *_LONG_PARAGRAPHS,
        ]
    )  # fmt: skip
    article = parse_text(text)
    assert article.standfirst is not None
    assert article.body.startswith("The city council voted")


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Divers surveyed the reef at dawnCredit: Getty Images", True),  # glued in a scrape
        ("A model of the lander beside its older rival. Credit: ESA", True),
        ("Voters queued for hours in the rain. Photo: Jane Roe/Reuters", True),
        ("Un champ de maïs asséché près d'Agen, le 10 mars 2024. JEAN ROE / AFP", True),
        ("La ministra, durante la rueda de prensa. Juana Roe / EFE", True),
        ("Prices rose 5 / 10 times faster than wages, the report said. Reuters", False),
        ("The mayor said the photo: was taken years ago by a friend of hers.", False),
        (
            "Credit: the bank raised its rates again on Thursday, for the third time this year.",
            False,
        ),
    ],
)
def test_caption_ending_in_a_labelled_credit(text: str, credit: bool) -> None:
    assert is_credit_line(text) is credit


def test_bare_counter_in_the_body_is_not_a_paragraph() -> None:
    text = _with_box("6")
    article = parse_text(text)
    assert "\n\n6\n\n" not in article.body
    assert any(item.text == "6" for item in article.dropped)


_LONG_CAPTION = (
    "Swimmers from the town's oldest club, some of whom first trained there in the 1960s, line "
    "up along the edge of the main pool for a photograph on the last weekday morning of term"
)


def _dropped_as(text: str) -> dict[str, str]:
    return {item.text: item.reason for item in parse_text(text).dropped}


def test_long_caption_right_above_its_credit_is_a_caption() -> None:
    text = _with_box(_LONG_CAPTION + ".", "Jane Roe | Getty Images")
    assert _dropped_as(text)[_LONG_CAPTION + "."] == "caption"


def test_stacked_captions_above_their_credits_are_captions() -> None:
    second = "The roof of the main pool, seen from the gallery, where engineers found the cracks"
    text = _with_box(_LONG_CAPTION, second, "Photo: Jane Roe", "Photo: Max Roe")
    dropped = _dropped_as(text)
    assert dropped[_LONG_CAPTION] == "caption"
    assert dropped[second] == "caption"


def test_paragraph_above_a_captioned_credit_stays_a_paragraph() -> None:
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42",
         *_LONG_PARAGRAPHS[0:3:2], "The head of the club (Photo: Jane Roe)",
         *_LONG_PARAGRAPHS[4::2]]
    )  # fmt: skip  # no blank lines: paragraphs touch as in HTML-to-text output
    assert "Swimmers who have used the baths" in parse_text(text).body


def test_embedded_post_and_its_signature_stay_in_the_body() -> None:
    text = "\n".join(
        [*_HEADER, *_LONG_PARAGRAPHS, "", "The club posted its reply on Tuesday evening:", "",
         "We have swum here for sixty years and we will not give up the baths without a fight. "
         "Come to the council meeting on Thursday and make your voice heard.",
         "— City Swimming Club (@cityswimclub) May 21, 2024"]
    )  # fmt: skip
    article = parse_text(text)
    assert article.body.endswith("— City Swimming Club (@cityswimclub) May 21, 2024")
    assert article.published is not None
    assert (article.published.iso or "").startswith("2024-05-25")


def test_paragraph_a_blank_line_above_a_credit_is_not_a_caption() -> None:
    text = _with_box("The council has not replied to the club.", "", "Image copyright Getty Images")
    assert "The council has not replied to the club." in parse_text(text).body


@pytest.mark.parametrize(
    "text", ["Popular on Example Weekly", "Next Up In Science & Health", "Most read in world news"]
)
def test_list_headings_that_name_a_site_or_desk(text: str) -> None:
    assert line_features(text).trailer


@pytest.mark.parametrize(
    "text", ["Related post: How to pickle sprouts", "Related coverage from the money desk:"]
)
def test_related_link_lines(text: str) -> None:
    assert line_features(text).boilerplate


def test_long_line_in_capitals_in_the_body_is_a_promoted_link() -> None:
    promo = "SWIMMING CLUB CAPTAIN SAYS MEMBERS WILL FIGHT TO SAVE THE OLD BATHS"
    subheading = "WHAT HAPPENS NEXT"
    text = _with_box(promo, "", subheading)
    article = parse_text(text)
    assert promo not in article.body
    assert subheading in article.body


def test_bare_link_in_the_body_is_not_a_paragraph() -> None:
    link = "https://images.example.org/2024/05/baths-roof-survey-1200x630.jpg"
    text = _with_box(link)
    article = parse_text(text)
    assert link not in article.body
    assert link in {item.text for item in article.dropped}


def test_card_promoting_another_story_is_dropped_from_the_body() -> None:
    title = "Council tax to rise by four per cent next year, says leader"
    teaser = (
        "The leader of the council said the rise was needed to keep libraries and day centres "
        "open, and that a freeze would mean cuts to bus routes."
    )
    text = _with_box("Politics", title, "Politics", title, teaser)
    article = parse_text(text)
    assert title not in article.body
    assert teaser not in article.body
    assert article.body.endswith("weekday mornings.")


def test_container_opening_with_title_over_a_long_standfirst() -> None:
    """ "Title / Standfirst / body" with no byline or date: the first line is the title,
    even when it is as long as the standfirst that sits closer to the body."""
    text = (
        "Bomberos controlan un incendio forestal en la sierra de Gredos tras dos días de trabajo\n\n"
        "Más de 300 efectivos participaron en la extinción, que obligó a desalojar dos casas\n\n"
        "Ávila, 14 feb (EFE).- Los servicios de extinción de la Junta han dado por controlado "
        "este miércoles el incendio forestal declarado el lunes en la sierra de Gredos.\n\n"
        "Según informó la Junta en un comunicado, el fuego se originó en una zona de difícil "
        "acceso y el viento dificultó durante horas las labores de los medios aéreos.\n"
    )
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text.startswith("Bomberos")
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Más de 300")


def test_name_glued_before_a_date_is_the_byline() -> None:
    text = (
        "El Gobierno aprueba la nueva ley de formación profesional con el apoyo de las regiones\n"
        "La norma prevé duplicar las plazas de FP dual en los próximos cinco años\n"
        "María LópezMadrid14 feb 2024 - 19:25 CET\n"
        "El Consejo de Ministros ha aprobado este martes la nueva ley de formación profesional, "
        "que según el Ejecutivo permitirá duplicar las plazas de FP dual en cinco años.\n"
        "La ministra de Educación explicó en rueda de prensa que la norma cuenta con el respaldo "
        "de la mayoría de las comunidades autónomas y de las organizaciones empresariales.\n"
    )
    article = parse_text(text)
    assert article.byline is not None
    assert article.byline.authors == ("María López",)
    assert article.published is not None
    assert article.published.iso == "2024-02-14T19:25:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Este sitio web utiliza cookies propias y de terceros para mejorar nuestros servicios.",
        "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
        "Mit der Nutzung dieser Website erklären Sie sich damit einverstanden, dass wir Cookies "
        "verwenden.",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
        "Alle akzeptieren",
        "Tout refuser",
        "Continuer sans accepter",
        "Rechazar todas",
        "This post may contain affiliate links. Please read my disclosure policy.",
        "Il vous reste 62.45% de cet article à lire. La suite est réservée aux abonnés.",
    ],
)
def test_consent_banners_and_disclosures_in_other_languages(text: str) -> None:
    assert line_features(text).boilerplate


def test_case_sensitive_paywall_search_agrees_with_ignorecase() -> None:
    import re

    from newsparse.features import _mentions_paywall
    from newsparse.vocab.boilerplate import PAYWALL_PHRASES

    slow = re.compile("|".join(PAYWALL_PHRASES), re.IGNORECASE)
    texts = [
        "This ARTICLE is for Subscribers only",
        "This artıcle is for subscrıbers",  # dotless i: IGNORECASE takes it for "i"
        "Réservé aux abonnés",
        "Il vous reste 64,5 % de cet article",
        "ſtory is reserved for ſubscribers",
        "この記事は会員限定です",
        "To keep reading, please log in",
        "ᏚᎢᏍᏓ",  # Cherokee: casefold gives capitals
        "Para continuar lendo, assine",
        "Reading list: subscribers' picks",
    ]
    for text in texts:
        folded = text.casefold()
        assert _mentions_paywall(folded) is (slow.search(folded) is not None), text


def test_sentence_end_from_the_end_agrees_with_the_pattern() -> None:
    import itertools

    import regex

    from newsparse.features import _ends_sentence

    pattern = regex.compile(r"[.!?。！？…:;]['\"”’»)\]]*$")
    chars = [".", "!", '"', "”", ")", "]", "a", "\n", ":", "…", " ", "。"]
    for size in range(5):
        for letters in itertools.product(chars, repeat=size):
            text = "".join(letters)
            assert _ends_sentence(text) is (pattern.search(text) is not None), repr(text)


def _required_at_top(pattern: str, literal: str) -> bool:
    """Whether `literal` is spelled out in `pattern` outside any group, class or quantifier."""
    depth, k = 0, 0
    while k < len(pattern):
        if pattern.startswith(literal, k) and depth == 0:
            after = pattern[k + len(literal) : k + len(literal) + 1]
            if after not in ("?", "*", "{"):
                return True
        char = pattern[k]
        if char == "\\":
            k += 2
            continue
        depth += (char in "([") - (char in ")]")
        k += 1
    return False


def test_the_top_level_literal_check() -> None:
    assert _required_at_top("to (?:go|stay) reading(?: it)?", "reading")
    assert not _required_at_top("(?:subscribe) now", "subscribe")
    assert not _required_at_top("subscribe? now", "subscribe")
    assert not _required_at_top("[subscribe]", "subscribe")
    assert _top_level_branches(r"a(?:b|c)|d\|e|f") == ["a(?:b|c)", r"d\|e", "f"]


def test_every_ascii_paywall_phrase_holds_a_hint() -> None:
    from newsparse.features import PAYWALL_HINTS
    from newsparse.vocab.boilerplate import PAYWALL_PHRASES

    assert all(hint.isalpha() or " " in hint for hint in PAYWALL_HINTS)  # no regex syntax
    for phrase in PAYWALL_PHRASES:
        for branch in _top_level_branches(phrase):
            literals = [*PAYWALL_HINTS, *(char for char in branch if not char.isascii())]
            assert any(_required_at_top(branch, literal) for literal in literals), branch


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern, split at the bars outside groups and classes."""
    branches, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            k += 2
            continue
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            branches.append(pattern[start:k])
            start = k + 1
        k += 1
    return [*branches, pattern[start:]]


def test_script_word_index_agrees_with_testing_every_word() -> None:
    from newsparse.features import _DATE_WORDS, DATE_SCRIPT_WORDS, _has_script_word

    script_words = [word for word in _DATE_WORDS if not word.isascii()]
    indexed = [word for group in DATE_SCRIPT_WORDS.values() for word in group]
    assert sorted(indexed) == sorted(script_words)
    texts = [f"posted {word} here" for word in script_words]
    texts += [word[1:] for word in script_words] + [word[:-1] for word in script_words]
    texts += ["żółć", "日本語のテキスト", "müller", ""]
    for text in texts:
        assert _has_script_word(text) is any(word in text for word in script_words), text


LINES = st.sampled_from(["NATO chief", "chief", "News NATO chief", "Jane Doe", "", "Doe"])


@given(st.lists(LINES, max_size=7))
def test_distinct_lines_stop_at_the_limit_as_a_cut_would(texts: list[str]) -> None:
    from newsparse.headline import _distinct

    feats = tuple(line_features(text) for text in texts)
    candidate = line_features("The NATO chief")
    everything = _distinct(candidate, feats, len(feats))
    for limit in range(5):
        assert _distinct(candidate, feats, limit) == everything[:limit]


def test_every_shortcode_opens_with_a_bracket() -> None:
    from newsparse.vocab.boilerplate import SHORTCODE

    assert all(branch.startswith(r"\[") for branch in _top_level_branches(SHORTCODE))
