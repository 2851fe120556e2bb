"""Writes an action list as a town keeps it, with openpyxl: a title row
above the header, the columns in a shuffled order, the theme in a merged
cell over its rows, real date cells beside dates typed as text, a status
drop-down, and one cell left wrong.

    python3 list.py sv OUT.xlsx    # Swedish headers and statuses
    python3 list.py fi OUT.xlsx    # Finnish headers and statuses
"""
import datetime
import sys

import openpyxl
from openpyxl.worksheet.datavalidation import DataValidation

lang, dst = sys.argv[1], sys.argv[2]
HEADERS = {
    "sv": ["Ansvarig", "Status", "Åtgärd", "Klar senast", "Mål", "Start", "Tema", "Kommentar"],
    "fi": ["Vastuutaho", "Tila", "Toimenpide", "Valmistuu", "Tavoite", "Aloitus", "Painopiste", "Huomiot"],
}[lang]
STATUS = {
    "sv": ["Pågår", "Ej påbörjad", "Klar", "Försenad"],
    "fi": ["Käynnissä", "Ei aloitettu", "Valmis", "Myöhässä"],
}[lang]
THEMES = {"sv": ["Bildning", "Trygghet"], "fi": ["Sivistys", "Turvallisuus"]}[lang]
GOALS = {"sv": ["Språket lever", "Trygga gator"], "fi": ["Kieli elää", "Turvalliset kadut"]}[lang]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = {"sv": "Åtgärdsplan", "fi": "Toimenpideohjelma"}[lang]
ws["A1"] = {"sv": "Stadens åtgärdsplan 2026–2028", "fi": "Kaupungin toimenpideohjelma 2026–2028"}[lang]
for c, h in enumerate(HEADERS, start=1):
    ws.cell(3, c).value = h
col = {h: k for k, h in enumerate(HEADERS, start=1)}
owner, status, action, due, goal, start, theme, note = HEADERS
rows = [
    # theme, goal, action, owner, start, due, status
    (0, 0, "Språkbad A", "Bildningsdirektör", datetime.date(2026, 8, 15), "6/2027", 0),
    (0, 0, "Språkbad B", "Bildningsdirektör, Rektor", "2026", datetime.date(2028, 5, 31), 1),
    (0, 0, "Läsfrämjande", "Biblioteket", "1.9.2026", "2027", 2),
    (1, 1, "Belysning i parker", "Tekniska direktören", "3/2026", "12/2026", 3),
    (1, 1, "Nattvandring", "Ungdomstjänster", "nästa år", "2027", 0),
]
for k, (t, g, a, o, s, d, st) in enumerate(rows):
    r = 4 + k
    if k in (0, 3):
        ws.cell(r, col[theme]).value = THEMES[t]
        ws.cell(r, col[goal]).value = GOALS[g]
    ws.cell(r, col[action]).value = a
    ws.cell(r, col[owner]).value = o
    for h, v in ((start, s), (due, d)):
        c = ws.cell(r, col[h])
        c.value = v
        if isinstance(v, datetime.date):
            c.number_format = "d.m.yyyy"
    ws.cell(r, col[status]).value = STATUS[st]
# The theme as a merged cell over its rows, as such lists are kept.
letter = openpyxl.utils.get_column_letter(col[theme])
ws.merge_cells(f"{letter}4:{letter}6")
dv = DataValidation(type="list", formula1='"' + ",".join(STATUS) + '"')
ws.add_data_validation(dv)
dv.add(f"{openpyxl.utils.get_column_letter(col[status])}4:{openpyxl.utils.get_column_letter(col[status])}8")
ws.column_dimensions[openpyxl.utils.get_column_letter(col[action])].width = 30
wb.save(dst)
