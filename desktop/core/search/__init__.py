"""Search: folding, the ranked index and its tables, result rows."""
