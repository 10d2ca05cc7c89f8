"""URL converters shared by the apps' URL patterns."""

from django.urls import register_converter

# Wagtail's page ids are 32-bit AutoFields; a longer number can name no page,
# and SQLite raises OverflowError (a 500) when asked for one.
MAX_PAGE_ID = 2**31 - 1


class PageIdConverter:
    """A page id in a path: digits that fit the database column, else no match (404)."""

    regex = "[0-9]{1,10}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_PAGE_ID:
            raise ValueError("page id out of range")
        return number

    def to_url(self, value):
        return str(value)


# Registered once, on import: Django 5.1+ warns when a converter name is registered twice.
register_converter(PageIdConverter, "page_id")
