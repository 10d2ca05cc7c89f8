import pytest
from django.core.management import CommandError, call_command

from catalog.models import ProductPage

from .conftest import SAMPLES

pytestmark = pytest.mark.django_db


def test_dry_run_prints_the_plan_and_writes_nothing(catalog_tree, capsys):
    call_command("import_ocop", str(SAMPLES / "ocop_sample.xlsx"), "--dry-run")

    out = capsys.readouterr().out
    assert "create" in out and "Gạo Séng Cù" in out
    assert "create: 5" in out
    assert not ProductPage.objects.exists()


def test_import_then_reimport_is_unchanged(catalog_tree, capsys):
    call_command("import_ocop", str(SAMPLES / "ocop_sample.csv"), "--publish")
    call_command("import_ocop", str(SAMPLES / "ocop_sample.csv"), "--publish")

    assert "unchanged: 5" in capsys.readouterr().out
    assert ProductPage.objects.live().count() == 5


def test_errors_fail_the_command(catalog_tree, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text((SAMPLES / "ocop_sample.csv").read_text().replace(",4,78,", ",9,78,", 1))

    with pytest.raises(CommandError, match="không nhập dòng nào"):
        call_command("import_ocop", str(bad))
    assert not ProductPage.objects.exists()


def test_unreadable_file_fails_with_its_message(catalog_tree, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")

    with pytest.raises(CommandError, match="Tệp trống"):
        call_command("import_ocop", str(empty))
