"""Prints, as JSON, what openpyxl sees of a workbook's layout: per sheet its state, frozen
cell, hidden rows, column widths, list validations, paper size, orientation and print titles."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    out.append({
        "name": ws.title,
        "state": ws.sheet_state,
        "freeze": ws.freeze_panes,
        "hiddenRows": sorted(r for r, d in ws.row_dimensions.items() if d.hidden),
        "hiddenColumns": sorted(c for c, d in ws.column_dimensions.items() if d.hidden),
        "widths": {c: d.width for c, d in ws.column_dimensions.items()},
        "lists": [{"ref": str(v.sqref), "formula": v.formula1} for v in ws.data_validations.dataValidation if v.type == "list"],
        "paperSize": ws.page_setup.paperSize,
        "orientation": ws.page_setup.orientation,
        "printTitleRows": ws.print_title_rows,
        "wrap": ws["C3"].alignment.wrap_text,
    })
print(json.dumps(out))
