#!/usr/bin/env python3
"""A webhook receiver for tests: checks each call's HMAC-SHA256 signature itself and logs it.

Usage: webhookreceiver.py PORTFILE LOGFILE SECRET FAILURES
Answers HTTP 500 to the first FAILURES calls (-1: to every call), 200 after. Each call is one
JSON line in LOGFILE: delivery id, event, whether the signature verified, the status answered.
"""
import hashlib
import hmac
import http.server
import json
import sys

port_file, log_file, secret, failures = sys.argv[1], sys.argv[2], sys.argv[3].encode(), int(sys.argv[4])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global failures
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, self.headers.get("X-Countersign-Signature", ""))
        status = 500 if failures != 0 else 200
        if failures > 0:
            failures -= 1
        with open(log_file, "a") as log:
            log.write(json.dumps({"delivery": self.headers.get("X-Countersign-Delivery"),
                                  "event": self.headers.get("X-Countersign-Event"),
                                  "signed": signed, "status": status,
                                  "body": json.loads(body)}) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_port))
import os
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
