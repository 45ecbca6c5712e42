"""Benchmarks for issue 9 (`make bench`): search as you type, loading, rendering, memory, startup and printing.

Run them all with `python -m benchmarks.run_all`; each module can also run alone (`python -m benchmarks.keystrokes`).
They measure, they never assert: speed lives here, not in the test suite.
"""
