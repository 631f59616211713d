"""The scripted conversation of scripts/demo: logs in as the demo user, creates a room, invites
the bot, waits until it joined, sends a few commands and prints each one with the bot's reply.

Usage: demo_chat.py --homeserver URL --user demo --password PW --bot @lotse:localhost
Prints the room as the last line ("room: „Lotse-Demo 12:34:56“ (!id)"). Exit status 1 if the bot did not
join or did not answer in time.
"""

import argparse
import os
import queue
import re
import sys
import textwrap
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from matrix_http import Client, SyncLoop, reply_target  # noqa: E402

IDEA_TITLE = "Anträge automatisch vorsortieren"


def say(who, text):
    prefix = f"{who}: "
    lines = text.splitlines() or [""]
    print(prefix + lines[0])
    for line in lines[1:]:
        print(" " * len(prefix) + line)
    sys.stdout.flush()


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped by the shell) counts as gone.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--homeserver", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--bot", required=True, help="the bot's user id, e.g. @lotse:localhost")
    ap.add_argument("--bot-pid", type=int, help="give up early if this process is gone")
    ap.add_argument("--join-timeout", type=float, default=120)
    ap.add_argument("--reply-timeout", type=float, default=60)
    args = ap.parse_args()

    client = Client(args.homeserver).login(args.user, args.password, "Lotse-Demo-Skript")
    events = queue.Queue()
    sync = SyncLoop(client, lambda room, ev, _t: events.put((room, ev)), poll_ms=5000)
    sync.start()
    sync.wait_ready()

    room_name = f"Lotse-Demo {time.strftime('%H:%M:%S')}"
    room = client.create_room(name=room_name, invite=[args.bot])
    print(f"(created room {room}, invited {args.bot}; waiting for the bot to join …)")
    sys.stdout.flush()

    def next_event(deadline):
        """The next event in our room, or None at the deadline."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if sync.error:
                raise sync.error
            if args.bot_pid and not pid_alive(args.bot_pid):
                raise RuntimeError(f"the bot (pid {args.bot_pid}) is no longer running")
            try:
                ev_room, ev = events.get(timeout=min(left, 1.0))
            except queue.Empty:
                continue
            if ev_room == room:
                return ev

    def bot_message(ev):
        return ev.get("type") == "m.room.message" and ev.get("sender") == args.bot

    # Wait for the bot's join; print anything it says meanwhile (a greeting, say).
    deadline = time.monotonic() + args.join_timeout
    while True:
        ev = next_event(deadline)
        if ev is None:
            if args.bot in client.joined_members(room):
                break
            print(f"(the bot did not join within {args.join_timeout:.0f} s)")
            return 1
        if ev.get("type") == "m.room.member" and ev.get("state_key") == args.bot:
            membership = ev.get("content", {}).get("membership")
            if membership == "join":
                break
            if membership == "leave":
                print("(the bot declined the invite – is localhost in access.invite_allowlist?)")
                return 1
        elif bot_message(ev):
            say("Lotse", ev.get("content", {}).get("body", ""))
    print("(the bot joined)\n")
    sys.stdout.flush()

    idea = None
    script = [
        "!hilfe",
        f"!idee {IDEA_TITLE}",
        "!ideen",
        "!unterstütze #{id}",
        "!idee #{id}",
        "!bedenken datenschutz: Wo werden die Daten der Bürger:innen verarbeitet?",
        "!schulungen",
    ]
    for line in script:
        command = line.replace("{id}", str(idea or 1))
        say("demo", command)
        sent = client.send_text(room, command)
        deadline = time.monotonic() + args.reply_timeout
        answered = False
        while not answered:
            ev = next_event(deadline)
            if ev is None:
                print(f"(no reply from the bot within {args.reply_timeout:.0f} s)")
                return 1
            if not bot_message(ev):
                continue
            body = ev.get("content", {}).get("body", "")
            say("Lotse", body)
            if reply_target(ev.get("content", {})) == sent:
                answered = True
                if command.startswith("!idee ") and idea is None:
                    found = re.search(r"#(\d+)", body)
                    idea = int(found.group(1)) if found else None
        print()
    # Replies that arrive shortly after (e.g. a second message for one command).
    deadline = time.monotonic() + 1.0
    while (ev := next_event(deadline)) is not None:
        if bot_message(ev):
            say("Lotse", ev.get("content", {}).get("body", ""))
    sync.stop()
    print(f"room: „{room_name}“ ({room})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as e:  # a readable one-liner instead of a traceback for newcomers
        print(textwrap.shorten(f"demo_chat: {type(e).__name__}: {e}", 400), file=sys.stderr)
        sys.exit(1)
