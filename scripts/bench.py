"""Lotse benchmark (run through scripts/bench). Prints one figure per line, `name: value unit`,
on stdout; progress goes to stderr. Never asserts: a failure to measure is printed as a figure
("… lost: N commands", "… n/a (why)") or, if the setup fails, as an error on stderr with exit
status 1.

Everything runs against a fresh Synapse (rate limits raised unless --default-rate-limits) and a fresh bot in a temporary
directory, both stopped at the end (also on Ctrl-C / SIGTERM). With --seed-ideas N the bot's SQLite
database is filled before it starts (target/release/lotse-export-bench --seed, the product's own
migrations and tables): N ideas with supports, comments and scores in the proportions of a
long-lived database (20,200 ideas, 50,000 supports, 5,000 comments, 1,000 scores), statuses
spread over the lifecycle; its figures ("seeded …") are passed through. The bot's strategy room is
created by the user dana, who is therefore on the strategy team (power level 100 there).
  (a) Synapse round trip: A sends, B's long-polling /sync receives; --samples times, p50/p99.
  (b) Lotse reply latency: one user sends `!idee <title>` one at a time; from send until the
      bot's reply (matched by m.in_reply_to) arrives in that user's /sync; p50/p99, and
      p50 / (2 × Synapse round-trip p50) – the bot's own share (1.0 = no overhead at all).
      (a) and (b) are measured in turns, one sample each, so both see the same machine load.
  (h) Team commands: dana sends, in the strategy room, `!ideen suche <word>` (a word in about one
      seeded idea in 500), `!ideen top`, `!idee #N` (a seeded idea with supports, a comment and
      scores), `!portfolio`, `!bericht` and `!export ideen xlsx`, each once unmeasured (which also
      counts the files that follow its reply: the report's charts, the export's file) and then
      --command-samples times, one at a time, each waiting for its complete answer: reply
      latency p50/p99 (until the reply and its last file arrived) and both as a ratio to 2 ×
      Synapse round-trip p50 of (a); the bot's CPU time (utime + stime of its process) per
      command over those samples, and its resident memory after each command's samples in two
      parts: anonymous (heap, stacks) and file-backed (mostly its code). Then the bot's resident
      memory and its peak so far (VmHWM).
  (c) Burst: --burst commands (default 3,000) from --users users (default 20) at once (one
      thread per user, each sending its next message as soon as Synapse accepted the previous
      one, each user in its own room with the bot, or all in one room with --shared-room); the
      rate at which Synapse accepted them, seconds until the last reply, lost (no reply once
      --grace s passed without any new reply, or after --max-wait s), answered twice, answers per second and its ratio to the accept rate; ideas in
      the bot's SQLite database afterwards.
  (i) Bystander, while the burst is being answered: erin, in a room of her own, sends `!hilfe`
      every --bystander-every s (default 2) without waiting, and beside each one alice sends a
      message to bob as in (a). For those sent until the burst's last reply arrived: the
      bystander's reply latency p50/p99/max, Synapse's round trip p50/p99 at the same moments,
      and the ratio of the two p50s (also to two round trips, as in (b): a reply needs two).
  (d) The bot's resident memory (VmRSS, and its two parts) after the burst and its peak over
      the whole run (VmHWM).
  (e) matrix-reminder-bot 0.4.0 (installed into .venv by scripts/bench) against the same
      Synapse, Lotse stopped: the same burst size from the same users, each in a new room with
      it, `!remindme in 2 days; text N`. Its replies carry no reference to the command and do not
      echo its text, so they are counted per room: a confirmation ("OK, I will remind you …") or
      an error reply answers one command; "A similar reminder already exists" can only come
      from a command handled a second time (every text is unique), so it counts as answered
      twice; lost = commands − answered. Also: seconds until its last reply (waiting until
      every command is answered or it has been silent for --grace s), its peak memory (VmHWM),
      and how many of the burst's reminders reached its SQLite database.
  (g) Combinable replies, from the bot's outbox after the run: for each conversation (a
      destination and, in a room, the thread; the unit the sender keeps in order), how many
      messages were already waiting behind the one being sent, i.e. how many sends combining
      queued replies into one message could have saved. With --default-rate-limits (Synapse's
      own rc_message, 0.2 messages/s with a burst of 10) this is the case the combining would
      be for.
  (f) The core alone, no Matrix: target/release/lotse-core-bench (src/bin/lotse-core-bench.rs),
      durable `!idee` submissions per second through Bot::handle on SQLite and PostgreSQL
      (--postgres URL); its figures are passed through.
"""

import argparse
import ctypes
import json
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
from matrix_http import Client, SyncLoop, percentile, quote, reply_target  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOT = "lotse"
# The search word when nothing is seeded (lotse-export-bench --seed names its own).
SEARCH_WORD = "Friedhof"
# The beginning of the bot's refusal of a team command (prompts/de/team.ftl, team-only).
TEAM_REFUSAL = "ist dem Strategieteam vorbehalten"
FILE_MSGTYPES = ("m.image", "m.file")
REMINDER_BOT = "reminder"
PASSWORD = "bench-password"


def progress(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def figure(name, value, unit):
    if isinstance(value, float):
        value = f"{value:.1f}" if abs(value) >= 10 or value == 0 else f"{value:.2f}"
    print(f"{name}: {value} {unit}", flush=True)


def rss_parts(prefix, mem):
    """Prints the two parts of resident memory: anonymous (heap, stacks) and mapped files (mostly
    code); shared memory, the rest of VmRSS, is left out."""
    if mem:
        figure(f"{prefix} rss anon", mem.get("RssAnon", float("nan")), "MiB")
        figure(f"{prefix} rss file", mem.get("RssFile", float("nan")), "MiB")


def split_evenly(total, parts):
    """`total` items over `parts` senders, the first ones taking one more if it does not divide."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def send_burst(clients, rooms, counts, body_for):
    """Every client i sends counts[i] messages body_for(i, n) to rooms[i], all clients at once (one
    thread each, each sending its next message as soon as Synapse accepted the previous one).
    Returns (event ids per client, send errors, the common start, when the last send returned),
    the times from time.monotonic()."""
    sent = [[] for _ in clients]
    errors = []
    barrier = threading.Barrier(len(clients) + 1)
    done = [0.0] * len(clients)

    def sender(index):
        barrier.wait()
        for n in range(counts[index]):
            try:
                sent[index].append(clients[index].send_text(rooms[index], body_for(index, n)))
            except Exception as e:  # the caller counts it as never sent
                errors.append(e)
        done[index] = time.monotonic()

    threads = [threading.Thread(target=sender, args=(i,), daemon=True) for i in range(len(clients))]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.monotonic()
    for t in threads:
        t.join()
    return sent, errors, t0, max(max(done), t0 + 1e-9)


class Recorder:
    """Timeline events seen by one or more sync loops: arrival time per event id, and the bot's
    replies per command event id (first arrival, and how many distinct replies)."""

    def __init__(self, bot_id):
        self.bot_id = bot_id
        self.cond = threading.Condition()
        self.arrived = {}  # event id -> monotonic arrival
        self.reply_first = {}  # command event id -> monotonic arrival of the first reply
        self.reply_ids = {}  # command event id -> set of reply event ids
        self.reply_body = {}  # command event id -> body of its first reply
        self.bot_events = []  # the bot's messages in arrival order: (arrived, room, msgtype)
        self.bot_messages = 0

    def on_event(self, room, event, arrived):
        eid = event.get("event_id")
        with self.cond:
            if eid in self.arrived:
                return  # same event seen by another user's sync
            self.arrived[eid] = arrived
            if event.get("type") == "m.room.message" and event.get("sender") == self.bot_id:
                self.bot_messages += 1
                content = event.get("content", {})
                self.bot_events.append((arrived, room, content.get("msgtype")))
                target = reply_target(content)
                if target:
                    self.reply_ids.setdefault(target, set()).add(eid)
                    self.reply_first.setdefault(target, arrived)
                    self.reply_body.setdefault(target, content.get("body", ""))
            self.cond.notify_all()

    def wait_event(self, eid, timeout):
        with self.cond:
            self.cond.wait_for(lambda: eid in self.arrived, timeout)
            return self.arrived.get(eid)

    def wait_reply(self, eid, timeout):
        with self.cond:
            self.cond.wait_for(lambda: eid in self.reply_first, timeout)
            return self.reply_first.get(eid)

    def wait_replies(self, eids, idle, cap):
        """Waits until every command in `eids` has a reply, or no new reply came for `idle`
        seconds (a bot still answering is not cut off), or `cap` seconds passed; returns how
        many have none."""
        start = time.monotonic()
        last_progress = start
        with self.cond:
            pending = [e for e in eids if e not in self.reply_first]
            while pending:
                now = time.monotonic()
                if now - last_progress > idle or now - start > cap:
                    break
                self.cond.wait(0.5)
                still = [e for e in pending if e not in self.reply_first]
                if len(still) < len(pending):
                    last_progress = time.monotonic()
                pending = still
            return len(pending)


class Ticker(threading.Thread):
    """Sends body_for(n) from `client` to `room` every `every` seconds from `start` on, without
    waiting for anything in between, until stop() (a late send is followed by the next one at
    once); records (monotonic time before the send, event id) of each."""

    def __init__(self, client, room, body_for, start, every):
        super().__init__(daemon=True, name=f"ticker {client.user_id}")
        self.client, self.room, self.body_for = client, room, body_for
        self.start_at, self.every = start, every
        self.stopping = threading.Event()
        self.sent = []
        self.errors = 0

    def run(self):
        n = 0
        while True:
            delay = self.start_at + n * self.every - time.monotonic()
            if self.stopping.wait(max(0.0, delay)):
                return
            t0 = time.monotonic()
            try:
                self.sent.append((t0, self.client.send_text(self.room, self.body_for(n))))
            except Exception:  # counted, never a made-up sample
                self.errors += 1
            n += 1

    def stop(self):
        self.stopping.set()


class Bench:
    def __init__(self, args):
        self.args = args
        self.tmp = tempfile.mkdtemp(prefix="lotse-bench-")
        self.syn_dir = os.path.join(self.tmp, "synapse")
        self.db_path = os.path.join(self.tmp, "lotse.sqlite")
        self.strategy_room = None  # set before the bot starts: the team is its members (PL >= 50)
        self.bot_proc = None
        self.bot_log = None
        self.hs = None
        self.syncs = []

    # ---- setup / teardown -----------------------------------------------------------------

    def start_synapse(self):
        progress(f"starting Synapse in {self.syn_dir}")
        out = subprocess.run(
            [os.path.join(ROOT, "scripts/synapse"), "start", self.syn_dir, "--owner-pid", str(os.getpid())]
            + (["--default-rate-limits"] if self.args.default_rate_limits else []),
            check=True, stdout=subprocess.PIPE, text=True,
            # Its --owner-pid watchdog must not die with us on a terminal's Ctrl-C.
            start_new_session=True)
        self.hs = out.stdout.strip().splitlines()[-1]
        with open(os.path.join(self.syn_dir, "shared_secret")) as f:
            self.secret = f.read().strip()

    def register(self, name):
        client = Client(self.hs)
        # The registration's own session, not a /login: Synapse's default rc_login allows five
        # logins per address, after which the bot's first login would wait minutes.
        if client.register_shared_secret(self.secret, name, PASSWORD) and client.token:
            return client
        return Client(self.hs).login(name, PASSWORD, "bench")

    def seed(self):
        """--seed-ideas: fills the bot's database before it starts (lotse-export-bench --seed, the
        product's migrations and tables); passes its figures through and returns them by name."""
        a = self.args
        if not os.path.exists(a.export_bench):
            raise RuntimeError(f"{a.export_bench} is missing (scripts/bench builds it for --seed-ideas)")
        progress(f"seeding {a.seed_ideas} ideas ({a.export_bench} --seed)")
        out = subprocess.run([a.export_bench, "--seed", f"sqlite://{self.db_path}", str(a.seed_ideas)],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True, check=True)
        seeded = {}
        for line in out.stdout.splitlines():
            print(line, flush=True)
            name, sep, rest = line.partition(": ")
            if sep:
                seeded[name] = rest.rsplit(" ", 1)[0] if " " in rest else rest
        return seeded

    def start_bot(self):
        cfg = os.path.join(self.tmp, "lotse.toml")
        strategy = f'strategy_room = "{self.strategy_room}"\n' if self.strategy_room else ""
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
{strategy}
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
        if os.path.exists(os.path.join(self.syn_dir, "pid")):
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

    def memory(self, proc=None):
        """VmRSS, VmHWM (peak since the process started), and RssAnon and RssFile (heap and
        stacks; mapped files, mostly the binary's code) of the bot, or of `proc`, in MiB."""
        proc = proc or self.bot_proc
        fields = {}
        if proc is None or proc.poll() is not None:
            return fields
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                for line in f:
                    key, _, value = line.partition(":")
                    if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
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

    def cpu_seconds(self):
        """User plus system CPU time the bot has used so far (all its threads), in seconds."""
        with open(f"/proc/{self.bot_proc.pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()  # after "pid (comm)": field 3 onwards
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime

    @staticmethod
    def files_since(rec, start, room):
        """The arrival times of the bot's files (m.image, m.file) in `room` among its messages
        from index `start` on; call with rec.cond held."""
        return [t for t, r, msgtype in rec.bot_events[start:] if r == room and msgtype in FILE_MSGTYPES]

    def ask(self, client, room, rec, body, files, timeout):
        """Sends `body` and waits for the bot's reply to it and then `files` files in the room (a
        report's charts, an export's file). Returns (milliseconds until the last of them, the
        reply's body), or None after `timeout` seconds."""
        with rec.cond:
            start = len(rec.bot_events)
        t0 = time.monotonic()
        eid = client.send_text(room, body)
        with rec.cond:
            if not rec.cond.wait_for(
                    lambda: eid in rec.reply_first and len(self.files_since(rec, start, room)) >= files, timeout):
                return None
            last = max([rec.reply_first[eid]] + self.files_since(rec, start, room)[:files])
            return (last - t0) * 1000, rec.reply_body[eid]

    def learn_files(self, client, room, rec, body, timeout, quiet=8.0):
        """Sends `body` once and counts the files the bot sends after its reply, until it has sent
        nothing in the room for `quiet` seconds; returns that count and the reply's body (None:
        no reply within `timeout` seconds)."""
        with rec.cond:
            start = len(rec.bot_events)
        eid = client.send_text(room, body)
        if rec.wait_reply(eid, timeout) is None:
            return None, None
        while True:
            with rec.cond:
                seen = len(rec.bot_events)
                rec.cond.wait_for(lambda: len(rec.bot_events) > seen, quiet)
                if len(rec.bot_events) == seen:
                    return len(self.files_since(rec, start, room)), rec.reply_body[eid]

    def commands(self, client, room, rec, rtt_p50, seeded):
        """(h) Each team command --command-samples times from a strategy team member in the
        strategy room, one at a time, each waiting for its complete answer."""
        a = self.args
        word = seeded.get("seed search word", SEARCH_WORD)
        example = seeded.get("seed example idea", "1")
        commands = [
            ("!ideen suche", f"!ideen suche {word}"),
            ("!ideen top", "!ideen top"),
            ("!idee #N", f"!idee #{example}"),
            ("!portfolio", "!portfolio"),
            ("!bericht", "!bericht"),
            ("!export ideen xlsx", "!export ideen xlsx"),
        ]
        try:
            db = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=30)
            figure("commands on ideas", db.execute("SELECT COUNT(*) FROM ideas").fetchone()[0], "ideas")
            db.close()
        except sqlite3.Error as e:
            figure("commands on ideas", f"n/a ({e})", "")
        figure("commands search word", word, "word")
        figure("commands idea shown", example, "id")
        # The bot reads the team from the strategy room's members once it has joined: wait until
        # the answer to a team command is no longer the refusal.
        deadline = time.monotonic() + 120
        while True:
            got = self.ask(client, room, rec, "!portfolio", 0, a.command_timeout)
            if got is None:
                raise RuntimeError(f"the bot did not answer !portfolio within {a.command_timeout} s")
            if TEAM_REFUSAL not in got[1]:
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the bot still refuses !portfolio to the strategy room's creator after 120 s")
            time.sleep(2)
        for label, body in commands:
            # Once unmeasured: warms its queries and says how many files follow its reply.
            files, reply = self.learn_files(client, room, rec, body, a.command_timeout)
            if files is None:
                figure(f"{label} reply", f"n/a (no answer within {a.command_timeout} s)", "")
                if not self.bot_alive():
                    raise RuntimeError("the bot exited; see its log")
                continue
            first = reply.splitlines()[0] if reply else ""
            progress(f"(h) {body}: answered «{first[:100]}» and {files} files; {a.command_samples} samples")
            figure(f"{label} files per answer", files, "files")
            lat, lost = [], 0
            cpu0 = self.cpu_seconds()
            for _ in range(a.command_samples):
                got = self.ask(client, room, rec, body, files, a.command_timeout)
                if got is None:
                    lost += 1
                    if not self.bot_alive():
                        raise RuntimeError("the bot exited; see its log")
                else:
                    lat.append(got[0])
            cpu = (self.cpu_seconds() - cpu0) / a.command_samples * 1000
            p50, p99 = percentile(lat, 50), percentile(lat, 99)
            figure(f"{label} reply p50", p50, "ms")
            figure(f"{label} reply p99", p99, "ms")
            figure(f"{label} p50 / 2x synapse round trip p50", p50 / (2 * rtt_p50), "x")
            figure(f"{label} p99 / 2x synapse round trip p50", p99 / (2 * rtt_p50), "x")
            figure(f"{label} bot cpu per command", cpu, "ms")
            if lost:
                figure(f"{label} lost", lost, "commands")
            rss_parts(f"lotse after {label}", self.memory())
        mem = self.memory()
        if mem:
            figure("lotse rss after commands", mem.get("VmRSS", float("nan")), "MiB")
            figure("lotse peak rss after commands (VmHWM)", mem.get("VmHWM", float("nan")), "MiB")

    def bystander_figures(self, hilfe, rtt, rec_by, rec_rtt, until):
        """(i) The bystander's `!hilfe` and the round trips sent beside them before `until` (the
        burst's last reply): their replies / arrivals, waited for at most 60 s more."""
        hilfe = [(t, e) for t, e in hilfe.sent if t <= until]
        rtt = [(t, e) for t, e in rtt.sent if t <= until]
        deadline = time.monotonic() + 60
        lat = []
        for t, eid in hilfe:
            got = rec_by.wait_reply(eid, max(0.0, deadline - time.monotonic()))
            if got is not None:
                lat.append((got - t) * 1000)
        trips = []
        for t, eid in rtt:
            got = rec_rtt.wait_event(eid, max(0.0, deadline - time.monotonic()))
            if got is not None:
                trips.append((got - t) * 1000)
        figure("bystander !hilfe sent during the burst", len(hilfe), "commands")
        figure("bystander !hilfe reply p50", percentile(lat, 50), "ms")
        figure("bystander !hilfe reply p99", percentile(lat, 99), "ms")
        figure("bystander !hilfe reply max", max(lat) if lat else float("nan"), "ms")
        figure("bystander !hilfe lost", len(hilfe) - len(lat), "commands")
        figure("bystander synapse round trip p50 (same moments)", percentile(trips, 50), "ms")
        figure("bystander synapse round trip p99 (same moments)", percentile(trips, 99), "ms")
        if len(trips) < len(rtt):
            figure("bystander synapse round trip lost", len(rtt) - len(trips), "messages")
        ratio = percentile(lat, 50) / percentile(trips, 50) if lat and trips else float("nan")
        figure("bystander p50 / synapse round trip p50 (same moments)", ratio, "x")
        # A reply takes two round trips at the least (command to the bot, reply to the sender):
        # the same figure as (b)'s ratio, 1.0 = no delay by the bot at all.
        figure("bystander p50 / 2x synapse round trip p50 (same moments)", ratio / 2, "x")

    # ---- the run --------------------------------------------------------------------------

    def run(self):
        a = self.args
        bot_id = f"@{BOT}:localhost"
        # Context for reading the figures: everything shares these cores with whatever else runs.
        figure("machine cpus", os.cpu_count(), "cpus")
        figure("machine load before", os.getloadavg()[0], "load-avg-1min")
        self.start_synapse()
        progress(f"registering {5 + a.users} users")
        Client(self.hs).register_shared_secret(self.secret, BOT, PASSWORD)
        # dana: the strategy team (creator of the strategy room, so power level 100); erin: the
        # bystander during the burst.
        alice, bob, carol, dana, erin = (self.register(n) for n in ("alice", "bob", "carol", "dana", "erin"))
        burst_users = [self.register(f"burst{i:02d}") for i in range(1, a.users + 1)]
        self.strategy_room = dana.create_room("KI-Strategieteam")
        seeded = self.seed() if a.seed_ideas else {}
        self.start_bot()

        # Rooms. The bot must have joined before commands are sent (its first start skips history).
        rtt_room = alice.create_room("rtt", invite=[bob.user_id])
        bob.join(rtt_room)
        lat_room = carol.create_room("latency", invite=[bot_id])
        dana.request("POST", f"/_matrix/client/v3/rooms/{quote(self.strategy_room)}/invite", {"user_id": bot_id})
        team_room = self.strategy_room
        by_room = erin.create_room("bystander", invite=[bot_id])
        if a.shared_room:
            owner = burst_users[0]
            room = owner.create_room("burst", invite=[bot_id] + [u.user_id for u in burst_users[1:]])
            for u in burst_users[1:]:
                u.join(room)
            burst_rooms = [room] * a.users
        else:
            burst_rooms = [u.create_room(f"burst {u.user_id}", invite=[bot_id]) for u in burst_users]
        progress("waiting for the bot to join its rooms")
        joined = [(carol, lat_room), (dana, team_room), (erin, by_room)] + list(zip(burst_users, burst_rooms))
        for client, room in joined:
            if not self.wait_joined(client, room, bot_id, 180):
                raise RuntimeError(f"the bot did not join {room} within 180 s")

        rec_rtt = Recorder(bot_id)
        self.sync_loop(bob, rec_rtt)
        rec_lat = Recorder(bot_id)
        self.sync_loop(carol, rec_lat)
        rec_team = Recorder(bot_id)
        self.sync_loop(dana, rec_team)
        rec_by = Recorder(bot_id)
        self.sync_loop(erin, rec_by)
        rec_burst = Recorder(bot_id)
        for u in burst_users:
            self.sync_loop(u, rec_burst)

        # Warm-up: each room once, so the bot is live everywhere before anything is measured.
        progress("warming up")
        warm = [(carol, lat_room, rec_lat), (dana, team_room, rec_team), (erin, by_room, rec_by)] + [
            (u, r, rec_burst) for u, r in zip(burst_users, burst_rooms)]
        for client, room, rec in warm:
            eid = client.send_text(room, "!hilfe")
            if rec.wait_reply(eid, 120) is None:
                raise RuntimeError(f"the bot did not answer !hilfe in {room} within 120 s")
        for i in range(10):
            eid = alice.send_text(rtt_room, f"warm-up {i}")
            rec_rtt.wait_event(eid, 30)

        # (a) and (b), interleaved: one round trip, then one command, and so on. On a shared
        # machine the speed drifts within minutes; measured in turns, both figures see the same
        # conditions and their ratio stays meaningful.
        progress(f"(a) Synapse round trip and (b) Lotse reply latency, {a.samples} samples each, in turns")
        rtt, lat, lost_a, lost_b = [], [], 0, 0
        for i in range(a.samples):
            t0 = time.monotonic()
            eid = alice.send_text(rtt_room, f"rtt {i}")
            got = rec_rtt.wait_event(eid, 30)
            if got is None:
                lost_a += 1
            else:
                rtt.append((got - t0) * 1000)
            t0 = time.monotonic()
            eid = carol.send_text(lat_room, f"!idee Latenz-Messung Nummer {i + 1}")
            got = rec_lat.wait_reply(eid, 30)
            if got is None:
                lost_b += 1
                if not self.bot_alive():
                    break
            else:
                lat.append((got - t0) * 1000)
        rtt_p50 = percentile(rtt, 50)
        figure("synapse round trip p50", rtt_p50, "ms")
        figure("synapse round trip p99", percentile(rtt, 99), "ms")
        if lost_a:
            figure("synapse round trip lost", lost_a, "messages")
        lat_p50 = percentile(lat, 50)
        figure("lotse reply latency p50", lat_p50, "ms")
        figure("lotse reply latency p99", percentile(lat, 99), "ms")
        figure("lotse reply latency lost", lost_b, "commands")
        figure("lotse p50 / 2x synapse round trip p50", lat_p50 / (2 * rtt_p50) if rtt else float("nan"), "x")

        # (h) The team's commands, one at a time.
        if a.command_samples and rtt:
            progress(f"(h) team commands, {a.command_samples} samples each")
            self.commands(dana, team_room, rec_team, rtt_p50, seeded)
        else:
            progress("(h) team commands skipped")
        mem = self.memory()
        if "VmRSS" in mem:
            figure("lotse rss before burst", mem["VmRSS"], "MiB")

        # (c) Burst, and (i) the bystander beside it.
        per_user = split_evenly(a.burst, a.users)
        progress(f"(c) burst of {a.burst} commands from {a.users} users, (i) bystander `!hilfe` every "
                 f"{a.bystander_every:g} s")
        start = time.monotonic()
        tickers = [
            Ticker(erin, by_room, lambda n: "!hilfe", start, a.bystander_every),
            Ticker(alice, rtt_room, lambda n: f"rtt beside bystander {n}", start, a.bystander_every),
        ]
        for t in tickers:
            t.start()
        sent_per_user, send_errors, t0, sends_done = send_burst(
            burst_users, burst_rooms, per_user, lambda i, n: f"!idee Burst-Idee {i + 1}-{n + 1}"
        )
        send_seconds = sends_done - t0
        sent = [e for ids in sent_per_user for e in ids]
        missing = rec_burst.wait_replies(list(sent), a.grace, a.max_wait)
        for t in tickers:
            t.stop()
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
        accept_rate = len(sent) / send_seconds
        figure("burst synapse accept rate", accept_rate, "messages/s")
        figure("burst last reply after", last, "s")
        figure("burst lost", lost, "commands")
        figure("burst answered twice", twice, "commands")
        answer_rate = len(firsts) / last if firsts and last > 0 else 0.0
        figure("burst answers per second", answer_rate, "1/s")
        figure("burst answer rate / synapse accept rate", answer_rate / accept_rate if accept_rate else 0.0, "x")
        for t in tickers:
            t.join(30)
        self.bystander_figures(tickers[0], tickers[1], rec_by, rec_rtt, max(firsts) if firsts else sends_done)

        # (d) Memory.
        mem = self.memory()
        if mem:
            figure("lotse rss after burst", mem.get("VmRSS", float("nan")), "MiB")
            figure("lotse peak rss (VmHWM, whole run)", mem.get("VmHWM", float("nan")), "MiB")
            rss_parts("lotse after burst", mem)
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
            figure("ideas expected", a.seed_ideas + a.samples + a.burst, "ideas")
        except sqlite3.Error as e:
            figure("ideas stored", f"n/a ({e})", "")
        if not bot_was_alive:
            progress(f"the bot had exited (status {self.bot_proc.returncode}); see its log")
        self.combinable_replies()

        # (e) matrix-reminder-bot, same burst size, same users, new rooms.
        if a.no_reminder_bot:
            progress("(e) matrix-reminder-bot skipped (--no-reminder-bot)")
        else:
            try:
                self.reminder_bot(burst_users)
            except Exception as e:  # a figure saying why, never a made-up number
                figure("reminder-bot", f"n/a (could not be run: {type(e).__name__}: {e})", "")
                log = os.path.join(self.tmp, "reminder-bot.log")
                if os.path.exists(log):
                    with open(log, errors="replace") as f:
                        progress("last lines of matrix-reminder-bot's log:\n" + "".join(f.readlines()[-20:]))
            finally:
                self.stop_reminder_bot()

        # (f) The core alone; Synapse is no longer needed.
        for s in self.syncs:
            s.stop()
        progress("stopping Synapse")
        subprocess.run([os.path.join(ROOT, "scripts/synapse"), "stop", self.syn_dir], check=False)
        if a.no_core:
            progress("(f) core benchmark skipped (--no-core)")
        else:
            self.core_bench()

    # ---- (g) combinable replies ---------------------------------------------------------------

    def combinable_replies(self):
        try:
            db = sqlite3.connect(self.db_path, timeout=30)
            rows = db.execute(
                "SELECT payload, created_at, sent_at FROM outbox WHERE sent_at IS NOT NULL ORDER BY sent_at, id"
            ).fetchall()
            db.close()
        except sqlite3.Error as e:
            figure("outbox messages sent", f"n/a ({e})", "")
            return
        queues = {}
        for payload, created, sent in rows:
            message = json.loads(payload)
            destination = json.dumps(message.get("destination"), sort_keys=True)
            thread = message.get("thread_root") if "Room" in (message.get("destination") or {}) else None
            queues.setdefault((destination, thread), []).append((created, sent))
        sends = 0
        for queue in queues.values():
            # Greedy: a send takes along every later message of its conversation already queued.
            i = 0
            while i < len(queue):
                sent_at = queue[i][1]
                sends += 1
                i += 1
                while i < len(queue) and queue[i][0] <= sent_at:
                    i += 1
        figure("outbox messages sent", len(rows), "messages")
        figure("outbox conversations", len(queues), "conversations")
        figure("sends saved by combining queued replies", len(rows) - sends, "messages")

    # ---- (e) matrix-reminder-bot --------------------------------------------------------------

    def start_reminder_bot(self):
        rdir = os.path.join(self.tmp, "reminder-bot")
        os.makedirs(rdir, exist_ok=True)
        self.reminder_db = os.path.join(rdir, "reminders.db")
        cfg = os.path.join(rdir, "config.yaml")
        # Its sample config, reduced to what it reads (matrix_reminder_bot/config.py).
        with open(cfg, "w") as f:
            f.write(f"""command_prefix: "!"
matrix:
  user_id: "@{REMINDER_BOT}:localhost"
  user_password: "{PASSWORD}"
  homeserver_url: "{self.hs}"
  device_id: BENCHREMINDERBOT
  device_name: matrix-reminder-bot (bench)
storage:
  database: "sqlite://{self.reminder_db}"
  store_path: "{rdir}/store"
reminders:
  timezone: Europe/Berlin
allowlist:
  enabled: false
  regexes: []
blocklist:
  enabled: false
  regexes: []
logging:
  level: WARNING
  file_logging:
    enabled: true
    filepath: "{self.tmp}/reminder-bot.log"
  console_logging:
    enabled: false
""")
        script = os.path.join(ROOT, ".venv/bin/matrix-reminder-bot")
        if not os.path.exists(script):
            raise RuntimeError("matrix-reminder-bot is not installed in .venv (scripts/bench installs it)")
        self.reminder_out = open(os.path.join(self.tmp, "reminder-bot.stdout"), "wb")
        libc = ctypes.CDLL(None, use_errno=True)

        def die_with_parent():
            libc.prctl(1, signal.SIGTERM)

        progress("starting matrix-reminder-bot")
        self.reminder_proc = subprocess.Popen(
            [sys.executable, script, cfg], cwd=rdir, stdin=subprocess.DEVNULL,
            stdout=self.reminder_out, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
            start_new_session=True)

    def stop_reminder_bot(self):
        proc = getattr(self, "reminder_proc", None)
        if proc and proc.poll() is None:
            progress("stopping matrix-reminder-bot")
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        out = getattr(self, "reminder_out", None)
        if out:
            out.close()
            self.reminder_out = None

    def reminder_bot(self, burst_users):
        a = self.args
        rb_id = f"@{REMINDER_BOT}:localhost"
        Client(self.hs).register_shared_secret(self.secret, REMINDER_BOT, PASSWORD)
        self.start_reminder_bot()
        proc = self.reminder_proc
        rooms = [u.create_room(f"reminders {u.user_id}", invite=[rb_id]) for u in burst_users]
        progress("(e) waiting for matrix-reminder-bot to join its rooms")
        for client, room in zip(burst_users, rooms):
            deadline = time.monotonic() + 180
            while rb_id not in client.joined_members(room):
                if proc.poll() is not None:
                    raise RuntimeError(f"it exited with status {proc.returncode} (see reminder-bot.log)")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"it did not join {room} within 180 s")
                time.sleep(0.2)
        counter = RoomCounter(rb_id)
        for u in burst_users:
            self.sync_loop(u, counter)
        # Warm-up: `!help` in each room (only messages after its join count for it).
        progress("(e) warming up matrix-reminder-bot")
        for client, room in zip(burst_users, rooms):
            client.send_text(room, "!help")
        if not counter.wait(lambda: all(counter.count(r) >= 1 for r in rooms), 180):
            raise RuntimeError("it did not answer !help in every room within 180 s")
        time.sleep(2)
        counter.reset()

        per_user = split_evenly(a.burst, a.users)
        progress(f"(e) burst of {a.burst} `!remindme in 2 days; text N` from {a.users} users")
        offsets = [sum(per_user[:i]) for i in range(a.users)]
        texts = []
        for i in range(a.users):
            texts.extend(f"text {offsets[i] + n + 1}" for n in range(per_user[i]))
        sent_per_user, errors, t0, sends_done = send_burst(
            burst_users, rooms, per_user, lambda i, n: f"!remindme in 2 days; text {offsets[i] + n + 1}"
        )
        send_seconds = sends_done - t0
        sent = [len(ids) for ids in sent_per_user]
        total = sum(sent)
        # Wait until every command is answered, or it has been silent for --grace seconds.
        cap = time.monotonic() + a.reminder_max_wait
        while time.monotonic() < cap:
            answered, _ = counter.totals()
            if answered >= total or proc.poll() is not None:
                break
            idle_since = max(counter.last_arrival or t0, sends_done)
            if time.monotonic() - idle_since > a.grace:
                break
            time.sleep(0.5)
        time.sleep(2)  # late duplicates
        per_room = [counter.classify(r) for r in rooms]
        answered = sum(min(ok + err, sent[i]) for i, (ok, err, _dup, _other) in enumerate(per_room))
        twice = sum(dup for _ok, _err, dup, _other in per_room)
        errs = sum(err for _ok, err, _dup, _other in per_room)
        last = (counter.last_arrival - t0) if counter.last_arrival else float("nan")
        figure("reminder-bot burst commands", a.burst, "commands")
        figure("reminder-bot burst users", a.users, "users")
        figure("reminder-bot burst send duration", send_seconds, "s")
        figure("reminder-bot burst synapse accept rate", total / send_seconds, "messages/s")
        figure("reminder-bot burst last reply after", last, "s")
        figure("reminder-bot burst lost", a.burst - answered, "commands")
        figure("reminder-bot burst answered twice", twice, "commands")
        figure("reminder-bot burst error replies", errs, "commands")
        figure("reminder-bot burst answers per second", answered / last if answered and last > 0 else 0.0, "1/s")
        mem = self.memory(proc)
        if mem:
            figure("reminder-bot rss after burst", mem.get("VmRSS", float("nan")), "MiB")
            figure("reminder-bot peak rss (VmHWM, whole run)", mem.get("VmHWM", float("nan")), "MiB")
        else:
            figure("reminder-bot peak rss (VmHWM, whole run)",
                   f"n/a (it exited with status {proc.returncode})", "")
        self.stop_reminder_bot()
        try:
            db = sqlite3.connect(self.reminder_db, timeout=30)
            rows = {r[0] for r in db.execute("SELECT text FROM reminder")}
            db.close()
            stored = sum(1 for t in texts if t in rows)
            figure("reminder-bot reminders stored", stored, "reminders")
            figure("reminder-bot commands never in its database", len(texts) - stored, "commands")
        except sqlite3.Error as e:
            figure("reminder-bot reminders stored", f"n/a ({e})", "")

    # ---- (f) the core alone ---------------------------------------------------------------------

    def core_bench(self):
        a = self.args
        if not os.path.exists(a.core_bench):
            figure("core submissions/s", f"n/a ({a.core_bench} is missing; did its build fail?)", "")
            return
        progress(f"(f) core benchmark: {a.core_bench}")
        cmd = [a.core_bench, "--n", str(a.core_n), "--tasks", str(a.core_tasks)]
        if a.postgres:
            cmd += ["--postgres", a.postgres]
        # Its figures go straight to our stdout, its progress to our stderr.
        res = subprocess.run(cmd, stdin=subprocess.DEVNULL, check=False)
        if res.returncode != 0:
            figure("core benchmark", f"n/a (exit status {res.returncode})", "")


class RoomCounter:
    """Messages of a bot that does not mark what it replies to: arrival and body per room."""

    OK = "OK, I will remind"
    DUPLICATE = "A similar reminder already exists"
    ERRORS = ("Error:", "An unknown error occurred")

    def __init__(self, bot_id):
        self.bot_id = bot_id
        self.cond = threading.Condition()
        self.seen = set()
        self.bodies = {}  # room -> [body]
        self.last_arrival = None

    def on_event(self, room, event, arrived):
        if event.get("type") != "m.room.message" or event.get("sender") != self.bot_id:
            return
        with self.cond:
            if event.get("event_id") in self.seen:
                return
            self.seen.add(event.get("event_id"))
            self.bodies.setdefault(room, []).append(event.get("content", {}).get("body", ""))
            self.last_arrival = arrived
            self.cond.notify_all()

    def reset(self):
        with self.cond:
            self.bodies = {}
            self.last_arrival = None

    def count(self, room):
        return len(self.bodies.get(room, ()))

    def wait(self, predicate, timeout):
        with self.cond:
            return self.cond.wait_for(predicate, timeout)

    def classify(self, room):
        """(confirmations, error replies, "already exists" replies, other messages) in `room`."""
        ok = err = dup = other = 0
        with self.cond:
            for body in self.bodies.get(room, ()):
                if body.startswith(self.OK):
                    ok += 1
                elif body.startswith(self.DUPLICATE):
                    dup += 1
                elif body.startswith(self.ERRORS):
                    err += 1
                else:
                    other += 1
        return ok, err, dup, other

    def totals(self):
        """(replies that answer a command, "already exists" replies) over all rooms."""
        answered = dup = 0
        for room in list(self.bodies):
            ok, err, d, _other = self.classify(room)
            answered += ok + err
            dup += d
        return answered, dup


def main():
    ap = argparse.ArgumentParser(prog="scripts/bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/lotse"),
                    help="bot binary (default: target/release/lotse, built by scripts/bench)")
    ap.add_argument("--samples", type=int, default=200, help="samples for (a) and (b)")
    ap.add_argument("--burst", type=int, default=3000, help="commands in the burst (c) and (e)")
    ap.add_argument("--users", type=int, default=20, help="users sending the burst")
    ap.add_argument("--grace", type=float, default=120,
                    help="seconds to wait for missing replies (e: for the reminder bot to say anything)")
    ap.add_argument("--max-wait", type=float, default=1800,
                    help="at most this many seconds after the burst for Lotse's replies")
    ap.add_argument("--reminder-max-wait", type=float, default=1200,
                    help="at most this many seconds after its burst for matrix-reminder-bot's replies")
    ap.add_argument("--seed-ideas", type=int, default=0,
                    help="ideas (with supports, comments, scores in a long-lived database's proportions) "
                         "in the bot's database before it starts (default 0: none)")
    ap.add_argument("--command-samples", type=int, default=20,
                    help="samples per team command in (h) (0: skip (h))")
    ap.add_argument("--command-timeout", type=float, default=300,
                    help="seconds to wait for one complete answer in (h)")
    ap.add_argument("--bystander-every", type=float, default=2.0,
                    help="seconds between the bystander's `!hilfe` during the burst (i)")
    ap.add_argument("--export-bench", default=os.path.join(ROOT, "target/release/lotse-export-bench"),
                    help="the seeding binary for --seed-ideas (default: built by scripts/bench)")
    ap.add_argument("--no-reminder-bot", action="store_true", help="skip (e)")
    ap.add_argument("--no-core", action="store_true", help="skip (f)")
    ap.add_argument("--core-bench", default=os.path.join(ROOT, "target/release/lotse-core-bench"),
                    help="core benchmark binary (default: built by scripts/bench)")
    ap.add_argument("--core-n", type=int, default=5000, help="submissions per backend in (f)")
    ap.add_argument("--core-tasks", type=int, default=8, help="concurrent tasks in (f)")
    ap.add_argument("--postgres", default=os.environ.get("LOTSE_BENCH_POSTGRES_URL",
                                                         "postgres://postgres@127.0.0.1:5432/test"),
                    help="PostgreSQL for (f) (env LOTSE_BENCH_POSTGRES_URL); a fresh schema, dropped after")
    ap.add_argument("--shared-room", action="store_true", help="burst users share one room")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (logs)")
    ap.add_argument("--default-rate-limits", action="store_true",
                    help="Synapse with its default rate limits (e.g. --burst 100 --users 2 --samples 20)")
    args = ap.parse_args()
    if args.users < 1 or args.burst < args.users or args.samples < 1:
        ap.error("need --users >= 1, --burst >= --users, --samples >= 1")
    if args.seed_ideas < 0 or args.command_samples < 0 or args.bystander_every <= 0:
        ap.error("need --seed-ideas >= 0, --command-samples >= 0, --bystander-every > 0")

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
