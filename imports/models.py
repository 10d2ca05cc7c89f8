"""A previewed import, kept until it is applied once."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

# A preview left unapplied this long is forgotten.
PREVIEW_LIFETIME = datetime.timedelta(days=1)


class ImportPreview(models.Model):
    """The rows a dry run showed, applied only with their one-time token.

    The token is consumed by a single conditional UPDATE, so of two submits of the same preview
    (a double click, two tabs) exactly one imports and the other is told so.
    """

    token = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=255)
    rows = models.JSONField()
    publish = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.name

    @classmethod
    def keep(cls, user, name, rows, publish):
        cls.objects.filter(created_at__lt=timezone.now() - PREVIEW_LIFETIME).delete()
        return cls.objects.create(
            token=secrets.token_urlsafe(32), user=user, name=name[:255], rows=rows, publish=publish
        )

    @classmethod
    def claim(cls, user, token):
        """The preview for `token`, now marked applied, or None if it was already claimed or is unknown."""
        claimed = cls.objects.filter(
            token=token,
            user=user,
            applied_at__isnull=True,
            created_at__gte=timezone.now() - PREVIEW_LIFETIME,
        ).update(applied_at=timezone.now())
        return cls.objects.get(token=token) if claimed else None

    def release(self):
        """Let the preview be applied again: this attempt wrote nothing."""
        type(self).objects.filter(pk=self.pk).update(applied_at=None)
