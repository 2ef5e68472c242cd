"""Stage 2: line features and the zone/label rules, on small shapes written for the purpose."""

from __future__ import annotations

import pytest

from newsparse import parse_text
from newsparse.features import could_be_byline, could_be_date, is_boilerplate, line_features
from newsparse.fields.credit import is_credit_line


@pytest.mark.parametrize(
    ("text", "crumb"),
    [
        ("Home > World > Europe", True),
        ("Home News Science & Astronomy", True),
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


def test_box_heading_over_paragraphs_does_not_end_the_body() -> None:
    text = "\n".join(
        [
            "Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
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
            "Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
            *_LONG_PARAGRAPHS, "", "Most read",
            "Council tax to rise by four per cent next year, says leader",
            "Ring road roadworks to last until the end of October, drivers told",
        ]
    )  # fmt: skip
    body = parse_text(text).body
    assert body.endswith("weekday mornings.")


def test_links_under_a_box_heading_inside_the_body_are_dropped() -> None:
    text = "\n".join(
        [
            "Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
            *_LONG_PARAGRAPHS[:4], "", "Related articles",
            "Council tax to rise by four per cent next year",
            "Ring road roadworks to last until October",
            "", *_LONG_PARAGRAPHS[4:],
        ]
    )  # fmt: skip
    article = parse_text(text)
    assert "Related articles" not in article.body
    assert "Council tax" not in article.body
    assert article.body.endswith("weekday mornings.")
    reasons = {item.text: item.reason for item in article.dropped}
    assert reasons["Ring road roadworks to last until October"] == "boilerplate"


_EMBED = ["Image copyright", "Getty Images", "", "Report", ""]


def test_body_joined_across_an_embedded_post() -> None:
    text = "\n".join(
        [
            "Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
            *_LONG_PARAGRAPHS[:4], "", *_EMBED, "@citybaths", "", *_EMBED,
            *_LONG_PARAGRAPHS[4:],
        ]
    )  # fmt: skip
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
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", "6", "", *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
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
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", _LONG_CAPTION + ".", "Jane Roe | Getty Images", "",
         *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
    assert _dropped_as(text)[_LONG_CAPTION + "."] == "caption"


def test_stacked_captions_above_their_credits_are_captions() -> None:
    second = "The roof of the main pool, seen from the gallery, where engineers found the cracks"
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", _LONG_CAPTION, second, "Photo: Jane Roe", "Photo: Max Roe", "",
         *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
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
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS, "", "The club posted its reply on Tuesday evening:", "",
         "We have swum here for sixty years and we will not give up the baths without a fight. "
         "Come to the council meeting on Thursday and make your voice heard.",
         "— City Swimming Club (@cityswimclub) May 21, 2024"]
    )  # fmt: skip
    article = parse_text(text)
    assert article.body.endswith("— City Swimming Club (@cityswimclub) May 21, 2024")
    assert article.published is not None
    assert (article.published.iso or "").startswith("2024-05-25")


def test_paragraph_a_blank_line_above_a_credit_is_not_a_caption() -> None:
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", "The council has not replied to the club.", "",
         "Image copyright Getty Images", "", *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
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
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", promo, "", subheading, "", *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
    article = parse_text(text)
    assert promo not in article.body
    assert subheading in article.body


def test_bare_link_in_the_body_is_not_a_paragraph() -> None:
    link = "https://images.example.org/2024/05/baths-roof-survey-1200x630.jpg"
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", link, "", *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
    article = parse_text(text)
    assert link not in article.body
    assert link in {item.text for item in article.dropped}


def test_card_promoting_another_story_is_dropped_from_the_body() -> None:
    title = "Council tax to rise by four per cent next year, says leader"
    teaser = (
        "The leader of the council said the rise was needed to keep libraries and day centres "
        "open, and that a freeze would mean cuts to bus routes."
    )
    text = "\n".join(
        ["Old swimming baths to close after roof survey", "By Jane Doe", "25 May 2024 16:42", "",
         *_LONG_PARAGRAPHS[:4], "", "Politics", title, "Politics", title, teaser, "",
         *_LONG_PARAGRAPHS[4:]]
    )  # fmt: skip
    article = parse_text(text)
    assert title not in article.body
    assert teaser not in article.body
    assert article.body.endswith("weekday mornings.")
