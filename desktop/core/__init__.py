"""The content model: loading, validation, search, comparison and history. No Qt in here."""
