"""Compares a CSV the tool wrote with the workbook LibreOffice made of it: Python's csv module
reads the CSV, openpyxl the workbook. Prints JSON: rows, cells, mismatches (row, column, CSV
field, cell value), formulas (cells LibreOffice took for formulas) and the value of one cell
named on the command line (row, column) with its type."""
import csv
import json
import sys

import openpyxl

csv_path, xlsx_path, delimiter, probe_row, probe_col = sys.argv[1:6]
rows = list(csv.reader(open(csv_path, encoding="utf-8-sig", newline=""), delimiter=delimiter))
ws = openpyxl.load_workbook(xlsx_path).worksheets[0]
mismatches = []
formulas = 0
cells = 0
for i, row in enumerate(rows, start=1):
    for j, field in enumerate(row, start=1):
        cell = ws.cell(row=i, column=j)
        cells += 1
        if cell.data_type == "f":
            formulas += 1
        value = cell.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # A number: the field with its decimal comma (semicolon files) read as a point.
            text = field.replace(",", ".") if delimiter == ";" else field
            try:
                same = abs(float(text) - float(value)) < 1e-9
            except ValueError:
                same = False
        else:
            same = ("" if value is None else str(value)) == field
        if not same:
            mismatches.append([i, j, field, None if value is None else str(value)])
probe = ws.cell(row=int(probe_row), column=int(probe_col))
print(json.dumps({
    "rows": len(rows),
    "sheetRows": ws.max_row,
    "cells": cells,
    "mismatches": mismatches[:20],
    "mismatchCount": len(mismatches),
    "formulas": formulas,
    "probe": {"value": probe.value, "type": probe.data_type},
}, ensure_ascii=False))
