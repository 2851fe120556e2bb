"""Edits an action list as the strategy lead would in Excel, with openpyxl:
finds the row of an action by its name and sets cells by their header
(an empty value clears the cell).

    python3 list_edit.py IN.xlsx OUT.xlsx ACTION HEADER=VALUE [HEADER=VALUE ...]
"""
import sys

import openpyxl

src, dst, action, *cells = sys.argv[1:]
wb = openpyxl.load_workbook(src)
ws = wb.active
header_row = next(r for r in range(1, ws.max_row + 1) if sum(1 for c in ws[r] if c.value) > 3)
col = {c.value: c.column for c in ws[header_row] if c.value}
action_col = next(c for h, c in col.items() if h in ("Toimenpide", "Åtgärd", "Action"))
row = next(r for r in range(header_row + 1, ws.max_row + 1) if ws.cell(r, action_col).value == action)
for cell in cells:
    header, value = cell.split("=", 1)
    ws.cell(row, col[header]).value = value or None
wb.save(dst)
