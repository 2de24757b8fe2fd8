#!/usr/bin/env python3
"""Reproduces the write-ahead log growth of docs/performance.md ("The write-ahead log starts over after every commit").

One connection writes transactions of about a second of inserts each (an import); with --other, a second connection
updates a row every 0.5 s (the lease's renewal), waiting for the first one's write lock. Prints the log's size after
each commit. --checkpoint passive|restart runs that checkpoint after each commit (what the import now does: restart).
Everything is written to a new folder under /tmp, which the script creates and removes.
"""
import argparse, os, shutil, sqlite3, tempfile, threading, time

parser = argparse.ArgumentParser()
parser.add_argument("--other", action="store_true", help="a second connection writes every 0.5 s")
parser.add_argument("--checkpoint", choices=["none", "passive", "restart"], default="none")
parser.add_argument("--transactions", type=int, default=25)
args = parser.parse_args()

folder = tempfile.mkdtemp(prefix="wal-growth-")
try:
    path = os.path.join(folder, "t.db")
    writer = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA synchronous=NORMAL")
    writer.execute("PRAGMA journal_size_limit=67108864")
    writer.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)")
    writer.execute("CREATE TABLE s (k TEXT PRIMARY KEY, v TEXT)")
    writer.execute("INSERT INTO s VALUES ('lease', '')")
    stop = False

    def renew():
        other = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        while not stop:
            time.sleep(0.5)
            try:
                other.execute("UPDATE s SET v = ? WHERE k = 'lease'", (str(time.time()),))
            except sqlite3.OperationalError as e:
                print("other:", e)
        other.close()

    renewal = threading.Thread(target=renew, daemon=True)
    if args.other:
        renewal.start()
    for i in range(args.transactions):
        writer.execute("BEGIN IMMEDIATE")
        started = time.time()
        while time.time() - started < 1.0:
            writer.execute("INSERT OR REPLACE INTO t VALUES (?, randomblob(4000))", (int.from_bytes(os.urandom(3), "little"),))
        writer.execute("COMMIT")
        if args.checkpoint != "none":
            writer.execute(f"PRAGMA wal_checkpoint({args.checkpoint.upper()})").fetchone()
        print(i, os.path.getsize(path + "-wal") // 1048576, "MB", flush=True)
    stop = True
    if args.other:
        renewal.join()
    writer.close()
finally:
    shutil.rmtree(folder)
