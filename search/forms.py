"""Validating catalog URL parameters into a `CatalogQuery`.

Only known values pass: the keys of the facets declared in
`catalog.search_index`, and sorts that exist. A bad value is reported
(the view answers 400 with the message) and left out of the query, so the
page still shows the rest of the visitor's selection.

Place keys of URLs from before July 2025 (a former commune's slug) are read as
today's (`catalog.crosswalk.current_place_keys`); `moved_to` then holds the
parameters in today's keys, which the catalog answers with a permanent redirect.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from catalog import crosswalk, search_index

from . import types

MAX_QUERY_LENGTH = 200
MAX_PAGE = 10_000

SORT_CHOICES = [(sort.value, sort.label) for sort in search_index.SORTS]

# The facets' URL parameters, in the order they appear in URLs.
MULTI_PARAMS = [facet.name for facet in search_index.FACETS]


def current_place_data(data):
    """A copy of the GET parameters `data` with today's place keys, or None when they already are."""
    if not data or "commune" not in data:
        return None
    districts, communes = crosswalk.current_place_keys(data.getlist("district"), data.getlist("commune"))
    if districts == data.getlist("district") and communes == data.getlist("commune"):
        return None
    moved = data.copy()
    moved.setlist("district", districts)
    moved.setlist("commune", communes)
    return moved


def facet_field(facet, language):
    """The form field of one declared facet: only the facet's keys pass."""

    def choices():  # read when a value is validated, so an empty catalog URL costs no query
        return [(option.key, option.label) for option in facet.options(language)]

    field = forms.TypedMultipleChoiceField(
        label=facet.label,
        required=False,
        choices=choices,
        coerce=int if facet.integer else str,
    )
    field.error_messages["invalid_choice"] = _("Giá trị “%(value)s” không có trong bộ lọc này.")
    return field


class TruncatedCharField(forms.CharField):
    """Keeps the first `max_length` characters instead of rejecting long input."""

    def __init__(self, *, keep=MAX_QUERY_LENGTH, **kwargs):
        self.keep = keep
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(value)[: self.keep].strip()


class CatalogSearchForm(forms.Form):
    q = TruncatedCharField(
        label=_("Tìm sản phẩm"),
        required=False,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "placeholder": _("Ví dụ: gạo séng cù, mật ong"),
                "maxlength": MAX_QUERY_LENGTH,
            }
        ),
    )
    expired = forms.BooleanField(label=_("Gồm cả sản phẩm hết hiệu lực chứng nhận"), required=False)
    sort = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=SORT_CHOICES)
    page = forms.IntegerField(
        label=_("Trang"),
        required=False,
        min_value=1,
        error_messages={
            "invalid": _("Số trang phải là một số nguyên dương."),
            "min_value": _("Số trang phải là một số nguyên dương."),
        },
    )

    def __init__(self, data=None, *, language="vi", **kwargs):
        self.moved_to = current_place_data(data)
        super().__init__(data if self.moved_to is None else self.moved_to, **kwargs)
        self.language = language
        for facet in search_index.FACETS:
            self.fields[facet.name] = facet_field(facet, language)
        self.order_fields(["q", *MULTI_PARAMS])

    def clean_page(self):
        # Past-the-end pages show the last page (the view clamps); cap the
        # number first so no database sees a huge OFFSET.
        page = self.cleaned_data.get("page")
        return min(page, MAX_PAGE) if page else page

    def catalog_query(self, per_page=types.DEFAULT_PER_PAGE):
        """The CatalogQuery of every field that validated (call after `is_valid()`)."""
        data = getattr(self, "cleaned_data", {})
        selected = [(name, tuple(dict.fromkeys(data.get(name) or ()))) for name in MULTI_PARAMS]
        q = data.get("q") or ""
        sort = data.get("sort") or types.SORT_RELEVANCE
        return types.CatalogQuery(
            q=q,
            sort=sort,
            page=data.get("page") or 1,
            per_page=per_page,
            include_expired=bool(data.get("expired")),
            language=self.language,
            selected=selected,
        )

    def error_messages_list(self):
        """'Field: message' lines for the page's error summary."""
        return [
            f"{self.fields[name].label}: {message}"
            for name, messages in self.errors.items()
            for message in messages
        ]
