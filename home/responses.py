from django.template.response import TemplateResponse


def refused(request, reason):
    """A 403 admin page that says why (Wagtail would otherwise redirect to the dashboard)."""
    return TemplateResponse(request, "components/refused.html", {"reason": reason}, status=403)
