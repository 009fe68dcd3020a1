"""PySide6 6.12.0 drops a reference to True/False on every signal emit, and to None on every
call that returns nothing, and then aborts the process (``Fatal Python error: bool_dealloc``
/ ``none_dealloc``); pyproject excludes that release. This test
fails on any PySide6 with the same bug, so a future upgrade cannot bring it back silently."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_signal_emit_keeps_bool_refcounts() -> None:
    script = textwrap.dedent(
        """
        import gc
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class O(QObject):
            s = Signal(int)

        app = QCoreApplication([])
        o = O()
        seen = []
        o.s.connect(seen.append)
        def work(i):
            o.s.emit(i)
            o.setObjectName(f"o{i}")  # a call that returns None

        work(-1)  # first calls fill caches that keep references of their own
        gc.disable()
        before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
        for i in range(50):
            work(i)
        after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
        # The bug loses one reference per call (-50 here); nothing may go down.
        print(all(a >= b for a, b in zip(after, before)), len(seen) - 1)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "50"], proc.stdout
