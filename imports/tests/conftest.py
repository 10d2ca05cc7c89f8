from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DATA = Path(__file__).resolve().parent / "data"

HEADER = "san_pham,chu_the,loai_hinh,huyen,xa,bo_san_pham,so_sao,diem,so_quyet_dinh,ngay_quyet_dinh"
GOOD_ROW = "Gạo Séng Cù,HTX Thanh Yên,Hợp tác xã,Điện Biên,Thanh Yên,1.2.1,4,78,DEMO-001/QĐ-UBND,15/03/2024"


def csv_bytes(*rows, header=HEADER):
    return ("\n".join([header, *rows]) + "\n").encode()


@pytest.fixture
def sample_csv():
    return (SAMPLES / "ocop_sample.csv").read_bytes()


@pytest.fixture
def province_editor(db, django_user_model):
    return django_user_model.objects.create_superuser("tinh", "tinh@example.org", "pw")
