"""Content: the model, loading and checking the YAML, overlays, markup, editorial checks, comparison rows and
the content cache."""
