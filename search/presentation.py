"""Turning a CatalogResult into what the catalog template shows: links built in Python.

Every facet option, filter chip, sort option and page link carries the URL of
the state it leads to, so the page works as plain links and a GET form without
JavaScript, and each state has one canonical URL.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from catalog import search_index

from . import types
from .forms import MULTI_PARAMS, SORT_CHOICES

PAGE_WINDOW = 2


@dataclass
class Option:
    key: str
    label: str
    count: int
    selected: bool
    url: str
    input_id: str


@dataclass
class FacetView:
    name: str
    label: str
    options: list[Option]

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)


@dataclass
class Chip:
    label: str
    url: str


@dataclass
class PageLink:
    number: int | None  # None for a gap ("…")
    url: str = ""
    current: bool = False


@dataclass
class CatalogPresentation:
    result: types.CatalogResult
    base_url: str
    facets: list[FacetView] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)
    sort_options: list[dict] = field(default_factory=list)
    pages: list[PageLink] = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""
    canonical_url: str = ""
    clear_url: str = ""

    @property
    def query(self):
        return self.result.query


def query_params(query, **changes):
    """URL parameters (a list of pairs) of `query` with `changes` applied; defaults are left out."""
    state = {
        "q": query.q,
        **{param: list(query.keys(param)) for param in MULTI_PARAMS},
        "expired": query.include_expired,
        "sort": query.sort,
        "page": query.page,
    }
    state.update(changes)
    pairs = []
    if state["q"]:
        pairs.append(("q", state["q"]))
    for param in MULTI_PARAMS:
        pairs.extend((param, value) for value in state[param])
    if state["expired"]:
        pairs.append(("expired", "1"))
    if state["sort"] and state["sort"] != types.SORT_RELEVANCE:
        pairs.append(("sort", state["sort"]))
    if state["page"] and state["page"] > 1:
        pairs.append(("page", str(state["page"])))
    return pairs


def state_url(base_url, query, **changes):
    pairs = query_params(query, **changes)
    return f"{base_url}?{urlencode(pairs)}" if pairs else base_url


def toggled(query, param, key):
    """Changes that toggle `key` in facet `param` (back to page 1)."""
    values = list(query.keys(param))
    changes = {"page": 1}
    if key in values:
        values = [value for value in values if value != key]
        # A parent's children go away with it (the product sets of a group, the communes of an area).
        for child in search_index.children_of(param):
            chosen = query.keys(child.name)
            parents = child.parents_of(chosen)
            changes[child.name] = [value for value in chosen if parents.get(value) != key]
    else:
        values = [*values, key]
    changes[param] = values
    return changes


def _pages(result, base_url):
    current, last = result.page, result.num_pages
    numbers = sorted(
        {1, last} | set(range(max(1, current - PAGE_WINDOW), min(last, current + PAGE_WINDOW) + 1))
    )
    links, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            links.append(PageLink(None))
        links.append(PageLink(number, state_url(base_url, result.query, page=number), number == current))
        previous = number
    return links


def present(result, base_url, absolute_base_url=""):
    """The catalog page's view model for `result`, with links relative to `base_url`."""
    query = result.query
    view = CatalogPresentation(result=result, base_url=base_url)
    for facet in result.facets:
        options = [
            Option(
                key=value.key,
                label=value.label,
                count=value.count,
                selected=value.selected,
                url=state_url(base_url, query, **toggled(query, facet.name, value.key)),
                input_id=f"f-{facet.name}-{value.key}".replace(".", "-"),
            )
            for value in facet.values
        ]
        view.facets.append(FacetView(facet.name, facet.label, options))
        for option in options:
            if option.selected:
                label = option.label
                view.chips.append(Chip(label=f"{facet.label}: {label}", url=option.url))
    if query.q:
        view.chips.insert(
            0, Chip(label=f"{_('Từ khóa')}: “{query.q}”", url=state_url(base_url, query, q="", page=1))
        )
    if query.include_expired:
        view.chips.append(
            Chip(
                label=str(_("Gồm cả sản phẩm hết hiệu lực")),
                url=state_url(base_url, query, expired=False, page=1),
            )
        )
    view.sort_options = [
        {
            "value": value,
            "label": label,
            "selected": value == query.sort,
            "url": state_url(base_url, query, sort=value, page=1),
        }
        for value, label in SORT_CHOICES
    ]
    view.pages = _pages(result, base_url) if result.num_pages > 1 else []
    if result.has_previous:
        view.previous_url = state_url(base_url, query, page=result.page - 1)
    if result.has_next:
        view.next_url = state_url(base_url, query, page=result.page + 1)
    view.canonical_url = state_url(absolute_base_url or base_url, query)
    view.clear_url = base_url
    return view
