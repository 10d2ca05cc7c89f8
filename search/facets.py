"""The catalog's facet rules, shared by every backend, derived from `catalog.search_index`.

A backend only filters and counts; which facets a page shows, with which values
in which order, and how a hierarchy filters, are decided here once:
- a facet counts under every selection but its own family's (disjunctive counts);
- a family (a facet and its children, e.g. group → product set) filters as one:
  children selected, or parents selected none of whose children is selected;
- a child facet lists its values under the open parents only (ticked, or implied
  by a ticked child), naming the parent beside each value when several are open.
"""

from dataclasses import dataclass

from catalog import search_index

from .types import Facet, FacetValue


@dataclass(frozen=True)
class FamilySelection:
    """What one family's filter keeps: any of `children` keys, or any of the `whole` parents."""

    root: search_index.Facet
    whole: tuple  # parent keys selected with none of their children selected
    children: tuple  # ((child facet, keys), …)


def family_selections(query, facets=search_index.FACETS):
    """{root facet name: FamilySelection} for the families of `facets` the query selects in."""
    selections = {}
    for root, children in search_index.families(facets):
        parents = query.keys(root.name)
        chosen = [(child, query.keys(child.name)) for child in children if query.keys(child.name)]
        if not parents and not chosen:
            continue
        narrowed = set()
        for child, keys in chosen:
            narrowed |= set(child.parents_of(keys).values())
        selections[root.name] = FamilySelection(
            root=root,
            whole=tuple(key for key in parents if key not in narrowed),
            children=tuple(chosen),
        )
    return selections


def open_parents(query, child):
    """The parent keys under which `child` lists its values (None: the child is not shown)."""
    parents = list(query.keys(child.parent))
    selected = query.keys(child.name)
    if selected:
        implied = child.parents_of(selected)
        parents += [implied[key] for key in selected if key in implied and implied[key] not in parents]
    return parents or None


def shown_facets(query, facets=search_index.FACETS):
    """[(facet, [Option])]: the `facets` a page shows, each with every value it may show, in order."""
    shown = []
    for facet in facets:
        if not facet.parent:
            shown.append((facet, facet.options(query.language)))
            continue
        parents = open_parents(query, facet)
        if parents is not None:
            shown.append((facet, labelled_options(facet, query.language, parents)))
    return shown


def labelled_options(facet, language, parents=None):
    """A facet's values under `parents` (None: all), named with their parent when several are open."""
    options = facet.options(language, parents)
    if facet.qualify and (parents is None or len(parents) > 1):
        parent_labels = {
            option.key: option.label for option in search_index.facet(facet.parent).options(language)
        }
        options = [
            search_index.Option(
                option.key, f"{option.label} ({parent_labels.get(option.parent, '')})", option.parent
            )
            for option in options
        ]
    return options


def build_facets(query, shown, counts):
    """The result's facets: each shown value (`shown_facets`) with its count from `counts` ({name: {key: n}})."""
    return [
        Facet(
            name=facet.name,
            label=str(facet.label),
            values=[
                FacetValue(
                    key=option.key,
                    label=option.label,
                    count=counts.get(facet.name, {}).get(option.key, 0),
                    selected=option.key in query.keys(facet.name),
                )
                for option in options
            ],
        )
        for facet, options in shown
    ]
