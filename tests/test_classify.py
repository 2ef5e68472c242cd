"""Stage 2: line features and the zone/label rules, on small shapes written for the purpose."""

from __future__ import annotations

import pytest

from newsparse import parse_text
from newsparse.features import could_be_byline, could_be_date, is_boilerplate, line_features


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
     "We use cookies to improve your experience on our site, as described in our policy."],
)  # fmt: skip
def test_furniture(text: str) -> None:
    assert line_features(text).boilerplate


@pytest.mark.parametrize(
    "text",
    [
        "About 200 people gathered in the square.",
        "Share prices fell sharply on Monday after the report.",
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
