#!/usr/bin/env python3
"""An approval webhook for tests: checks each call's HMAC-SHA256 signature, logs it, answers 200,
then (DECISION approve|decline) answers the request by POSTing the token to the call's replyUrl.

Usage: approvalreceiver.py PORTFILE LOGFILE SECRET DECISION
DECISION "none" only logs; "hold" keeps the first approval call waiting, never answered (a slow
external system, while the test kills the agent), and approves the later ones. Each call is one
JSON line in LOGFILE: {"signed", "body"}; each answer one line {"reply": HTTP status, "answer": the agent's JSON}.
"""
import hashlib
import hmac
import http.server
import json
import os
import sys
import threading
import urllib.error
import urllib.request

port_file, log_file, secret, decision = sys.argv[1], sys.argv[2], sys.argv[3].encode(), sys.argv[4]
lock = threading.Lock()
held = []  # the call being held (hold mode)


def log(entry):
    with lock, open(log_file, "a") as f:
        f.write(json.dumps(entry) + "\n")


def answer(call):
    verdict = "approve" if decision == "hold" else decision
    reply = json.dumps({"token": call["token"], "decision": verdict, "reason": "checked by the test"}).encode()
    request = urllib.request.Request(call["replyUrl"], data=reply, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            log({"reply": response.status, "answer": json.loads(response.read())})
    except urllib.error.HTTPError as e:
        log({"reply": e.code, "answer": json.loads(e.read() or b"{}")})


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, self.headers.get("X-Countersign-Signature", ""))
        call = json.loads(body)
        log({"signed": signed, "team": self.headers.get("X-Team"), "body": call})
        if decision == "hold" and call.get("event") == "approval_requested":
            with lock:
                first = not held
                held.append(call)
            if first:
                threading.Event().wait()  # held until the process ends: no answer, no reply
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
        if decision != "none" and call.get("event") == "approval_requested":
            threading.Thread(target=answer, args=(call,)).start()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer.daemon_threads = True  # a held call does not keep the process up
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_port))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
