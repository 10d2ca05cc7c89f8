"""Images whose declared size would cost gigabytes to render are refused at upload, before decoding."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png(width, height):
    """A PNG header declaring `width` x `height` with a tiny compressed IDAT: a few hundred bytes."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def admin_client_(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("anh", "anh@example.org", "pw"))
    return client


def upload(client, data):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh", "file": SimpleUploadedFile("anh.png", data, content_type="image/png")},
    )


@pytest.mark.parametrize("width, height", [(12_000, 10_000), (20_000, 20_000)])
def test_image_over_the_pixel_limit_is_refused_with_a_form_error(admin_client_, width, height):
    data = png(width, height)
    assert len(data) < 1000

    response = upload(admin_client_, data)

    assert response.status_code == 200  # Wagtail re-renders the form with its error
    assert "too many pixels" in response.content.decode()
    assert "Maximum pixels 40000000" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_image_under_the_pixel_limit_is_accepted(admin_client_):
    image = PILImage.new("RGB", (40, 30), "green")
    buffer = BytesIO()
    image.save(buffer, "PNG")

    response = upload(admin_client_, buffer.getvalue())

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 40


def test_pillow_refuses_what_wagtail_refuses(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert PILImage.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
