"""Printing: term sheets, comparison handouts and booklets, for a printer, the print preview and PDF files.

`jobs` says what to print (checked ids, no Qt widgets); `layout` lays a document out page by page and draws the
header and footer; `links` turns screen links into PDF jumps or plain text; `booklet` paints a job (one term, one
comparison, or a booklet with a title page and contents) on any paged device; `pdf` writes a job to a PDF file,
all or nothing; `export_command` is the `export` subcommand; `print_controller` and `booklet_dialog` are the
window's side (Qt widgets, imported only by the interface); `texts` holds the print-only fixed words.
"""
