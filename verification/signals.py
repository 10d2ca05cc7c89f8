"""Give a product its verification code when it is first published."""

from django.dispatch import receiver
from wagtail.signals import page_published

from catalog.models import ProductPage
from verification.codes import code_for


@receiver(page_published, sender=ProductPage)
def create_code_on_publish(sender, instance, **kwargs):
    code_for(instance)
