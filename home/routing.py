"""Finding the page a public address names in two queries, however deep it sits.

Wagtail's `Page.route` walks the address one slug at a time, two queries per level: a product
at /vi/san-pham/xa-thanh-yen/gao-seng-cu/ cost six before anything was rendered. Every page's
`url_path` already spells its address below the site root, so the page is found by it directly
(the slug narrows the lookup to one index entry), then read as its own type together with what its
template shows: a page class may say how with a `display_queryset()` classmethod (related rows
joined, child rows and photo renditions prefetched), so showing them costs no query per item.

No page type of this site overrides `route` (none is a RoutablePageMixin), so skipping the
ancestors' `route` changes nothing. An address no page spells (a typo, or a sub-route of a
future routable page) falls back to Wagtail's own walk.
"""

from wagtail.models import Page


def descendant_at(root, path_components):
    """The live-or-not page `path_components` below `root` name, as its own type; None when none."""
    if not path_components:
        return None
    url_path = root.url_path + "/".join(path_components) + "/"
    row = (
        Page.objects.filter(
            slug=path_components[-1],
            depth=root.depth + len(path_components),
            path__startswith=root.path,
            url_path=url_path,
        )
        .only("id", "content_type")
        .first()
    )
    if row is None:
        return None
    model = row.specific_class
    if model is None:  # its type's code was removed; Wagtail's own walk handles it
        return None
    display_queryset = getattr(model, "display_queryset", None)
    pages = display_queryset() if display_queryset is not None else model._default_manager.all()
    # Templates, language links and listings read the page's language.
    return pages.select_related("locale").filter(pk=row.pk).first()
