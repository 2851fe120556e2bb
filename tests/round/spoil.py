"""Spoils a round workbook the ways owners do: a status not in the list, a
note too long, a deleted row, a formula, a number typed as text, and the
indicators sheet renamed.

    python3 spoil.py IN.xlsx OUT.xlsx
"""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
acts = wb["Toimenpiteet"]
inds = wb["Mittarit"]


def row_of(ws, ident):
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == ident:
            return r
    raise SystemExit(f"no row {ident}")


acts.cell(row_of(acts, "a1"), 8).value = "melkein valmis"
r = row_of(acts, "a3")
acts.cell(r, 8).value = "Valmis"
acts.cell(r, 9).value = "x" * 25000
acts.delete_rows(row_of(acts, "a2"))
inds.cell(row_of(inds, "m1"), 7).value = "=1+1"
inds.cell(row_of(inds, "m2"), 7).value = "12,5"
inds.title = "Luvut"
wb.save(sys.argv[2])
