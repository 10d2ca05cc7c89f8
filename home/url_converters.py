"""Path converters that refuse, as a 404, what the database could not look up."""

from django.urls.converters import IntConverter


class PageIdConverter(IntConverter):
    """A page's primary key: at most 18 digits, so it always fits the 64-bit column.

    Django's `int` takes any length, and a 22-digit id reached SQLite as an OverflowError (a 500).
    """

    regex = "[0-9]{1,18}"
