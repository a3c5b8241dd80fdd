#!/usr/bin/env python3
"""startfoto --merge THEIRS MINE [--dry-run] [--json], randomised: from the example, a copy is
made (which keeps its base), random edits are made to mine and to the copy (changed texts and
figures in every step's tables, people, partners and the business case; removed statements,
tags, key points, actions, remarks, support records and notes; added flats and themes), and
the merge must keep every
change of either side that does not conflict, report exactly the overlapping ones as
conflicts (mine kept), change nothing a second time, and give the same project whichever of
two copies is merged first. Bad copies are refused and change nothing."""
import json
import os
import pathlib
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid

from cli_check import Checks

startfoto, write_example = sys.argv[1], sys.argv[2]
checks = Checks(startfoto)
run, check = checks.run, checks.check

# (table, text or number column) edited at random, and tables whose rows may be removed.
COLUMNS = [('flat', 'name'), ('flat', 'address'), ('statement', 'text'), ('key_point', 'text'),
           ('answer', 'text'), ('indicator_value', 'value_number'), ('plan_action', 'what'),
           ('decision', 'text'), ('theme', 'name'), ('remark', 'text'),
           ('consideration', 'note'), ('communication', 'message'),
           ('precondition_status', 'basis'), ('person', 'name'), ('partner', 'organisation'),
           ('interview', 'notes'), ('session', 'place'), ('slide', 'notes'),
           ('review_note', 'text'), ('board_support', 'conditions'), ('mbc_parameter', 'set_by')]
REMOVABLE = ['statement', 'tag', 'plan_action', 'consideration', 'remark', 'communication',
             'board_support', 'review_note', 'key_point']
SKIP = ('last_change', 'copy_origin', 'merge_record', 'merge_conflict')


def tables(db):
    return [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
            if '_fts' not in r[0] and not r[0].startswith('sqlite_') and r[0] not in SKIP]


def dump(path):
    """Every row of every table, by table and id."""
    db = sqlite3.connect(path)
    rows = {}
    for table in tables(db):
        names = [r[1] for r in db.execute(f'PRAGMA table_info ("{table}")')]
        for row in db.execute(f'SELECT * FROM "{table}"'):
            rows[(table, row[names.index('id')])] = dict(zip(names, row))
    db.close()
    return rows


def edit(path, rng, touched):
    """A random edit script on the file at @path; returns what it did."""
    db = sqlite3.connect(path)
    db.execute('PRAGMA foreign_keys = ON')
    done = []
    for _ in range(rng.randint(4, 10)):
        kind = rng.random()
        if kind < 0.6:
            table, column = rng.choice(COLUMNS)
            try:
                ids = [r[0] for r in db.execute(f'SELECT id FROM "{table}"')]
            except sqlite3.OperationalError:
                continue
            if not ids:
                continue
            row = rng.choice(ids)
            value = rng.randint(1, 500) if column == 'value_number' else \
                f'{column} {rng.randint(1, 10**6)}'
            db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row))
            done.append(('set', table, row, column, value))
        elif kind < 0.8:
            table = rng.choice(REMOVABLE)
            ids = [r[0] for r in db.execute(f'SELECT id FROM "{table}"')]
            if ids:
                row = rng.choice(ids)
                db.execute(f'DELETE FROM "{table}" WHERE id = ?', (row,))
                done.append(('remove', table, row))
        elif kind < 0.9:
            row = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            db.execute('INSERT INTO flat (id, position, name) VALUES (?, 99, ?)',
                       (row, f'flat {rng.randint(1, 10**6)}'))
            done.append(('add', 'flat', row))
        else:
            row = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            name = f'thema {rng.randint(1, 10**6)}'
            db.execute("INSERT INTO theme (id, name, name_key, created) "
                       "VALUES (?, ?, ?, '2026-12-07T10:00:00Z')", (row, name, name))
            done.append(('add', 'theme', row))
    db.commit()
    db.close()
    touched.extend(done)
    return done


def merge(theirs, mine, *extra):
    r = run('--merge', str(theirs), str(mine), '--json', *extra)
    try:
        return r.returncode, json.loads(r.stdout) if r.stdout.strip() else None, r.stderr
    except json.JSONDecodeError:
        return r.returncode, None, r.stderr


def expected(base, mine, theirs):
    """What merging @theirs into @mine (dumps, from @base) must give, and the conflicts."""
    result = dict(mine)
    conflicts = set()
    for key in set(base) | set(theirs):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if t == b:
            continue
        if b is None:                          # added in the copy
            if m is None:
                result[key] = t
            elif m != t:
                conflicts |= {(key[0], key[1], c) for c in t if m.get(c) != t[c]}
        elif t is None:                        # removed in the copy
            if m == b:
                result.pop(key, None)
            elif m is not None:
                conflicts.add((key[0], key[1], None))
        elif m is None:                        # changed in the copy, removed here
            conflicts.add((key[0], key[1], None))
        else:
            row = dict(m)
            for c in t:
                if t[c] == b[c] or m[c] == t[c]:
                    continue
                if m[c] == b[c]:
                    row[c] = t[c]
                else:
                    conflicts.add((key[0], key[1], c))
            result[key] = row
    return result, conflicts



with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp / 'data'))
    checks.run = lambda *args, e=env: subprocess.run([startfoto, *args], capture_output=True,
                                                      text=True, env=e, timeout=120)
    run = checks.run
    example = tmp / 'voorbeeld.startfoto'
    subprocess.run([write_example, str(example)], check=True)

    rounds_ok = 0
    for seed in range(24):
        rng = random.Random(seed)
        mine = tmp / f'mijn-{seed}.startfoto'
        theirs = tmp / f'kopie-{seed}.startfoto'
        shutil.copy(example, mine)
        r = run('--export-copy', str(theirs), str(mine), '--include-confidential')
        if r.returncode != 0:
            check(False, f'seed {seed}: the copy is made ({r.stderr.strip()})')
            continue
        base = dump(theirs)
        edit(mine, rng, [])
        edit(theirs, rng, [])
        before_mine, before_theirs = dump(mine), dump(theirs)
        want, want_conflicts = expected(base, before_mine, before_theirs)

        status, plan, err = merge(theirs, mine, '--dry-run')
        ok = plan is not None and dump(mine) == before_mine and plan['base']
        got_conflicts = {(c['table'], c['row'], c['column']) for c in plan['conflicts']} \
            if plan else set()
        status, result, err = merge(theirs, mine)
        after = dump(mine)
        # Rows a removal took with it (ON DELETE CASCADE) are gone from both.
        want = {k: v for k, v in want.items() if k in after or k not in before_mine
                or before_mine[k] == v}
        ok = ok and status == (3 if want_conflicts else 0) and result is not None
        ok = ok and got_conflicts == want_conflicts
        ok = ok and {k: v for k, v in after.items() if k in want} == \
            {k: v for k, v in want.items() if k in after}
        ok = ok and all(k in after for k in want if k not in before_mine or
                        (k in before_mine and k not in {(c[0], c[1]) for c in want_conflicts}
                         and want[k] != before_mine[k]))
        again_status, again, _ = merge(theirs, mine)
        ok = ok and again is not None and not again['conflicts'] and dump(mine) == after
        ok = ok and all(v == {'added': 0, 'changed': 0, 'removed': 0}
                        for v in again['parts'].values())
        if not ok:
            check(False, f'seed {seed}: the merge keeps every change that does not conflict, '
                         f'reports exactly the overlapping ones ({sorted(got_conflicts)} vs '
                         f'{sorted(want_conflicts)}), and a second merge changes nothing')
        else:
            rounds_ok += 1
    check(rounds_ok == 24, f'{rounds_ok} of 24 random edit scripts merge as they must')

    # The copy removed actions that remarks point at (ON DELETE SET NULL in mine as well).
    linked_mine, linked_copy = tmp / 'gekoppeld.startfoto', tmp / 'gekoppeld-kopie.startfoto'
    shutil.copy(example, linked_mine)
    run('--export-copy', str(linked_copy), str(linked_mine), '--include-confidential')
    db = sqlite3.connect(linked_copy)
    db.execute('PRAGMA foreign_keys = ON')
    n = db.execute('DELETE FROM plan_action WHERE id IN (SELECT action_id FROM remark)').rowcount
    db.commit()
    db.close()
    status, result, _ = merge(linked_copy, linked_mine)
    db = sqlite3.connect(linked_mine)
    left = db.execute('SELECT count (*) FROM remark WHERE action_id IS NOT NULL').fetchone()[0]
    db.close()
    check(n > 0 and status == 0 and left == 0,
          'actions the copy removed are removed, and remarks no longer point at them')

    # Two copies of one base, edited apart without overlap: either order gives one project.
    rng = random.Random(99)
    mine_ab, mine_ba = tmp / 'ab.startfoto', tmp / 'ba.startfoto'
    shutil.copy(example, mine_ab)
    a, b = tmp / 'a.startfoto', tmp / 'b.startfoto'
    run('--export-copy', str(a), str(mine_ab), '--include-confidential')
    run('--export-copy', str(b), str(mine_ab), '--include-confidential')
    shutil.copy(mine_ab, mine_ba)
    for path, name in ((a, 'Zilverreiger A'), (b, 'Kwikstaartje B')):
        db = sqlite3.connect(path)
        column = 'name' if path == a else 'address'
        db.execute(f'UPDATE flat SET "{column}" = ? WHERE position = 0', (name,))
        db.execute('INSERT INTO flat (id, position, name) VALUES (?, 50, ?)',
                   (str(uuid.uuid4()), name))
        db.commit()
        db.close()
    merge(a, mine_ab)
    merge(b, mine_ab)
    merge(b, mine_ba)
    merge(a, mine_ba)
    check(dump(mine_ab) == dump(mine_ba), 'two copies merged in either order give one project')

    # Without a base: what only the copy has is added, nothing is removed.
    older = tmp / 'ouder.startfoto'
    shutil.copy(a, older)
    db = sqlite3.connect(older)
    db.execute('DELETE FROM copy_origin')
    db.execute('DELETE FROM statement')
    db.commit()
    db.close()
    fresh = tmp / 'vers.startfoto'
    shutil.copy(example, fresh)
    status, plan, _ = merge(older, fresh, '--dry-run')
    check(plan is not None and not plan['base'] and
          all(p['removed'] == 0 for p in plan['parts'].values()),
          'without a base, the plan removes nothing and says it has no base')

    # Bad copies: another project, not a project, a newer one; each exit 1, nothing changed.
    other = tmp / 'ander.startfoto'
    shutil.copy(example, other)
    db = sqlite3.connect(other)
    db.execute("UPDATE project SET id = '00000000-0000-4000-8000-000000000000'")
    db.commit()
    db.close()
    junk = tmp / 'rommel.startfoto'
    junk.write_bytes(b'geen project')
    newer = tmp / 'nieuwer.startfoto'
    shutil.copy(example, newer)
    db = sqlite3.connect(newer)
    db.execute('PRAGMA user_version = 9999')
    db.commit()
    db.close()
    before = dump(fresh)
    for bad, what in ((other, 'another project'), (junk, 'not a project'),
                      (newer, 'a newer file')):
        r = run('--merge', str(bad), str(fresh))
        check(r.returncode == 1 and r.stderr.strip() != '' and dump(fresh) == before,
              f'a copy of {what} is refused with a message, and nothing changes')
    r = run('--merge', str(other), str(fresh), e=dict(env, LC_ALL='nl_NL.UTF-8', LANGUAGE='nl'))
    check('ander project' in r.stderr, 'the refusal is in Dutch under a Dutch locale')
    r = run('--dry-run', str(fresh))
    check(r.returncode == 1 and '--merge' in r.stderr, '--dry-run alone is refused')

checks.done()
