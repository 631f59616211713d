"""Minimal Matrix client-server API client for scripts/demo and scripts/bench (stdlib only).

Not a general SDK: plain (unencrypted) rooms, password login, shared-secret registration, sending
text, and a /sync loop in a thread that hands every timeline event to a callback together with the
monotonic time at which the sync response carrying it arrived.

Each thread gets its own keep-alive HTTP connection, so a client can send from one thread while
another long-polls /sync.
"""

import hashlib
import hmac
import http.client
import json
import threading
import time
import urllib.parse
import uuid

# Only what a chat client needs: timeline + state, no presence/receipts/typing/account data.
DEFAULT_FILTER = {
    "presence": {"not_types": ["*"]},
    "account_data": {"not_types": ["*"]},
    "room": {
        "timeline": {"limit": 2000},
        "state": {"lazy_load_members": True},
        "ephemeral": {"not_types": ["*"]},
        "account_data": {"not_types": ["*"]},
    },
}


class MatrixError(Exception):
    def __init__(self, status, body, method, path):
        self.status = status
        self.body = body if isinstance(body, dict) else {"raw": body}
        self.errcode = self.body.get("errcode", "")
        super().__init__(f"{method} {path} -> HTTP {status}: {body}")


def quote(value):
    return urllib.parse.quote(value, safe="")


class Client:
    """One Matrix account (or an anonymous client when `token` is None)."""

    def __init__(self, base_url, token=None, user_id=None, device_id=None):
        parsed = urllib.parse.urlsplit(base_url.rstrip("/"))
        if parsed.scheme != "http":
            raise ValueError("only http:// homeservers are supported by this helper")
        self.base_url = base_url.rstrip("/")
        self.host = parsed.hostname
        self.port = parsed.port or 80
        self.token = token
        self.user_id = user_id
        self.device_id = device_id
        self._local = threading.local()

    # ---- transport -------------------------------------------------------------------------

    def _connection(self, timeout):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
            self._local.conn = conn
        conn.timeout = timeout
        if conn.sock is not None:
            conn.sock.settimeout(timeout)
        return conn

    def _drop_connection(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._local.conn = None

    def request(self, method, path, body=None, query=None, timeout=60.0, auth=True, retries=5):
        """Sends one request and returns the decoded JSON body; raises MatrixError on HTTP errors.

        Retries on 429 (honouring retry_after_ms) and on dropped connections. Only use it for
        idempotent requests or PUTs with a transaction id (those are all this helper sends)."""
        url = path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if auth and self.token:
            headers["Authorization"] = "Bearer " + self.token
        attempt = 0
        while True:
            attempt += 1
            conn = self._connection(timeout)
            try:
                conn.request(method, url, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                status = resp.status
            except (http.client.HTTPException, ConnectionError, OSError):
                self._drop_connection()
                if attempt > retries:
                    raise
                time.sleep(min(0.2 * attempt, 2.0))
                continue
            try:
                decoded = json.loads(raw.decode("utf-8")) if raw else {}
            except ValueError:
                decoded = raw.decode("utf-8", "replace")
            if status == 429 and attempt <= max(retries, 50):
                wait_ms = 1000
                if isinstance(decoded, dict):
                    wait_ms = decoded.get("retry_after_ms", wait_ms)
                time.sleep(wait_ms / 1000.0)
                continue
            if status >= 400:
                raise MatrixError(status, decoded, method, path)
            return decoded

    # ---- accounts --------------------------------------------------------------------------

    def login(self, user, password, device_name="lotse-scripts"):
        localpart = user[1:].split(":", 1)[0] if user.startswith("@") else user
        resp = self.request(
            "POST",
            "/_matrix/client/v3/login",
            {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": localpart},
                "password": password,
                "initial_device_display_name": device_name,
            },
            auth=False,
        )
        self.token = resp["access_token"]
        self.user_id = resp["user_id"]
        self.device_id = resp.get("device_id")
        return self

    def logout(self):
        try:
            self.request("POST", "/_matrix/client/v3/logout", {}, retries=0)
        except Exception:
            pass

    def register_shared_secret(self, secret, user, password, admin=False):
        """Registers via Synapse's admin API with the registration shared secret.

        Returns True if the user was created (this client then holds the new account's session,
        as from a login), False if it existed already."""
        nonce = self.request("GET", "/_synapse/admin/v1/register", auth=False)["nonce"]
        mac = hmac.new(secret.encode("utf-8"), digestmod=hashlib.sha1)
        mac.update(nonce.encode("utf-8") + b"\x00" + user.encode("utf-8") + b"\x00")
        mac.update(password.encode("utf-8") + b"\x00" + (b"admin" if admin else b"notadmin"))
        try:
            resp = self.request(
                "POST",
                "/_synapse/admin/v1/register",
                {"nonce": nonce, "username": user, "password": password, "admin": admin,
                 "mac": mac.hexdigest()},
                auth=False,
            )
            self.token = resp.get("access_token", self.token)
            self.user_id = resp.get("user_id", getattr(self, "user_id", None))
            self.device_id = resp.get("device_id", getattr(self, "device_id", None))
            return True
        except MatrixError as e:
            if e.errcode == "M_USER_IN_USE":
                return False
            raise

    # ---- rooms -----------------------------------------------------------------------------

    def create_room(self, name=None, invite=(), is_direct=False, preset="private_chat"):
        body = {"preset": preset, "invite": list(invite), "is_direct": is_direct}
        if name:
            body["name"] = name
        return self.request("POST", "/_matrix/client/v3/createRoom", body)["room_id"]

    def join(self, room_id):
        return self.request("POST", f"/_matrix/client/v3/join/{quote(room_id)}", {})["room_id"]

    def joined_members(self, room_id):
        resp = self.request("GET", f"/_matrix/client/v3/rooms/{quote(room_id)}/joined_members")
        return set(resp.get("joined", {}).keys())

    def send(self, room_id, event_type, content, txn_id=None):
        txn_id = txn_id or uuid.uuid4().hex
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/send/{quote(event_type)}/{txn_id}"
        return self.request("PUT", path, content)["event_id"]

    def send_text(self, room_id, body, msgtype="m.text"):
        return self.send(room_id, "m.room.message", {"msgtype": msgtype, "body": body})

    def sync(self, since=None, timeout_ms=0, filter_json=None, http_timeout=None):
        query = {"timeout": str(int(timeout_ms))}
        if since:
            query["since"] = since
        query["filter"] = json.dumps(filter_json or DEFAULT_FILTER, separators=(",", ":"))
        return self.request("GET", "/_matrix/client/v3/sync", query=query,
                            timeout=http_timeout or (timeout_ms / 1000.0 + 30.0))

    def messages(self, room_id, from_token, to_token=None, direction="b", limit=1000):
        query = {"from": from_token, "dir": direction, "limit": str(limit),
                 "filter": json.dumps({"lazy_load_members": True})}
        if to_token:
            query["to"] = to_token
        return self.request("GET", f"/_matrix/client/v3/rooms/{quote(room_id)}/messages",
                            query=query)


class SyncLoop(threading.Thread):
    """Long-polls /sync in a daemon thread.

    `on_event(room_id, event, arrived)` is called for every timeline event (in order, from this
    thread); `arrived` is time.monotonic() right after the response was read. `on_invite(room_id)`
    is called for invites. The first sync (timeout 0) only establishes the position: events from
    before `start()` are not reported. If a room's timeline comes back `limited`, the gap is
    fetched with /messages so no event is missed."""

    def __init__(self, client, on_event, on_invite=None, poll_ms=30000, filter_json=None):
        super().__init__(daemon=True, name=f"sync {client.user_id}")
        self.client = client
        self.on_event = on_event
        self.on_invite = on_invite
        self.poll_ms = poll_ms
        self.filter_json = filter_json or DEFAULT_FILTER
        self.since = None
        self.ready = threading.Event()
        self.stopping = threading.Event()
        self.error = None
        self.gaps_filled = 0

    def run(self):
        try:
            resp = self.client.sync(None, 0, self.filter_json)
            self.since = resp["next_batch"]
            self.ready.set()
            while not self.stopping.is_set():
                resp = self.client.sync(self.since, self.poll_ms, self.filter_json)
                arrived = time.monotonic()
                self._dispatch(resp, arrived)
                self.since = resp["next_batch"]
        except Exception as e:  # surfaced to the owner via .error
            self.error = e
            self.ready.set()

    def _dispatch(self, resp, arrived):
        rooms = resp.get("rooms", {})
        if self.on_invite:
            for room_id in rooms.get("invite", {}):
                self.on_invite(room_id)
        for room_id, room in rooms.get("join", {}).items():
            timeline = room.get("timeline", {})
            events = timeline.get("events", [])
            if timeline.get("limited") and timeline.get("prev_batch") and self.since:
                events = self._fill_gap(room_id, timeline["prev_batch"]) + events
            for event in events:
                self.on_event(room_id, event, arrived)

    def _fill_gap(self, room_id, prev_batch):
        """Events between our previous position and the start of a limited timeline."""
        self.gaps_filled += 1
        missed = []
        token = prev_batch
        while True:
            resp = self.client.messages(room_id, token, to_token=self.since)
            chunk = resp.get("chunk", [])
            missed.extend(chunk)
            if not chunk or not resp.get("end") or resp.get("end") == token:
                break
            token = resp["end"]
        missed.reverse()
        return missed

    def wait_ready(self, timeout=60):
        if not self.ready.wait(timeout):
            raise TimeoutError(f"first /sync of {self.client.user_id} did not return")
        if self.error:
            raise self.error

    def stop(self):
        self.stopping.set()


def reply_target(content):
    """The event id a message replies to: m.in_reply_to, else the thread root (m.thread)."""
    rel = content.get("m.relates_to") or {}
    target = (rel.get("m.in_reply_to") or {}).get("event_id")
    if target:
        return target
    if rel.get("rel_type") == "m.thread":
        return rel.get("event_id")
    return None


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100)
    return ordered[int(rank) - 1]
