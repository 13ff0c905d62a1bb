"""Types answers into a readiness answer workbook with openpyxl, as an officer would in Excel.

Usage: openpyxl_fill.py <template.xlsx> <out.xlsx> <edits.json>
edits.json maps "<sheet number>!<cell>" (sheets counted from 1) to the text typed there;
a value {"date": "YYYY-MM-DD"} is typed as a date. openpyxl reads the whole workbook and
writes it anew (its own shared strings, styles and parts), so what the tool reads back was
written by a program nobody here wrote.
"""
import datetime
import json
import sys

import openpyxl

template, out, edits_file = sys.argv[1:4]
with open(edits_file, encoding="utf-8") as f:
    edits = json.load(f)
wb = openpyxl.load_workbook(template)
for where, value in edits.items():
    sheet, cell = where.split("!")
    ws = wb.worksheets[int(sheet) - 1]
    if isinstance(value, dict) and "date" in value:
        ws[cell] = datetime.date.fromisoformat(value["date"])
        ws[cell].number_format = "DD.MM.YYYY"
    else:
        ws[cell] = value
wb.save(out)
