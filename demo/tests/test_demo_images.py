"""The demo's drawn illustrations: real JPEGs of the asked size, legible without a Vietnamese font."""

import io
from unittest import mock

from PIL import Image

from demo import images


def test_product_image_is_a_jpeg_of_the_requested_size():
    data = images.product_image("Mật ong hoa ban", "Hợp tác xã Ong mật Điện Biên", "honey", 4, 0, (240, 180))
    picture = Image.open(io.BytesIO(data))
    assert (picture.format, picture.size) == ("JPEG", (240, 180))


def test_every_motif_draws_in_every_variant():
    for motif in images.PALETTES:
        for variant in range(3):
            assert images.product_image("Ẳng Cang", "Điện Biên", motif, 5, variant, (120, 90))


def test_text_keeps_diacritics_when_a_vietnamese_font_exists():
    with mock.patch.object(images, "font_path", return_value="/fonts/DejaVuSans.ttf"):
        assert images.label("Khoai sọ tím Tủa Chùa") == "Khoai sọ tím Tủa Chùa"


def test_text_is_folded_for_pillows_builtin_font_which_lacks_vietnamese_letters():
    with mock.patch.object(images, "font_path", return_value=None):
        assert images.label("Điện Biên Đông") == "Dien Bien Dong"


def test_logo_is_square():
    data = images.logo_image("Hợp tác xã H'Mông", "HTX H'Mông", "cooperative", (160, 160))
    assert Image.open(io.BytesIO(data)).size == (160, 160)
