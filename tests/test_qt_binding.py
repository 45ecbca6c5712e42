"""The Qt binding we run on must survive many signal emits (PySide6 6.12.0 aborts after a few hundred)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_thousands_of_emits_do_not_corrupt_reference_counts() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            changed = Signal(str)

        app = QCoreApplication([])
        source = Source()
        source.changed.connect(lambda text: None)
        before = sys.getrefcount(True)
        for _ in range(5000):
            source.changed.emit("x")
        print(sys.getrefcount(True) - before)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
