"""Parsers for the field's dictionaries (used by ``scripts/import_field.py``, never at run time).

Each parser takes the text of one source file and returns the typed entries of
``dateline.fielddicts`` with a ``Report`` of the lines it could not read (errors, skipped) or
read only by repairing them (warnings). Nothing is dropped without a problem being recorded.
"""
