"""Lotse benchmark (run through scripts/bench). Prints one figure per line, `name: value unit`,
on stdout; progress goes to stderr. Never asserts: a failure to measure is printed as a figure
("… lost: N commands") or, if the setup fails, as an error on stderr with exit status 1.

Everything runs against a fresh Synapse (rate limits raised) and a fresh bot in a temporary
directory, both stopped at the end (also on Ctrl-C / SIGTERM):
  (a) Synapse round trip: A sends, B's long-polling /sync receives; --samples times, p50/p99.
  (b) Lotse reply latency: one user sends `!idee <title>` one at a time; from send until the
      bot's reply (matched by m.in_reply_to) arrives in that user's /sync; p50/p99, and
      p50 / (2 × Synapse round-trip p50) – the bot's own share (1.0 = no overhead at all).
  (c) Burst: --burst commands from --users users at once (one thread per user, each sending as
      fast as Synapse accepts, each user in its own room with the bot, or all in one room with
      --shared-room); seconds until the last reply, lost (no reply after --grace s), answered
      twice, answers per second; ideas in the bot's SQLite database afterwards.
  (d) The bot's resident memory (VmRSS) after the burst and its peak (VmHWM).
"""

import argparse
import ctypes
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from matrix_http import Client, SyncLoop, percentile, reply_target  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOT = "lotse"
PASSWORD = "bench-password"


def progress(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def figure(name, value, unit):
    if isinstance(value, float):
        value = f"{value:.1f}" if abs(value) >= 10 or value == 0 else f"{value:.2f}"
    print(f"{name}: {value} {unit}", flush=True)


class Recorder:
    """Timeline events seen by one or more sync loops: arrival time per event id, and the bot's
    replies per command event id (first arrival, and how many distinct replies)."""

    def __init__(self, bot_id):
        self.bot_id = bot_id
        self.cond = threading.Condition()
        self.arrived = {}  # event id -> monotonic arrival
        self.reply_first = {}  # command event id -> monotonic arrival of the first reply
        self.reply_ids = {}  # command event id -> set of reply event ids
        self.bot_messages = 0

    def on_event(self, _room, event, arrived):
        eid = event.get("event_id")
        with self.cond:
            if eid in self.arrived:
                return  # same event seen by another user's sync
            self.arrived[eid] = arrived
            if event.get("type") == "m.room.message" and event.get("sender") == self.bot_id:
                self.bot_messages += 1
                target = reply_target(event.get("content", {}))
                if target:
                    self.reply_ids.setdefault(target, set()).add(eid)
                    self.reply_first.setdefault(target, arrived)
            self.cond.notify_all()

    def wait_event(self, eid, timeout):
        with self.cond:
            self.cond.wait_for(lambda: eid in self.arrived, timeout)
            return self.arrived.get(eid)

    def wait_reply(self, eid, timeout):
        with self.cond:
            self.cond.wait_for(lambda: eid in self.reply_first, timeout)
            return self.reply_first.get(eid)

    def wait_replies(self, eids, timeout):
        """Waits until every command in `eids` has a reply; returns how many have none."""
        deadline = time.monotonic() + timeout
        with self.cond:
            pending = [e for e in eids if e not in self.reply_first]
            while pending and time.monotonic() < deadline:
                self.cond.wait(min(0.5, max(0.0, deadline - time.monotonic())))
                pending = [e for e in pending if e not in self.reply_first]
            return len(pending)


class Bench:
    def __init__(self, args):
        self.args = args
        self.tmp = tempfile.mkdtemp(prefix="lotse-bench-")
        self.syn_dir = os.path.join(self.tmp, "synapse")
        self.bot_proc = None
        self.bot_log = None
        self.hs = None
        self.syncs = []

    # ---- setup / teardown -----------------------------------------------------------------

    def start_synapse(self):
        progress(f"starting Synapse in {self.syn_dir}")
        out = subprocess.run(
            [os.path.join(ROOT, "scripts/synapse"), "start", self.syn_dir, "--owner-pid", str(os.getpid())],
            check=True, stdout=subprocess.PIPE, text=True,
            # Its --owner-pid watchdog must not die with us on a terminal's Ctrl-C.
            start_new_session=True)
        self.hs = out.stdout.strip().splitlines()[-1]
        with open(os.path.join(self.syn_dir, "shared_secret")) as f:
            self.secret = f.read().strip()

    def register(self, name):
        Client(self.hs).register_shared_secret(self.secret, name, PASSWORD)
        return Client(self.hs).login(name, PASSWORD, "bench")

    def start_bot(self):
        cfg = os.path.join(self.tmp, "lotse.toml")
        self.db_path = os.path.join(self.tmp, "lotse.sqlite")
        with open(cfg, "w") as f:
            f.write(f"""[matrix]
homeserver = "{self.hs}"
user_id = "@{BOT}:localhost"
password = "{PASSWORD}"
device_name = "Lotse (bench)"
store_path = "{self.tmp}/matrix-store"
store_passphrase = "bench-store-passphrase"

[access]
invite_allowlist = ["localhost"]

[database]
url = "sqlite://{self.db_path}"
""")
        self.bot_log = open(os.path.join(self.tmp, "lotse.log"), "wb")
        env = dict(os.environ, NO_COLOR="1")
        libc = ctypes.CDLL(None, use_errno=True)

        def die_with_parent():  # PR_SET_PDEATHSIG: the bot goes when this process is killed hard
            libc.prctl(1, signal.SIGTERM)

        progress(f"starting the bot ({self.args.binary})")
        self.bot_proc = subprocess.Popen(
            [self.args.binary, "run", "--config", cfg], stdin=subprocess.DEVNULL,
            stdout=self.bot_log, stderr=subprocess.STDOUT, env=env, preexec_fn=die_with_parent,
            start_new_session=True)  # Ctrl-C reaches only us; stop() ends the bot

    def stop(self):
        # A second Ctrl-C / SIGTERM must not cut the cleanup short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for s in self.syncs:
            s.stop()
        if self.bot_proc and self.bot_proc.poll() is None:
            progress("stopping the bot")
            self.bot_proc.terminate()
            try:
                self.bot_proc.wait(20)
            except subprocess.TimeoutExpired:
                self.bot_proc.kill()
                self.bot_proc.wait()
        if os.path.isdir(self.syn_dir):
            progress("stopping Synapse")
            subprocess.run([os.path.join(ROOT, "scripts/synapse"), "stop", self.syn_dir], check=False)
        if self.bot_log:
            self.bot_log.close()
        if self.args.keep:
            progress(f"kept {self.tmp}")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def bot_alive(self):
        return self.bot_proc is not None and self.bot_proc.poll() is None

    def memory(self):
        fields = {}
        try:
            with open(f"/proc/{self.bot_proc.pid}/status") as f:
                for line in f:
                    key, _, value = line.partition(":")
                    if key in ("VmRSS", "VmHWM"):
                        fields[key] = int(value.split()[0]) / 1024.0  # kB -> MiB
        except OSError:
            pass
        return fields

    def sync_loop(self, client, recorder):
        loop = SyncLoop(client, recorder.on_event, poll_ms=30000)
        loop.start()
        loop.wait_ready()
        self.syncs.append(loop)
        return loop

    def wait_joined(self, client, room, user_id, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if user_id in client.joined_members(room):
                return True
            if not self.bot_alive():
                raise RuntimeError("the bot exited; see its log")
            time.sleep(0.2)
        return False

    # ---- the run --------------------------------------------------------------------------

    def run(self):
        a = self.args
        bot_id = f"@{BOT}:localhost"
        # Context for reading the figures: everything shares these cores with whatever else runs.
        figure("machine cpus", os.cpu_count(), "cpus")
        figure("machine load before", os.getloadavg()[0], "load-avg-1min")
        self.start_synapse()
        progress(f"registering {3 + a.users} users")
        Client(self.hs).register_shared_secret(self.secret, BOT, PASSWORD)
        alice, bob, carol = (self.register(n) for n in ("alice", "bob", "carol"))
        burst_users = [self.register(f"burst{i:02d}") for i in range(1, a.users + 1)]
        self.start_bot()

        # Rooms. The bot must have joined before commands are sent (its first start skips history).
        rtt_room = alice.create_room("rtt", invite=[bob.user_id])
        bob.join(rtt_room)
        lat_room = carol.create_room("latency", invite=[bot_id])
        if a.shared_room:
            owner = burst_users[0]
            room = owner.create_room("burst", invite=[bot_id] + [u.user_id for u in burst_users[1:]])
            for u in burst_users[1:]:
                u.join(room)
            burst_rooms = [room] * a.users
        else:
            burst_rooms = [u.create_room(f"burst {u.user_id}", invite=[bot_id]) for u in burst_users]
        progress("waiting for the bot to join its rooms")
        for client, room in [(carol, lat_room)] + list(zip(burst_users, burst_rooms)):
            if not self.wait_joined(client, room, bot_id, 180):
                raise RuntimeError(f"the bot did not join {room} within 180 s")

        rec_rtt = Recorder(bot_id)
        self.sync_loop(bob, rec_rtt)
        rec_lat = Recorder(bot_id)
        self.sync_loop(carol, rec_lat)
        rec_burst = Recorder(bot_id)
        for u in burst_users:
            self.sync_loop(u, rec_burst)

        # Warm-up: each room once, so the bot is live everywhere before anything is measured.
        progress("warming up")
        warm = [(carol, lat_room, rec_lat)] + [(u, r, rec_burst) for u, r in zip(burst_users, burst_rooms)]
        for client, room, rec in warm:
            eid = client.send_text(room, "!hilfe")
            if rec.wait_reply(eid, 120) is None:
                raise RuntimeError(f"the bot did not answer !hilfe in {room} within 120 s")
        for i in range(10):
            eid = alice.send_text(rtt_room, f"warm-up {i}")
            rec_rtt.wait_event(eid, 30)

        # (a) Synapse round trip.
        progress(f"(a) Synapse round trip, {a.samples} samples")
        rtt = []
        for i in range(a.samples):
            t0 = time.monotonic()
            eid = alice.send_text(rtt_room, f"rtt {i}")
            got = rec_rtt.wait_event(eid, 30)
            if got is not None:
                rtt.append((got - t0) * 1000)
        rtt_p50 = percentile(rtt, 50)
        figure("synapse round trip p50", rtt_p50, "ms")
        figure("synapse round trip p99", percentile(rtt, 99), "ms")
        if len(rtt) < a.samples:
            figure("synapse round trip lost", a.samples - len(rtt), "messages")

        # (b) Lotse reply latency, one command at a time.
        progress(f"(b) Lotse reply latency, {a.samples} samples")
        lat, lost_b = [], 0
        for i in range(a.samples):
            t0 = time.monotonic()
            eid = carol.send_text(lat_room, f"!idee Latenz-Messung Nummer {i + 1}")
            got = rec_lat.wait_reply(eid, 30)
            if got is None:
                lost_b += 1
                if not self.bot_alive():
                    break
            else:
                lat.append((got - t0) * 1000)
        lat_p50 = percentile(lat, 50)
        figure("lotse reply latency p50", lat_p50, "ms")
        figure("lotse reply latency p99", percentile(lat, 99), "ms")
        figure("lotse reply latency lost", lost_b, "commands")
        figure("lotse p50 / 2x synapse round trip p50", lat_p50 / (2 * rtt_p50) if rtt else float("nan"), "x")
        mem = self.memory()
        if "VmRSS" in mem:
            figure("lotse rss before burst", mem["VmRSS"], "MiB")

        # (c) Burst.
        per_user = [a.burst // a.users + (1 if i < a.burst % a.users else 0) for i in range(a.users)]
        progress(f"(c) burst of {a.burst} commands from {a.users} users")
        sent, sent_lock = [], threading.Lock()
        send_errors = []
        barrier = threading.Barrier(a.users + 1)
        send_done = [0.0] * a.users

        def sender(index):
            client, room = burst_users[index], burst_rooms[index]
            barrier.wait()
            for n in range(per_user[index]):
                try:
                    eid = client.send_text(room, f"!idee Burst-Idee {index + 1}-{n + 1}")
                except Exception as e:  # counted as lost below (never sent)
                    send_errors.append(e)
                    continue
                with sent_lock:
                    sent.append(eid)
            send_done[index] = time.monotonic()

        threads = [threading.Thread(target=sender, args=(i,), daemon=True) for i in range(a.users)]
        for t in threads:
            t.start()
        barrier.wait()
        t0 = time.monotonic()
        for t in threads:
            t.join()
        send_seconds = max(send_done) - t0
        missing = rec_burst.wait_replies(list(sent), a.grace)
        # Let duplicate replies (if any) trickle in before counting them.
        time.sleep(min(2.0, a.grace))
        with rec_burst.cond:
            firsts = [rec_burst.reply_first[e] for e in sent if e in rec_burst.reply_first]
            twice = sum(1 for e in sent if len(rec_burst.reply_ids.get(e, ())) > 1)
        lost = missing + len(send_errors)
        last = (max(firsts) - t0) if firsts else float("nan")
        figure("burst commands", a.burst, "commands")
        figure("burst users", a.users, "users")
        figure("burst send duration", send_seconds, "s")
        figure("burst last reply after", last, "s")
        figure("burst lost", lost, "commands")
        figure("burst answered twice", twice, "commands")
        figure("burst answers per second", len(firsts) / last if firsts and last > 0 else 0.0, "1/s")

        # (d) Memory.
        mem = self.memory()
        if mem:
            figure("lotse rss after burst", mem.get("VmRSS", float("nan")), "MiB")
            figure("lotse peak rss", mem.get("VmHWM", float("nan")), "MiB")
        else:
            figure("lotse rss after burst", "n/a (bot not running)", "")

        # Ideas stored (after the bot stopped, so the database is quiet).
        for s in self.syncs:
            s.stop()
        bot_was_alive = self.bot_alive()
        if self.bot_proc and bot_was_alive:
            self.bot_proc.terminate()
            try:
                self.bot_proc.wait(20)
            except subprocess.TimeoutExpired:
                pass
        try:
            db = sqlite3.connect(self.db_path, timeout=30)
            count = db.execute("SELECT COUNT(*) FROM ideas").fetchone()[0]
            db.close()
            figure("ideas stored", count, "ideas")
            figure("ideas expected", a.samples + a.burst, "ideas")
        except sqlite3.Error as e:
            figure("ideas stored", f"n/a ({e})", "")
        if not bot_was_alive:
            progress(f"the bot had exited (status {self.bot_proc.returncode}); see its log")


def main():
    ap = argparse.ArgumentParser(prog="scripts/bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/lotse"),
                    help="bot binary (default: target/release/lotse, built by scripts/bench)")
    ap.add_argument("--samples", type=int, default=200, help="samples for (a) and (b)")
    ap.add_argument("--burst", type=int, default=300, help="commands in the burst (c)")
    ap.add_argument("--users", type=int, default=3, help="users sending the burst")
    ap.add_argument("--grace", type=float, default=120, help="seconds to wait for missing replies")
    ap.add_argument("--shared-room", action="store_true", help="burst users share one room")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (logs)")
    args = ap.parse_args()
    if args.users < 1 or args.burst < args.users or args.samples < 1:
        ap.error("need --users >= 1, --burst >= --users, --samples >= 1")

    def on_term(_sig, _frame):
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, on_term)
    bench = Bench(args)
    status = 0
    try:
        bench.run()
    except KeyboardInterrupt:
        status = 130
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except Exception as e:
        progress(f"error: {type(e).__name__}: {e}")
        log = os.path.join(bench.tmp, "lotse.log")
        if os.path.exists(log):
            with open(log, errors="replace") as f:
                tail = f.readlines()[-20:]
            progress("last lines of the bot's log:\n" + "".join(tail))
        status = 1
    finally:
        bench.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
