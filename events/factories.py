import datetime

import factory
import wagtail_factories

from catalog.factories import home_page
from events.models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sự kiện"
    slug = "su-kien"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hội chợ OCOP số {n}")
    slug = factory.Sequence(lambda n: f"hoi-cho-{n}")
    start_date = datetime.date(2025, 5, 1)
    end_date = datetime.date(2025, 5, 4)
    place = "Quảng trường 7/5, thành phố Điện Biên Phủ"

    class Meta:
        model = EventPage


def build_event_index():
    home = home_page()
    return EventIndexPage.objects.child_of(home).first() or EventIndexPageFactory(parent=home)
