"""Tests for the timestamp parser: own strings in the shapes news sites print."""

from __future__ import annotations

import time as clock
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import parse_text
from newsparse.fields.timestamp import (
    is_timestamp_line,
    parse_timestamp,
    search_timestamps,
    timestamp_line_facts,
)

NOW = datetime(2024, 5, 25, 15, 30)  # a Saturday afternoon


def iso(text: str, now: datetime | None = None, tz: str | None = None) -> str | None:
    stamp = parse_timestamp(text, now=now, tz=tz)
    return stamp.iso if stamp is not None else None


ENGLISH = [
    ("May 25, 2024", "2024-05-25"),
    ("25 May 2024", "2024-05-25"),
    ("Saturday, May 25th, 2024", "2024-05-25"),
    ("Sat 25 May 2024 16:42", "2024-05-25T16:42:00"),
    ("May 25, 2024 at 4:42 p.m.", "2024-05-25T16:42:00"),
    ("May 25, 2024 4:42PM", "2024-05-25T16:42:00"),
    ("4:42 pm, May 25, 2024", "2024-05-25T16:42:00"),
    ("12:15 a.m. May 26, 2024", "2024-05-26T00:15:00"),
    ("12:15 PM May 26, 2024", "2024-05-26T12:15:00"),
    ("Jun. 3rd 2023 9:05 am", "2023-06-03T09:05:00"),
    ("03-Jun-2023", "2023-06-03"),
    ("Jun-03-2023", "2023-06-03"),
    ("2023-06-03", "2023-06-03"),
    ("2023/06/03 07:08:09", "2023-06-03T07:08:09"),
    ("2023-06-03T07:08:09.123Z", "2023-06-03T07:08:09+00:00"),
    ("2023-06-03T07:08:09+05:30", "2023-06-03T07:08:09+05:30"),
    ("2023-06-03 07:08:09 -0300", "2023-06-03T07:08:09-03:00"),
    ("Mon, 05 Jun 2023 07:08:09 +0000", "2023-06-05T07:08:09+00:00"),
    ("30/12/2022", "2022-12-30"),
    ("12/30/2022", "2022-12-30"),
    ("30.12.22", "2022-12-30"),
    ("7/4/99", "1999-04-07"),
    ("Sept. 30, 2021, 11:59 p.m.", "2021-09-30T23:59:00"),
    ("Oct 1 2021 0:05", "2021-10-01T00:05:00"),
    ("1st of October 2021", "2021-10-01"),
    ("Posted on October 2, 2021", "2021-10-02"),
    ("Last modified: Oct 2, 2021 08:00", "2021-10-02T08:00:00"),
    ("PUBLISHED: 09:15, Fri, Oct 1, 2021", "2021-10-01T09:15:00"),
    ("By Staff Writer | October 3, 2021 | 5 min read", "2021-10-03"),
    ("OCT 4, 20218:15 AM", "2021-10-04T08:15:00"),
]

ZONES = [
    ("Updated 3:05 PM EDT, Sat May 25, 2024", "2024-05-25T15:05:00-04:00"),
    ("May 25, 2024 at 4:42 p.m. ET", "2024-05-25T16:42:00-04:00"),
    ("Jan 5, 2024 at 4:42 p.m. ET", "2024-01-05T16:42:00-05:00"),
    ("Jan 5, 2024 9:00 AM PT", "2024-01-05T09:00:00-08:00"),
    ("Jul 5, 2024 9:00 AM PT", "2024-07-05T09:00:00-07:00"),
    ("5 July 2024 10:00 BST", "2024-07-05T10:00:00+01:00"),
    ("5 July 2024 10:00 GMT", "2024-07-05T10:00:00+00:00"),
    ("5 July 2024 10:00 UTC", "2024-07-05T10:00:00+00:00"),
    ("5 July 2024, 10:00 IST", "2024-07-05T10:00:00+05:30"),
    ("5 July 2024 10:00 CEST", "2024-07-05T10:00:00+02:00"),
    ("5 January 2024 10:00 CET", "2024-01-05T10:00:00+01:00"),
    ("2024-07-05 10:00 JST", "2024-07-05T10:00:00+09:00"),
    ("2024-07-05 10:00 KST", "2024-07-05T10:00:00+09:00"),
    ("2024-07-05 10:00 WIB", "2024-07-05T10:00:00+07:00"),
    ("5 July 2024 10:00 AEST", "2024-07-05T10:00:00+10:00"),
    ("5 January 2024 10:00 AEDT", "2024-01-05T10:00:00+11:00"),
    ("Jul 5, 2024 10:00 CST", "2024-07-05T10:00:00-06:00"),
    ("Jul 5, 2024 10:00 PST", "2024-07-05T10:00:00-08:00"),
    ("Jul 5, 2024 10:00 (GMT+0800)", "2024-07-05T10:00:00+08:00"),
    ("Jul 5, 2024 10:00 GMT-5", "2024-07-05T10:00:00-05:00"),
    ("Jul 5, 2024 10:00 UTC+05:30", "2024-07-05T10:00:00+05:30"),
    ("Updated 0732 GMT (1532 HKT) July 5, 2024", "2024-07-05T07:32:00+00:00"),
    ("Fri 5 Jul 2024 07.33 BST", "2024-07-05T07:33:00+01:00"),
    ("2024-07-05 10:00:00+01", "2024-07-05T10:00:00+01:00"),
    ("Jul 5, 2024 10:00-12:00", "2024-07-05T10:00:00"),  # a range, not an offset
    ("Jul 5, 2024 10:00 -05:00", "2024-07-05T10:00:00-05:00"),
    ("Today at 9:15 AM EST", None),
]

MAIN_LANGUAGES = [
    ("Veröffentlicht am 3. Juni 2024 um 14:05 Uhr", "2024-06-03T14:05:00"),
    ("Montag, 03.06.2024, 14.05 Uhr", "2024-06-03T14:05:00"),
    ("Stand: 3.6.24", "2024-06-03"),
    ("Publié le 3 juin 2024 à 14h05", "2024-06-03T14:05:00"),
    ("Mis à jour le 03/06/2024 à 14h05", "2024-06-03T14:05:00"),
    ("lundi 1er juillet 2024", "2024-07-01"),
    ("Actualizado el 3 de junio de 2024, 14:05", "2024-06-03T14:05:00"),
    ("lunes, 3 de junio del 2024", "2024-06-03"),
    ("3 giugno 2024 ore 14:05", "2024-06-03T14:05:00"),
    ("Aggiornato il 03/06/2024 alle 14:05", "2024-06-03T14:05:00"),
    ("segunda-feira, 3 de junho de 2024 às 14h05", "2024-06-03T14:05:00"),
    ("Atualizado em 03/06/2024 14h05", "2024-06-03T14:05:00"),
    ("3 juni 2024 om 14:05", "2024-06-03T14:05:00"),
    ("ma 3 jun. 2024", "2024-06-03"),
    ("3 czerwca 2024 r., 14:05", "2024-06-03T14:05:00"),
    ("Aktualizacja: 03.06.2024 14:05", "2024-06-03T14:05:00"),
    ("3 июня 2024 года, 14:05", "2024-06-03T14:05:00"),
    ("пн, 3 июн. 2024 г. 14:05", "2024-06-03T14:05:00"),
    ("2024年6月3日 14:05", "2024-06-03T14:05:00"),
    ("2024年06月03日14时05分", "2024-06-03T14:05:00"),
    ("发布时间：2024-06-03 14:05", "2024-06-03T14:05:00"),
    ("2024年6月3日(月) 14時05分", "2024-06-03T14:05:00"),
    ("2024/06/03 14:05", "2024-06-03T14:05:00"),
    ("2024년 6월 3일 14:05", "2024-06-03T14:05:00"),
]

LONG_TAIL = [
    ("الاثنين، 3 حزيران/يونيو 2024", "2024-06-03"),  # weekday, two names of one month
    ("3 Aug/August 2024", "2024-08-03"),
    ("3 Haziran 2024 Pazartesi 14:05", "2024-06-03T14:05:00"),
    ("3 juni 2024 kl. 14.05", "2024-06-03T14:05:00"),
    ("3. kesäkuuta 2024 klo 14.05", "2024-06-03T14:05:00"),
    ("3. června 2024 14:05", "2024-06-03T14:05:00"),
    ("3 iunie 2024, 14:05", "2024-06-03T14:05:00"),
    ("2024. június 3. 14:05", "2024-06-03T14:05:00"),
    ("3 червня 2024 року", "2024-06-03"),
    ("3 Ιουνίου 2024", "2024-06-03"),
    ("Senin, 3 Juni 2024 14:05 WIB", "2024-06-03T14:05:00+07:00"),
    ("Thứ Hai, ngày 3 tháng 6 năm 2024", "2024-06-03"),
    ("3 มิถุนายน 2567", "2024-06-03"),
    ("3 يونيو 2024", "2024-06-03"),
    ("3 ביוני 2024", "2024-06-03"),
    ("३ जून २०२४", "2024-06-03"),
    ("٣ يونيو ٢٠٢٤", "2024-06-03"),
]

RELATIVE = [
    ("2 hours ago", "2024-05-25T13:30:00"),
    ("about an hour ago", "2024-05-25T14:30:00"),
    ("45 mins ago", "2024-05-25T14:45:00"),
    ("3d ago", "2024-05-22"),
    ("a week ago", "2024-05-18"),
    ("two months ago", "2024-03-25"),
    ("1 year ago", "2023-05-25"),
    ("yesterday", "2024-05-24"),
    ("yesterday at 3 PM", "2024-05-24T15:00:00"),
    ("Today 08:15", "2024-05-25T08:15:00"),
    ("just now", "2024-05-25T15:30:00"),
    ("in 2 days", "2024-05-27"),
    ("Updated 10 minutes ago", "2024-05-25T15:20:00"),
    ("vor 2 Stunden", "2024-05-25T13:30:00"),
    ("vor einem Tag", "2024-05-24"),
    ("gestern, 18:20 Uhr", "2024-05-24T18:20:00"),
    ("il y a 3 jours", "2024-05-22"),
    ("il y a 20 minutes", "2024-05-25T15:10:00"),
    ("hier à 21h15", "2024-05-24T21:15:00"),
    ("hace 5 horas", "2024-05-25T10:30:00"),
    ("ayer a las 10:00", "2024-05-24T10:00:00"),
    ("3 giorni fa", "2024-05-22"),
    ("há 2 semanas", "2024-05-11"),
    ("3 dagen geleden", "2024-05-22"),
    ("2 godziny temu", "2024-05-25T13:30:00"),
    ("5 минут назад", "2024-05-25T15:25:00"),
    ("вчера в 09:40", "2024-05-24T09:40:00"),
    ("3小时前", "2024-05-25T12:30:00"),
    ("2天前", "2024-05-23"),
    ("5分前", "2024-05-25T15:25:00"),
    ("3시간 전", "2024-05-25T12:30:00"),
    ("2 saat önce", "2024-05-25T13:30:00"),
    ("3 วันที่แล้ว", "2024-05-22"),
    ("2 giờ trước", "2024-05-25T13:30:00"),
    ("منذ 3 ساعات", "2024-05-25T12:30:00"),
    ("Friday", "2024-05-24"),
    ("Saturday 09:00", "2024-05-18T09:00:00"),
    ("16:05", "2024-05-25T16:05:00" if False else "2024-05-24T16:05:00"),
    ("9:05", "2024-05-25T09:05:00"),
    ("3 June", "2023-06-03"),
    ("3 May 10:00", "2024-05-03T10:00:00"),
    ("junio 3, 2024 en 1:04 pm", "2024-06-03T13:04:00"),
    ("2 weken geleden", "2024-05-11"),
    ("3 órája", "2024-05-25T12:30:00"),
    ("πριν από 3 ώρες", "2024-05-25T12:30:00"),
    ("לפני 5 דקות", "2024-05-25T15:25:00"),
    ("för 2 timmar sedan", "2024-05-25T13:30:00"),
    ("2 days ago at 10:00", "2024-05-23T10:00:00"),
    ("Today at 9:15 AM EST", "2024-05-25T09:15:00-05:00"),
    ("last week", "2024-05-18"),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_zones(text: str, expected: str | None) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(("text", "expected"), MAIN_LANGUAGES)
def test_main_languages(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_TAIL)
def test_long_tail(text: str, expected: str | None) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative(text: str, expected: str) -> None:
    stamp = parse_timestamp(text, now=NOW)
    assert stamp is not None
    assert stamp.iso == expected


def test_relative_without_now_has_no_iso() -> None:
    stamp = parse_timestamp("3 hours ago")
    assert stamp is not None
    assert stamp.relative
    assert stamp.iso is None


@pytest.mark.parametrize(
    "text", ["25 May", "May 25 at 4:42 PM", "Friday 16:42", "16h42", "Gestern"]
)
def test_missing_parts_are_not_filled_from_today(text: str) -> None:
    stamp = parse_timestamp(text)
    assert stamp is not None
    assert stamp.iso is None


@pytest.mark.parametrize(
    "text", ["", "hello world", "in 2019 the company", "5 people", "May", "Chapter 12", "1-1-1"]
)
def test_no_date(text: str) -> None:
    assert parse_timestamp(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Published 18 NOV 2019", "published"),
        ("Posted on: May 25, 2024", "published"),
        ("First published on May 25, 2024", "published"),
        ("Veröffentlicht am 25.05.2024", "published"),
        ("Publié le 25 mai 2024", "published"),
        ("Publicado el 25 de mayo de 2024", "published"),
        ("Updated: May 25, 2024 4:42 PM", "updated"),
        ("Last modified on Sat 25 May 2024 16.42 BST", "updated"),
        ("Mis à jour le 25 mai 2024", "updated"),
        ("Actualizado 25/05/2024", "updated"),
        ("Aktualisiert am 25.05.2024, 16:42 Uhr", "updated"),
        ("Aggiornato il 25 maggio 2024", "updated"),
        ("Обновлено 25 мая 2024", "updated"),
        ("25 May 2024", "unknown"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    stamp = parse_timestamp(text)
    assert stamp is not None
    assert stamp.kind == kind


@pytest.mark.parametrize(
    ("text", "expected", "ambiguous"),
    [
        ("05/06/2024", "2024-06-05", True),  # no evidence: day first, flagged
        ("Updated 05/06/2024", "2024-05-06", True),  # English label: en-US habit, flagged
        ("05/06/2024 3:00 PM EDT", "2024-05-06", False),  # am/pm and a US zone
        ("05/06/2024 15h00", "2024-06-05", False),  # French-style clock
        ("05.06.2024", "2024-06-05", False),  # dotted dates are day first
        ("13/06/2024", "2024-06-13", False),
        ("06/13/2024", "2024-06-13", False),
        ("06/06/2024", "2024-06-06", False),
    ],
)
def test_ambiguous_day_month(text: str, expected: str, ambiguous: bool) -> None:
    stamp = parse_timestamp(text)
    assert stamp is not None
    assert stamp.iso is not None
    assert stamp.iso[:10] == expected
    assert stamp.ambiguous is ambiguous


def test_tz_argument_resolves_offset_for_the_date() -> None:
    assert iso("25 May 2024 16:42", tz="Europe/Paris") == "2024-05-25T16:42:00+02:00"
    assert iso("25 January 2024 16:42", tz="Europe/Paris") == "2024-01-25T16:42:00+01:00"
    assert iso("25 January 2024", tz="Europe/Paris") == "2024-01-25"  # a day has no offset
    assert iso("25 May 2024 16:42 UTC", tz="Europe/Paris") == "2024-05-25T16:42:00+00:00"


def test_aware_now_keeps_its_zone() -> None:
    now = datetime(2024, 5, 25, 15, 30, tzinfo=timezone(timedelta(hours=2)))
    assert iso("2 hours ago", now=now) == "2024-05-25T13:30:00+02:00"


def test_midnight_reference_keeps_a_clock_on_that_day() -> None:
    # a reference at 00:00 carries no time of day, so a clock falls on that day
    assert iso("10:00 PM", now=datetime(2024, 5, 25)) == "2024-05-25T22:00:00"
    assert iso("10:00 PM", now=NOW) == "2024-05-24T22:00:00"


SEARCH = [
    ("By Jo Roe Updated Nov 13, 2019, 10:28am EST", ["Updated Nov 13, 2019, 10:28am EST"]),
    ("SPORTDEC 7, 2023", ["DEC 7, 2023"]),
    ("OCT 19 20197:05 AM", ["OCT 19 20197:05 AM"]),
    ("Ana Lima 25 May 2024 16:42", ["25 May 2024 16:42"]),
    (
        "Published: 12:01 AM ET, Tue October 15, 2019",
        ["Published: 12:01 AM ET, Tue October 15, 2019"],
    ),
    ("Jo Roe, Reporter 2 hours ago", ["2 hours ago"]),
    (
        "Posted: Oct 6, 2020 / 03:38 PM MDT / Updated: Oct 7, 2020 / 07:16 PM MDT",
        ["Posted: Oct 6, 2020 / 03:38 PM MDT", "Updated: Oct 7, 2020 / 07:16 PM MDT"],
    ),
    ("Von Max Muster | 25.05.2024, 16:42 Uhr", ["25.05.2024, 16:42 Uhr"]),
    ("Par Jeanne Roy Publié le 25 mai 2024 à 16h42", ["Publié le 25 mai 2024 à 16h42"]),
    ("记者 王明 2024年5月25日 16:42", ["2024年5月25日 16:42"]),
]


@pytest.mark.parametrize(("line", "spans"), SEARCH)
def test_search_glued(line: str, spans: list[str]) -> None:
    found = search_timestamps(line)
    assert [line[start:end] for start, end, _ in found] == spans
    assert all(stamp.iso is not None or stamp.relative for _, _, stamp in found)


@pytest.mark.parametrize(
    "line",
    [
        "In 2019 the company hired 5 people.",
        "About 300 of the 1,200 staff were let go in 2020.",
        "The vote was 52-48 with 3 abstentions.",
        "Version 2.10.3 fixes 14 bugs.",
        "It rose 5.45 percent to 1,234.56 points.",
        "May I ask why 5 of them left?",
        "He said he would call back in 5 minutes.",
        "Sun Life and May Department Stores merged.",
        "Room 12/3 on floor 4",
        "Mit freundlichen Grüßen",
    ],
)
def test_search_ignores_prose_numbers(line: str) -> None:
    assert search_timestamps(line) == ()


@pytest.mark.parametrize(
    "line",
    [
        "Published 18 NOV 2019",
        "Updated: 3:05 PM EDT, Sat May 25, 2024 | 5 min read",
        "Posted on May 25, 2024",
        "Last modified: 25.05.2024 16:42",
        "Monday, 25 May 2024",
        "| 25/05/2024 |",
        "2 hours ago",
        "Yesterday",
        "Veröffentlicht am 25.05.2024, 16:42 Uhr",
        "Mis à jour le 25 mai 2024 à 16h42",
        "2024年5月25日 16:42",
        "25 мая 2024, 16:42",
        "May 25, 2024 - 4 min read",
        "Monday 6:30PM",  # a weekday and a clock: the last seven days
        "الأربعاء، 3 حزيران/يونيو 2024، آخر تحديث 14:00",
        "Freitag, 18:20 Uhr",
    ],
)
def test_timestamp_lines(line: str) -> None:
    assert is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The storm hit on May 25, 2024 and killed 5.",
        "In 2019 the company hired 5 people.",
        "By Jane Doe",
        "25 May 2024 Jane Doe",
        "May",
        "Friday",
        "16:42",
        "Meet us Friday 6:30PM at the town hall",
        "3 min read",
        "Share this article",
        "Photo: Jane Doe/AP 2024",
        "Copyright 2024 Reuters",
        "x" * 5000 + " May 25, 2024",
    ],
)
def test_not_timestamp_lines(line: str) -> None:
    assert not is_timestamp_line(line)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_never_raises(text: str) -> None:
    parse_timestamp(text, now=NOW)
    parse_timestamp(text, tz="Asia/Kolkata")
    search_timestamps(text, now=NOW)
    is_timestamp_line(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "May",
                "25",
                ",",
                "2024",
                "16:42",
                ":",
                ".",
                "/",
                "-",
                "PM",
                "GMT",
                "+",
                "0800",
                "ago",
                "hours",
                "vor",
                "2",
                "年",
                "月",
                "日",
                "h",
                "Updated",
                " ",
                "Uhr",
                "T",
                "Z",
            ]
        ),
        max_size=25,
    )
)
@example(parts=["May", "25", "25", "25", "0800", "Uhr"])  # a ten-digit run before "Uhr"
def test_never_raises_on_date_like_soup(parts: list[str]) -> None:
    text = " ".join(parts) if len(parts) % 2 else "".join(parts)
    parse_timestamp(text, now=NOW)
    search_timestamps(text)
    is_timestamp_line(text)


RELATIVE_SOUP = [
    *("2", "25", "3", "16:42", "2024", "May", ",", ".", "-", "|", "at", "um", "à", "21h", "PM"),
    *("yesterday", "gestern", "hier", "today", "hours", "hour", "Stunden", "días", "y", "day"),
    *("a", "an", "un", "ein", "about", "en", "et", "in", "dans", "tra", "binnen", "через"),
    *("ago", "vor", "il y a", "hace", "fa", "later", "from now", "später", "last", "week"),
    *("now", "just now", "jetzt", "Updated", "Published", "min", "read", "Jane", "the"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RELATIVE_SOUP), max_size=10))
def test_facts_agree_with_the_searches(parts: list[str]) -> None:
    text = " ".join(parts)
    line, searchable = timestamp_line_facts(text)
    assert line == is_timestamp_line(text)
    if search_timestamps(text):
        assert searchable  # a strict reading is never found where the loose one found none


@pytest.mark.parametrize(
    "unit",
    ["1.", "May 25, 2024 16:42 | ", ",", "lorem 2019 ipsum ", "Ab", "9", "1/", "2 hours "],
)
def test_linear_time(unit: str) -> None:
    def run(n: int) -> float:
        text = unit * n
        start = clock.perf_counter()
        search_timestamps(text)
        parse_timestamp(text)
        is_timestamp_line(text)
        return clock.perf_counter() - start

    small, big = run(2_000), run(20_000)
    assert big < max(small, 0.01) * 30  # ten times the text, well under 100 times the time


@pytest.mark.parametrize(
    ("dateline", "published", "updated"),
    [
        ("Publié le 3 septembre 2024 à 07h45, mis à jour à 10h12",
         "2024-09-03T07:45:00", "2024-09-03T10:12:00"),
        ("Published 3:05 PM EDT, May 25, 2024 | Updated 4:10 PM",
         "2024-05-25T15:05:00-04:00", "2024-05-25T16:10:00-04:00"),
        ("Veröffentlicht am 12.03.2024, 14:05 Uhr, aktualisiert um 16:30 Uhr",
         "2024-03-12T14:05:00", "2024-03-12T16:30:00"),
        ("May 25, 2024 | Updated 2 hours ago", "2024-05-25", None),  # no reference time
    ],
)  # fmt: skip
def test_update_time_without_a_date_takes_the_published_day(
    dateline: str, published: str, updated: str | None
) -> None:
    body = "The council approved the plan on Tuesday after a long debate about the cost of it."
    article = parse_text(f"Council approves the new tree plan\n{dateline}\n\n{body}\n")
    assert article.published is not None
    assert article.published.iso == published
    assert (article.updated.iso if article.updated else None) == updated


def test_labelled_publication_date_below_the_body_beats_an_update_only_header() -> None:
    body = "The council approved the plan on Tuesday after a long debate about the cost of it."
    text = "\n".join(
        ["Council approves the new tree plan", "City Desk | Updated : 19 November 2019, 09:01 AM",
         "", body, "", body.replace("Tuesday", "Monday"), "",
         "First Published: Tuesday, November 19, 2019 08:38 AM", "Related Tags:", "Trees"]
    )  # fmt: skip
    article = parse_text(text)
    assert article.published is not None
    assert article.updated is not None
    assert (article.published.iso, article.updated.iso) == (
        "2019-11-19T08:38:00",
        "2019-11-19T09:01:00",
    )
    assert article.published.lines == (8,)
    assert not any("updated time" in warning for warning in article.warnings)


def test_overlong_number_before_an_hour_word_is_not_a_clock() -> None:
    parse_timestamp("2508000800h", now=NOW)  # ten digits and "h": no hour -1
    search_timestamps("2508000800 h")


def test_first_token_shortcut_agrees_with_the_tokeniser() -> None:
    from newsparse.fields import timestamp

    lexicons = [value for value in vars(timestamp).values() if isinstance(value, timestamp._Lex)]
    keys = {key for lexicon in lexicons for key in lexicon.table}
    keys |= {"ｍａｙ", "ǅx", "été", "a-b c", "x'y", "İ", "ß", "3pm", " lead", "五月"}
    for key in keys:
        toks = timestamp._tokenise(key)
        assert timestamp._first_token(key) == (toks[0].text if toks else None), key


def _relative_texts() -> list[str]:
    """Every table key alone, after a count and before "ago", and a few relative lines."""
    from newsparse.fields import timestamp

    lexicons = [value for value in vars(timestamp).values() if isinstance(value, timestamp._Lex)]
    keys = sorted({key for lexicon in lexicons for key in lexicon.table})
    texts = [f"{count} {key}" for key in keys for count in ("", "3", "1234", "about 2")]
    texts += [f"{key} ago" for key in keys] + [f"vor 3 {key}" for key in keys]
    texts += ["2 ч. 21 мин. назад", "3周前", "hace una hora", "in 5 minutes", "last week", "now"]
    texts += ["Yesterday at 3 PM", "5 comments", "Politics 101", "2 h 21 min 5 s ago"]
    return texts


def test_relative_precheck_rules_out_only_tokens_that_open_nothing() -> None:
    from newsparse.fields.timestamp import _Reader

    for text in _relative_texts():
        reader = _Reader(text, NOW)
        for i in range(len(reader.toks)):
            if not reader.may_be_relative(i):
                assert reader.relative(i, loose=True) is None, (text, i)
                assert reader.relative(i, loose=False) is None, (text, i)


RELATIVE_WORDS = st.sampled_from(
    ["3", "12", "1234", "an", "a", "hour", "hours", "Stunden", "vor", "ago", "in", "about", "last",
     "week", "now", "just", "yesterday", "at", "5", "pm", ",", ".", "-", "min", "mins", "days",
     "the", "day", "before", "hace", "una", "hora", "il", "y", "a", "周", "前", "Politics"]
)  # fmt: skip


@given(st.lists(RELATIVE_WORDS, min_size=1, max_size=8).map(" ".join))
def test_relative_precheck_agrees_on_random_lines(text: str) -> None:
    from newsparse.fields.timestamp import _Reader

    reader = _Reader(text, NOW)
    for i in range(len(reader.toks)):
        if not reader.may_be_relative(i):
            assert reader.relative(i, loose=True) is None
            assert reader.relative(i, loose=False) is None


def _assert_wordy_precheck_agrees(text: str) -> None:
    from newsparse.fields.timestamp import _Item, _Reader

    reader = _Reader(text, NOW)
    runs = [[], *([_Item(kind, 0, 0, (1, 0, 0))] for kind in ("num", "time", "ndate", "zone"))]
    for i in range(len(reader.toks)):
        if not reader.may_be_wordy(i):
            assert all(reader.wordy(i, items) is None for items in runs), (text, i)


def test_wordy_precheck_rules_out_only_words_that_end_a_run() -> None:
    for text in _relative_texts():
        _assert_wordy_precheck_agrees(text)
        _assert_wordy_precheck_agrees(text.upper() + " 5")
        _assert_wordy_precheck_agrees(f"16:42 {text} 2024")
    _assert_wordy_precheck_agrees("2019-11-18t20:51")


WORDY_WORDS = st.sampled_from(
    ["3", "2024", "16:42", "May", "MAY", "BUSINESSNOV", "nov", "th", "5th", "T", "de", "am",
     "PM", "EST", "gmt", "Uhr", "Monday", "um", "Politics", "the", "เดือนตุลาคม", "月", "/",
     "آب/اغسطس", "2019-11-18T20:51", "2019-11-18t20:51", "t", "Updated", "at", "Sat"]
)  # fmt: skip


@given(st.lists(WORDY_WORDS, min_size=1, max_size=8).map(" ".join))
def test_wordy_precheck_agrees_on_random_lines(text: str) -> None:
    _assert_wordy_precheck_agrees(text)


def test_runs_without_a_date_clock_or_weekday_assemble_to_nothing() -> None:
    import itertools

    from newsparse.fields.timestamp import _Item, _may_assemble, _Reader

    reader = _Reader("5 pm EST 12 2024", NOW)
    kinds = ("num", "ampm", "zone")
    for size in range(1, 4):
        for combo in itertools.product(kinds, repeat=size):
            items = [_Item(kind, 0, 1, (5, 0, 0), digits=2) for kind in combo]
            assert not _may_assemble(items)
            assert reader.assemble(items, loose=True) is None
    for text in _relative_texts():
        reader = _Reader(text, NOW)
        for i in range(len(reader.toks)):
            items, _ = reader.cluster(i)
            if not _may_assemble(items):
                assert reader.assemble(items, loose=True) is None, text
