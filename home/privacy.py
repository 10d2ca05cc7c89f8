"""Wagtail's page privacy, checked in one query instead of two on every page served.

Wagtail checks, before serving a page, the view restrictions ("private, password…") set on the
page or any of its ancestors, taking an alias's from the page it copies. Its
`get_view_restrictions` reads the ancestors first, then their restrictions. The ancestors' paths
are prefixes of the page's own path, so one query finds the same restrictions.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

# Wagtail follows an alias to its original, and an alias of an alias to the original's original
# (aliasing an alias in the admin keeps the chain). Chains are followed this many links deep.
ALIAS_LINKS = 4


class ViewRestrictionsInOneQueryMixin:
    def get_view_restrictions(self):
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        # Only an original's restrictions count: an alias's own rows are a copy Wagtail ignores.
        reached = Q()
        for links in range(ALIAS_LINKS + 1):
            reached |= Q(**{"page__" + "aliases__" * links + "path__in": paths})
        return PageViewRestriction.objects.filter(reached, page__alias_of__isnull=True).distinct()
