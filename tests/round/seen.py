"""Prints what an owner's spreadsheet program sees of a round workbook, as JSON."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
a = wb["Toimenpiteet"]
i = wb["Mittarit"]
out = {
    "sheets": [(ws.title, ws.sheet_state) for ws in wb.worksheets],
    "freeze": a.freeze_panes,
    "protected": a.protection.sheet,
    "id_hidden": a.column_dimensions["A"].hidden,
    "lists": [dv.formula1 for dv in a.data_validations.dataValidation if dv.type == "list"],
    "list_range": [str(dv.sqref) for dv in a.data_validations.dataValidation if dv.type == "list"],
    "status_locked": a["H2"].protection.locked,
    "name_locked": a["C2"].protection.locked,
    "start_is_date": a["D2"].is_date,
    "start_format": a["D2"].number_format,
    "widths": {k: round(v.width) for k, v in a.column_dimensions.items() if v.width},
    "indicator_header": [c.value for c in i[1]],
    "indicator_input_locked": i["G2"].protection.locked,
}
print(json.dumps(out, ensure_ascii=False))
