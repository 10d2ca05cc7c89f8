import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase

from events import listings
from events.factories import EventPageFactory, build_event_index
from events.models import EventIndexPage, EventPage, EventProduct
from home.models import HomePage

TODAY = datetime.date(2025, 6, 15)


@pytest.fixture
def event_index(db):
    return build_event_index()


def titles(events):
    return [event.title for event in events]


def test_event_ending_today_is_still_upcoming_and_one_ending_yesterday_is_past(event_index):
    EventPageFactory(
        parent=event_index,
        title="Kết thúc hôm nay",
        start_date=TODAY - datetime.timedelta(days=3),
        end_date=TODAY,
    )
    EventPageFactory(
        parent=event_index,
        title="Kết thúc hôm qua",
        start_date=TODAY - datetime.timedelta(days=3),
        end_date=TODAY - datetime.timedelta(days=1),
    )
    events = EventPage.objects.live()

    assert titles(listings.upcoming(events, on=TODAY)) == ["Kết thúc hôm nay"]
    assert titles(listings.past(events, on=TODAY)) == ["Kết thúc hôm qua"]


def test_one_day_event_without_end_date_counts_its_start_as_last_day(event_index):
    EventPageFactory(parent=event_index, title="Một ngày", start_date=TODAY, end_date=None)

    assert titles(listings.upcoming(EventPage.objects.all(), on=TODAY)) == ["Một ngày"]
    assert titles(listings.past(EventPage.objects.all(), on=TODAY + datetime.timedelta(days=1))) == [
        "Một ngày"
    ]


def test_upcoming_are_soonest_first_and_past_most_recent_first(event_index):
    for title, start in [("Tháng 9", 9), ("Tháng 7", 7), ("Tháng 3", 3), ("Tháng 5", 5)]:
        day = datetime.date(2025, start, 1)
        EventPageFactory(
            parent=event_index, title=title, start_date=day, end_date=day + datetime.timedelta(days=2)
        )
    events = EventPage.objects.all()

    assert titles(listings.upcoming(events, on=TODAY)) == ["Tháng 7", "Tháng 9"]
    assert titles(listings.past(events, on=TODAY)) == ["Tháng 5", "Tháng 3"]


def test_index_page_lists_upcoming_and_past_under_their_headings(client, event_index):
    today = datetime.date.today()
    EventPageFactory(
        parent=event_index,
        title="Hội chợ sắp tới",
        start_date=today + datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=12),
    )
    EventPageFactory(
        parent=event_index,
        title="Hội chợ năm ngoái",
        start_date=today - datetime.timedelta(days=300),
        end_date=today - datetime.timedelta(days=297),
    )

    html = client.get(event_index.url).content.decode()

    past_heading = html.index('id="past-heading"')
    assert html.index("Hội chợ sắp tới") < past_heading < html.index("Hội chợ năm ngoái")


def test_event_page_shows_dates_place_and_participating_products(client, event_index, product):
    event = EventPageFactory(
        parent=event_index, start_date=datetime.date(2025, 12, 1), end_date=datetime.date(2025, 12, 3)
    )
    EventProduct.objects.create(page=event, product=product)

    html = client.get(event.url).content.decode()

    assert "01/12/2025" in html and "03/12/2025" in html
    assert "Quảng trường 7/5" in html
    assert f'href="{product.url}"' in html


def test_end_date_before_start_date_is_rejected(event_index):
    from django.core.exceptions import ValidationError

    event = EventPage(
        title="Sai ngày",
        slug="sai-ngay",
        start_date=TODAY,
        end_date=TODAY - datetime.timedelta(days=1),
        place="X",
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end_date" in error.value.message_dict


class EventTreeTests(WagtailPageTestCase):
    def test_event_index_can_be_created_under_home(self):
        self.assertCanCreateAt(HomePage, EventIndexPage)

    def test_events_live_only_under_the_event_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})


def test_past_events_paginate_and_a_malformed_page_number_shows_the_first_page(client, event_index):
    from events.models import PAST_EVENTS_PER_PAGE

    for n in range(PAST_EVENTS_PER_PAGE + 1):
        day = datetime.date(2020, 1, 1) + datetime.timedelta(days=n)
        EventPageFactory(parent=event_index, title=f"Sự kiện cũ {n:02d}", start_date=day, end_date=day)

    first = client.get(event_index.url, {"page": "abc"})
    second = client.get(event_index.url, {"page": "2"}).content.decode()

    assert first.status_code == 200
    assert "Sự kiện cũ 10" in first.content.decode() and "Sự kiện cũ 00" not in first.content.decode()
    assert "Sự kiện cũ 00" in second
