"""The statistics page and its CSV download."""

import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from home.spreadsheets import csv_row
from stats.cache import get_statistics
from stats.charts import bar_chart


def statistics(request):
    stats = get_statistics(translation.get_language())
    sections = [(breakdown, bar_chart(breakdown.rows)) for breakdown in stats.breakdowns]
    return render(request, "stats/statistics.html", {"stats": stats, "sections": sections})


def statistics_csv(request):
    stats = get_statistics(translation.get_language())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="thong-ke-ocop-{stats.on.isoformat()}.csv"'
    # A byte-order mark lets spreadsheet programs read the Vietnamese letters as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Bảng"), _("Mã"), _("Nhãn"), _("Số lượng")])
    writer.writerow(["total", "products", _("Sản phẩm còn hiệu lực"), stats.product_count])
    writer.writerow(["total", "producers", _("Chủ thể có sản phẩm còn hiệu lực"), stats.producer_count])
    writer.writerow(["total", "certified_ever", _("Sản phẩm từng được công nhận"), stats.certified_ever])
    for breakdown in stats.breakdowns:
        for row in breakdown.rows:
            # Labels are editor-written names (places, product sets).
            writer.writerow(csv_row([breakdown.name, row.key, row.label, row.count]))
    return response
