"""What the command-line checks (check-*.py) share: running startfoto in English or Dutch, and
reporting each check as it goes."""
import os
import subprocess
import sys

EN = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
NL = dict(os.environ, LC_ALL='nl_NL.UTF-8', LANGUAGE='nl')


class Checks:
    def __init__(self, startfoto):
        self.startfoto = startfoto
        self.failures = []

    def run(self, *args, e=EN):
        return subprocess.run([self.startfoto, *args], capture_output=True, text=True, env=e,
                              timeout=120)

    def check(self, ok, what):
        print(('ok      ' if ok else 'FAIL    ') + what)
        if not ok:
            self.failures.append(what)

    def done(self):
        sys.exit(1 if self.failures else 0)
