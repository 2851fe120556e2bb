"""Fills a round workbook as an owner would, with openpyxl: a status picked
from the list, a note typed, % done, actuals entered, the rows sorted, a
column widened, one cell left wrong (text in a number cell), and the status
of a recurring report's next occurrence picked, with a note.

    python3 fill.py IN.xlsx OUT.xlsx
"""
import sys

import openpyxl

src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)
acts = wb["Toimenpiteet"]
inds = wb["Mittarit"]


def header(ws):
    return {c.value: c.column for c in ws[1] if c.value is not None}


def row_of(ws, ident):
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == ident:
            return r
    raise SystemExit(f"no row {ident}")


h = header(acts)
r = row_of(acts, "a2")
acts.cell(r, h["Uusi tila"]).value = "Etenee"
acts.cell(r, h["Huomio"]).value = "Käynnistetty syyskuussa"
acts.cell(r, h["% valmis"]).value = 20
r = row_of(acts, "a3")
acts.cell(r, h["Uusi tila"]).value = "Valmis"

# The owner sorts the rows (here: by action name, descending) and widens a column.
rows = [[c.value for c in row] for row in acts.iter_rows(min_row=2)]
rows.sort(key=lambda v: str(v[2]), reverse=True)
for i, values in enumerate(rows, start=2):
    for j, v in enumerate(values, start=1):
        acts.cell(i, j).value = v
acts.column_dimensions["C"].width = 70

h = header(inds)
inds.cell(row_of(inds, "m1"), h["2026"]).value = 61.5
inds.cell(row_of(inds, "m2"), h["2026"]).value = "paljon"  # the wrong cell

# The next occurrence of a recurring report: its status picked, a note typed.
if "Raportit" in wb.sheetnames:
    reps = wb["Raportit"]
    h = header(reps)
    r = row_of(reps, "r1")
    reps.cell(r, h["Uusi tila"]).value = "Valmis"
    reps.cell(r, h["Huomio"]).value = "Lautakunnalle marraskuussa"
wb.save(dst)
