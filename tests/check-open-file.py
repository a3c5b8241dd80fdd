"""startfoto FILE, as a file manager or a double click runs it: a project from elsewhere is
brought into the library and shown, and the app does not end while the library is read.
Run under a display: check-open-file.py STARTFOTO WRITE-EXAMPLE APP-ID."""
import glob
import os
import subprocess
import sys
import tempfile
import time

from cli_check import Checks, EN

startfoto, write_example, app_id = sys.argv[1:4]
checks = Checks(startfoto)
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, 'van-een-collega.startfoto')
    subprocess.run([write_example, source], check=True)
    env = dict(EN, XDG_DATA_HOME=os.path.join(tmp, 'data'),
               XDG_CACHE_HOME=os.path.join(tmp, 'cache'), GSETTINGS_BACKEND='memory')
    library = os.path.join(tmp, 'data', app_id)
    app = subprocess.Popen([startfoto, source], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    imported = []
    end = time.monotonic() + 30
    while time.monotonic() < end and app.poll() is None and not imported:
        imported = glob.glob(os.path.join(library, '*.startfoto'))
        time.sleep(0.2)
    running = app.poll() is None
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
    checks.check(running, 'the app keeps running with the opened project')
    checks.check(len(imported) == 1, 'the file is brought into the library')
    checks.check(os.path.exists(source), 'the file itself is left where it was')
checks.done()
