#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the crafted seeds of tests/fuzz-project-corpus/: project files a user could be sent.

Usage: tests/fuzz-project-seeds.py BUILD/tests/write-example tests/fuzz-project-corpus
       tests/fuzz-project-seeds.py --pack tests/fuzz-project-corpus   (after a -merge=1)

The base is the app's own example project (written by write-example, so that it has the
schema the app makes), made smaller: one flat, pages of 512 bytes. Each seed changes it with
Python's sqlite3 the way a damaged or crafted file would be. A seed that needs a side file (a
crash's journal, a WAL) or would be large on disk (a huge cell) is written in the container of
fuzz-project.c: "SFSEED1\n", then per file one byte (0 the file, 1 -journal, 2 -wal, 3 -shm;
+0x80: zlib-compressed), its length (4 bytes, little-endian) and its bytes.
Seeds whose name starts with "seed-" are the crafted ones; the rest of the corpus is what
libFuzzer found: "found-" what showed a defect, "z-" a large input packed by --pack.
"""

import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import zlib

MAIN, JOURNAL, WAL, SHM = 0, 1, 2, 3
SUFFIXES = {MAIN: "", JOURNAL: "-journal", WAL: "-wal", SHM: "-shm"}
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")


def container(files, compress=()):
    out = bytearray(b"SFSEED1\n")
    for kind, data in files.items():
        if kind in compress:
            data = zlib.compress(data, 9)
            kind |= 0x80
        out += struct.pack("<BI", kind, len(data)) + data
    return bytes(out)


def connect(path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = OFF")
    return db


def shrink(path, page_size=512):
    db = connect(path)
    db.execute(f"PRAGMA page_size = {page_size}")
    db.execute("VACUUM")
    db.close()


def read(path):
    with open(path, "rb") as f:
        return f.read()


class Seeds:
    def __init__(self, write_example, out_dir, tmp):
        self.out_dir = out_dir
        self.tmp = tmp
        self.base = os.path.join(tmp, "base.startfoto")
        subprocess.run([write_example, self.base], check=True)
        db = connect(self.base)
        db.execute("PRAGMA foreign_keys = ON")
        # One flat is enough to reach every path; its figures and requests go with the other.
        db.execute("DELETE FROM flat WHERE rowid != (SELECT min (rowid) FROM flat)")
        db.execute("DELETE FROM search_fts WHERE rowid IN (SELECT doc FROM search_fts_ref"
                   " WHERE ref NOT IN (SELECT id FROM flat UNION SELECT id FROM indicator_value"
                   " UNION SELECT id FROM partner UNION SELECT id FROM interview"
                   " UNION SELECT id FROM answer UNION SELECT id FROM session"
                   " UNION SELECT id FROM statement UNION SELECT id FROM key_point))")
        db.execute("DELETE FROM search_fts_ref WHERE doc NOT IN (SELECT rowid FROM search_fts)")
        db.execute("UPDATE project SET is_example = 0")
        db.execute("UPDATE answer SET confidential = 1 WHERE rowid IN"
                   " (SELECT rowid FROM answer WHERE text != '' LIMIT 2)")
        db.close()
        shrink(self.base)

    def copy(self, name):
        path = os.path.join(self.tmp, name + ".startfoto")
        shutil.copyfile(self.base, path)
        for suffix in ("-journal", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.unlink(path + suffix)
        return path

    def write(self, name, data, raw=False):
        """A seed; all but those worth mutating byte by byte are compressed (a container)."""
        if not raw and not data.startswith(b"SFSEED1\n"):
            data = container({MAIN: data}, compress=(MAIN,))
        with open(os.path.join(self.out_dir, "seed-" + name), "wb") as f:
            f.write(data)

    def sql(self, name, *statements, writable_schema=False, page_size=512):
        """A copy of the base changed by @statements, written as seed @name."""
        path = self.copy(name)
        db = connect(path)
        db.execute("PRAGMA ignore_check_constraints = ON")
        if writable_schema:
            db.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            db.execute(statement)
        db.close()
        if page_size:
            shrink(path, page_size)
        return path

    def all(self):
        self.write("valid", read(self.base), raw=True)
        self.write("example", read(self.sql("example", "UPDATE project SET is_example = 1")))
        for version in ("v1", "v4"):
            path = os.path.join(self.tmp, version + ".startfoto")
            shutil.copyfile(os.path.join(FIXTURES, version + ".startfoto"), path)
            shrink(path)
            self.write("fixture-" + version, read(path), raw=version == "v1")

        # NULL ids: the tables redefined without NOT NULL (SQLite lets a TEXT primary key be
        # NULL), then rows without an id.
        redefine = ["UPDATE sqlite_schema SET sql = replace (sql, 'id TEXT PRIMARY KEY NOT NULL',"
                    " 'id TEXT PRIMARY KEY') WHERE name = '%s'" % table
                    for table in ("flat", "theme", "statement", "question", "partner")]
        path = self.sql("null-ids", *redefine, writable_schema=True, page_size=0)
        db = connect(path)
        db.execute("INSERT INTO flat (id, position, name) VALUES (NULL, 9, 'Zonder id')")
        db.execute("UPDATE theme SET id = NULL WHERE rowid = (SELECT min (rowid) FROM theme)")
        db.execute("UPDATE statement SET id = NULL WHERE rowid = "
                   "(SELECT min (rowid) FROM statement)")
        db.execute("INSERT INTO question (id, step, position, text) VALUES (NULL, 1, 0, 'Geen')")
        db.execute("INSERT INTO partner (id, organisation, created) VALUES (NULL, 'X', '')")
        db.close()
        shrink(path)
        self.write("null-ids", read(path), raw=True)

        # Structured values: nested deeper than any parser's stack, and other odd JSON.
        deep = "UPDATE indicator_value SET value_json = printf ('%%.%dc', '[') WHERE rowid = " \
               "(SELECT min (rowid) FROM indicator_value WHERE value_json IS NOT NULL)"
        self.write("deep-json-200000", read(self.sql("deep-json", deep % 200000, page_size=65536)))
        self.write("deep-json-5000", read(self.sql("deep-json-small", deep % 5000)))
        odd = ["'{\"bands\": {\"<55\": 1e999}, \"average\": -1e999}'", "'[{\"kind\": 5}]'",
               "'{'", "'null'", "'\"x\"'", "'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]'",
               "x'c3'", "'{\"bands\": [1,2,3]}'"]
        self.write("odd-json", read(self.sql("odd-json", *[
            "UPDATE indicator_value SET value_json = %s WHERE rowid = (SELECT rowid FROM "
            "indicator_value WHERE value_json IS NOT NULL LIMIT 1 OFFSET %d)" % (value, i)
            for i, value in enumerate(odd)] + [
            "UPDATE indicator_value SET value_json = '{\"x\": 1}' WHERE value_json IS NULL"])),
            raw=True)

        # Values out of the ranges the code knows, written past the CHECK constraints.
        for name, value in (("4", 4), ("100000000", 100000000), ("negative", -1)):
            self.write("enums-" + name, read(self.sql(
                "enums-" + name,
                f"UPDATE step SET status = {value}, by_hand = 1",
                f"UPDATE participant SET stance = {value}",
                f"UPDATE interview SET status = {value}",
                f"UPDATE indicator_value SET accuracy = {value}, status = {value}",
                f"UPDATE question SET step = {value} WHERE rowid = (SELECT min (rowid) FROM "
                "question)")), raw=value == 4)
        self.write("odd-types", read(self.sql(
            "odd-types",
            "UPDATE flat SET name = x'00ff', position = 'eerste'",
            "UPDATE project SET name = 12, municipality = 3.5",
            "UPDATE last_change SET modified = x'ff'",
            "UPDATE indicator_value SET value_number = 'veel' WHERE rowid = "
            "(SELECT min (rowid) FROM indicator_value)",
            "UPDATE partner SET domain = 'elders'",
            "UPDATE indicator SET type = 'onbekend' WHERE rowid = (SELECT min (rowid) FROM "
            "indicator)")))

        # The file's own schema objects: refused before anything of them runs.
        self.write("trigger-confidential", read(self.sql(
            "trigger",
            "CREATE TRIGGER leak AFTER UPDATE ON project BEGIN"
            " UPDATE statement SET confidential = 0; UPDATE answer SET confidential = 0;"
            " UPDATE key_point SET confidential = 0; END")))
        self.write("foreign-view", read(self.sql(
            "view", "CREATE VIEW leak AS SELECT text FROM statement WHERE confidential")))
        self.write("foreign-table", read(self.sql("table", "CREATE TABLE extra (x)",
                                                  "INSERT INTO extra VALUES (1)")))
        self.write("changed-table", read(self.sql("changed", "ALTER TABLE flat ADD COLUMN x")))
        self.write("too-new", read(self.sql("too-new", "PRAGMA user_version = 999")))
        self.write("wrong-application-id", read(self.sql("app-id", "PRAGMA application_id = 1")))
        self.write("no-application-id", read(self.sql("no-app-id", "PRAGMA application_id = 0")))

        # Cells over the store's 16 MB cap: compressed, as on disk they are 17 MB.
        for name, statement in (
                ("huge-name", "UPDATE project SET name = printf ('%.17000000c', 'x')"),
                ("huge-statement", "UPDATE statement SET text = printf ('%.17000000c', 'y')"
                 " WHERE rowid = (SELECT min (rowid) FROM statement)"),
                ("huge-blob", "UPDATE flat SET address = zeroblob (17000000)")):
            self.write(name, read(self.sql(name, statement, page_size=65536)))

        self.hot_journal()
        self.wal()
        self.write("empty", b"", raw=True)
        self.write("not-sqlite", b"Dit is geen project.\n" * 20, raw=True)
        self.write("journal-only", container({MAIN: b"", JOURNAL: read(self.base)[:4096]}))

    def hot_journal(self):
        """A change interrupted by a crash: the file half written, its journal beside it."""
        path = self.copy("hot")
        db = connect(path)
        db.execute("PRAGMA cache_size = 1")
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE statement SET text = text || printf ('%.5000c', 'x')")
        files = {MAIN: read(path), JOURNAL: read(path + "-journal")}
        db.execute("ROLLBACK")
        db.close()
        assert files[MAIN] != read(self.base), "the change did not reach the file"
        self.write("hot-journal", container(files))
        # The same, the journal cut short (a crash while it was being written).
        files[JOURNAL] = files[JOURNAL][:len(files[JOURNAL]) // 2]
        self.write("hot-journal-cut", container(files, compress=(MAIN, JOURNAL)))

    def wal(self):
        """A file in WAL mode with changes still in its WAL, as a crash leaves it."""
        path = self.copy("wal")
        db = connect(path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute("UPDATE flat SET name = 'Vanuit de WAL'")
        db.execute("UPDATE answer SET confidential = 1")
        files = {MAIN: read(path), WAL: read(path + "-wal")}
        self.write("wal", container(files))
        # The file alone, its header saying WAL: mailed without its side files.
        self.write("wal-file-alone", container({MAIN: files[MAIN]}, compress=(MAIN,)))
        files[SHM] = read(path + "-shm")
        self.write("wal-shm", container(files, compress=(MAIN, WAL, SHM)))
        db.close()


def plain_records(data):
    """The files of a container whose records are all uncompressed, whole and of different
    files, or None (then packing it could change what the target reads)."""
    if not data.startswith(b"SFSEED1\n"):
        return {MAIN: data}
    files, pos = {}, 8
    while pos < len(data):
        if pos + 5 > len(data):
            return None
        kind, length = struct.unpack("<BI", data[pos:pos + 5])
        pos += 5
        if kind > SHM or kind in files or pos + length > len(data):
            return None
        files[kind] = data[pos:pos + length]
        pos += length
    return files if MAIN in files else None


def pack(corpus):
    """What libFuzzer added (hash names) and is large, in a compressed container: the same
    bytes reach the target, and the repository stays small."""
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        data = read(path)
        files = plain_records(data)
        if name.startswith(("seed-", "found-", "z-")) or len(data) < 4096 or files is None:
            continue
        with open(os.path.join(corpus, "z-" + name), "wb") as f:
            f.write(container(files, compress=tuple(files)))
        os.unlink(path)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--pack":
        pack(sys.argv[2])
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        Seeds(sys.argv[1], sys.argv[2], tmp).all()


if __name__ == "__main__":
    main()
