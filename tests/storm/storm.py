#!/usr/bin/env python3
"""The storm test: many requests through the real countersign-cli and countersign-agent on a private
PostgreSQL cluster while the agent's sessions are terminated at random (pg_terminate_backend from a
superuser session), the agent is SIGKILLed at random and restarted, and -- with --pg-restarts N -- the
server is restarted (pg_ctl restart -m fast) N times during the run. Afterwards it checks:

  doubled runs           0: the action appends one line per run to a ledger; no request id twice
  stuck requests         0: every request ends succeeded or failed, a failure with its reason, and
                            none is left running once the agent is alive and idle
  acknowledged but lost  0: every id the CLI printed with exit 0 for a submit exists, and every
                            approval acknowledged with exit 0 is on record
  refused but saved      0: a submit the CLI reported as not saved (exit 6) is not in the database
  audit verify           passes

It prints the counts and exits 1 on any violation (2 when the storm itself could not be run).

    tests/storm/storm.py --cli build/app/cli/countersign-cli --agent build/app/agent/countersign-agent
    tests/storm/storm.py ... --pg-restarts 2
"""
import argparse
import json
import os
import pwd
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PG_BIN = "/usr/lib/postgresql/15/bin"
PASSWORD = "storm-password-1"
DATABASE = "storm"
ADMIN, REQUESTER, APPROVER, AGENT = "storm_admin", "storm_req", "storm_appr", "storm_agent"
ACTION = "storm-mark"

# CLI exit codes (README): 5 conflicting state, 6 database error (not saved), 8 outcome unknown.
CONFLICT, DATABASE_ERROR, OUTCOME_UNKNOWN = 5, 6, 8


def log(message):
    print(time.strftime("%H:%M:%S ") + message, flush=True)


class Storm:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.scratch = tempfile.mkdtemp(prefix="countersign-storm.")
        os.chmod(self.scratch, 0o755)
        self.ledger = os.path.join(self.scratch, "ledger")
        self.agent_log_path = os.path.join(self.scratch, "agent.log")
        self.pg = {}
        self.agent = None
        self.agent_lock = threading.Lock()
        self.stop_faults = threading.Event()
        self.driving_done = threading.Event()
        self.deadline = time.monotonic() + args.time_limit
        # What the CLI acknowledged (exit 0), and what it said was not saved (exit 6).
        self.submitted = {}  # request id -> index
        self.approved = set()
        self.refused_submits = []  # comments of submits answered with exit 6
        self.unknown = Counter()  # exit 8 answers per operation
        self.retries = Counter()
        self.failures = []  # the driver could not finish an index
        self.aborted = None  # why the storm could not go on
        self.counts = Counter()
        self.progress = 0
        self.lock = threading.Lock()

    # --- infrastructure ---------------------------------------------------------------------

    def start_cluster(self):
        # Ports of its own: while the server restarts, a cluster started by someone else from the
        # usual range could take its port.
        env = dict(os.environ, COUNTERSIGN_PG_FIRST_PORT=os.environ.get("COUNTERSIGN_PG_FIRST_PORT", "56432"))
        out = subprocess.run(["bash", os.path.join(ROOT, "packaging/pg-cluster.sh"), "start"], check=True,
                             capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if line.startswith("export "):
                key, value = line[len("export "):].split("=", 1)
                self.pg[key] = value.strip("'")
        if "COUNTERSIGN_TEST_PG_DIR" not in self.pg:
            raise RuntimeError("pg-cluster.sh did not start a cluster: " + out)
        self.pg_dir = self.pg["COUNTERSIGN_TEST_PG_DIR"]
        with open(os.path.join(self.pg_dir, "port")) as f:
            self.pg_port = int(f.read().strip())

    def stop_cluster(self):
        if self.pg:
            subprocess.run(["bash", os.path.join(ROOT, "packaging/pg-cluster.sh"), "stop", self.pg_dir],
                           capture_output=True)

    def psql(self, sql, database="postgres", check=True, timeout=30):
        """Statements as the cluster's superuser, each in its own transaction; rows as lists of strings."""
        env = dict(os.environ, PGPASSWORD=self.pg["COUNTERSIGN_TEST_PG_PASSWORD"], PGCONNECT_TIMEOUT="5")
        try:
            r = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                                "-p", str(self.pg_port), "-U", "postgres", "-d", database],
                               input=sql, env=env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            r = subprocess.CompletedProcess([], 1, "", "psql timed out")
        if r.returncode != 0:
            if check:
                raise RuntimeError("psql %s: %s" % (sql, r.stderr.strip()))
            return None
        return [line.split("\t") for line in r.stdout.splitlines() if line]

    def cli(self, login, args, timeout=120):
        env = dict(os.environ, PGPASSWORD=PASSWORD)
        env.pop("COUNTERSIGN_DB", None)
        url = "postgresql://%s@127.0.0.1:%d/%s" % (login, self.pg_port, DATABASE)
        try:
            r = subprocess.run([self.args.cli, "--db", url] + args, env=env, capture_output=True, text=True,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            return -1, "", "timed out"
        return r.returncode, r.stdout, r.stderr

    def must_cli(self, login, args):
        code, out, err = self.cli(login, args)
        if code != 0:
            raise RuntimeError("countersign-cli %s: exit %d: %s" % (" ".join(args), code, err.strip()))
        return out

    # --- set-up -----------------------------------------------------------------------------

    def set_up(self):
        self.psql("CREATE ROLE countersign_owner LOGIN CREATEROLE PASSWORD '%s'" % PASSWORD)
        self.psql("CREATE DATABASE %s OWNER countersign_owner" % DATABASE)
        self.must_cli("countersign_owner", ["admin", "setup-postgres", "--admin", ADMIN])
        self.psql("ALTER ROLE %s PASSWORD '%s'" % (ADMIN, PASSWORD))
        self.agent_port = free_port()
        self.agent_url = "http://127.0.0.1:%d" % self.agent_port
        for step in (["user", "add", REQUESTER], ["user", "add", APPROVER], ["user", "add", AGENT, "--role", "agent"],
                     ["group", "add", "requesters"], ["group", "add", "approvers"],
                     ["group", "add-member", "requesters", REQUESTER], ["group", "add-member", "approvers", APPROVER],
                     ["target", "add", "host1", "--kind", "server", "--agent", self.agent_url]):
            self.must_cli(ADMIN, step)
        for login in (REQUESTER, APPROVER, AGENT):
            self.psql("ALTER ROLE %s PASSWORD '%s'" % (login, PASSWORD))
        action = {
            "name": ACTION,
            # One ledger line per run, then a short pause so that kills also land mid-run.
            "script": "echo \"$CS_REQUEST_ID\" >> '%s'\nsleep 0.%d\n" % (self.ledger, self.args.script_tenths),
            "timeoutSeconds": 60,
            "requesterGroups": ["requesters"],
            "targets": ["host1"],
            "parameters": [],
            "policy": {"approvalRequired": True, "approverGroups": ["approvers"]},
        }
        path = os.path.join(self.scratch, "action.json")
        with open(path, "w") as f:
            json.dump(action, f)
        self.must_cli(ADMIN, ["action", "import", path])

        generated = subprocess.run([self.args.agent, "--new-token", "storm"], check=True, capture_output=True,
                                   text=True).stdout.splitlines()
        token_line = generated[1].split("config: ", 1)[1]
        config = ('{ "name": "%s", "listen": "127.0.0.1:%d", "publicUrl": "%s", '
                  '"database": "postgresql://%s@127.0.0.1:%d/%s", "tokens": [ %s ], "workDir": "%s", '
                  '"concurrency": 4, "pollSeconds": 1 }') % (AGENT, self.agent_port, self.agent_url, AGENT,
                                                             self.pg_port, DATABASE, token_line,
                                                             os.path.join(self.scratch, "work"))
        self.agent_config = os.path.join(self.scratch, "agent.json")
        with open(self.agent_config, "w") as f:
            f.write(config)

    # --- the agent --------------------------------------------------------------------------

    def start_agent(self):
        env = dict(os.environ, PGPASSWORD=PASSWORD)
        with open(self.agent_log_path, "a") as out:
            out.write("---- %s start\n" % time.strftime("%H:%M:%S"))
            out.flush()
            self.agent = subprocess.Popen([self.args.agent, "--config", self.agent_config], env=env, stdout=out,
                                          stderr=subprocess.STDOUT)

    def agent_alive(self):
        return self.agent is not None and self.agent.poll() is None

    def kill_agent(self):
        self.agent.send_signal(signal.SIGKILL)
        self.agent.wait()

    def agent_log(self):
        with open(self.agent_log_path, errors="replace") as f:
            return f.read()

    # --- faults -----------------------------------------------------------------------------

    def terminator(self):
        """A superuser session ending the agent's backends at random intervals; now and then a burst
        that ends them every 20 ms for a second or two, so that statements and COMMITs in flight
        are cut too, not only idle sessions."""
        roles = [AGENT] + ([REQUESTER, APPROVER] if self.args.terminate_people else [])
        terminate = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename IN (%s);" % ", ".join(
            "'%s'" % role for role in roles)
        while not self.stop_faults.wait(self.rng.uniform(*self.args.terminate_every)):
            burst = self.rng.random() < self.args.burst_share
            rounds = self.rng.randint(50, 100) if burst else 1
            rows = self.psql((terminate + " SELECT pg_sleep(0.02);") * rounds, check=False, timeout=30)
            if rows is None:
                self.counts["terminate calls refused (server restarting)"] += 1
            else:
                self.counts["backends terminated"] += sum(1 for row in rows if row[0] == "t")
                self.counts["termination bursts"] += burst

    def killer(self):
        """SIGKILLs the agent at random intervals and starts it again."""
        while not self.stop_faults.wait(self.rng.uniform(*self.args.kill_every)):
            with self.agent_lock:
                if self.agent_alive():
                    self.kill_agent()
                    self.counts["agent SIGKILLs"] += 1
                time.sleep(self.rng.uniform(0, 0.5))
                self.start_agent()

    def restart_server(self):
        as_postgres = [] if pwd.getpwuid(os.getuid()).pw_name == "postgres" else ["runuser", "-u", "postgres", "--"]
        r = subprocess.run(as_postgres + [PG_BIN + "/pg_ctl", "-D", self.pg_dir + "/data", "-l",
                            self.pg_dir + "/server.log", "-m", "fast", "-w", "-t", "60", "restart"],
                           cwd=self.pg_dir, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("pg_ctl restart failed: " + r.stderr)
        self.counts["server restarts"] += 1
        log("PostgreSQL restarted (-m fast)")

    def restarter(self):
        """Restarts the server when the driver has gone through 1/(N+1), 2/(N+1)... of the requests."""
        n = self.args.pg_restarts
        marks = [self.args.requests * (k + 1) // (n + 1) for k in range(n)]
        for mark in marks:
            while self.progress < mark and not self.driving_done.is_set():
                time.sleep(0.1)
            if self.driving_done.is_set():
                return
            try:
                self.restart_server()
            except RuntimeError as e:  # the storm cannot go on: stop driving, say why (exit 2)
                self.aborted = str(e)
                self.deadline = time.monotonic()
                return

    # --- the driver: a careful script around the CLI ---------------------------------------

    def find_by_comment(self, comment):
        """After exit 8: is the request there? (the README: look before submitting again)."""
        while time.monotonic() < self.deadline:
            code, out, _ = self.cli(REQUESTER, ["--json", "list", "outgoing", "--status", "any", "--limit", "1000"])
            if code == 0:
                for r in json.loads(out):
                    if r.get("comment") == comment:
                        return r["id"]
                return None
            self.retries["list outgoing"] += 1
            time.sleep(0.2)
        raise TimeoutError

    def state_of(self, request_id):
        while time.monotonic() < self.deadline:
            code, out, _ = self.cli(APPROVER, ["--json", "show", str(request_id)])
            if code == 0:
                return json.loads(out)["state"]
            self.retries["show"] += 1
            time.sleep(0.2)
        raise TimeoutError

    def submit(self, index):
        comment = "storm-%d" % index
        while time.monotonic() < self.deadline:
            code, out, err = self.cli(REQUESTER, ["--json", "request", ACTION, "--target", "host1", "--comment",
                                                  comment])
            if code == 0:
                request_id = json.loads(out)["id"]
                with self.lock:
                    self.submitted[request_id] = index
                return request_id
            if code == OUTCOME_UNKNOWN:
                self.unknown["submit"] += 1
                found = self.find_by_comment(comment)
                if found is not None:
                    return found
            elif code == DATABASE_ERROR:
                with self.lock:
                    self.refused_submits.append(comment)
            else:
                self.failures.append("submit %s: exit %d: %s" % (comment, code, err.strip()))
                return None
            self.retries["submit"] += 1
            time.sleep(0.2)
        raise TimeoutError

    def approve(self, request_id):
        while time.monotonic() < self.deadline:
            code, out, err = self.cli(APPROVER, ["--json", "approve", str(request_id)])
            if code == 0:
                with self.lock:
                    self.approved.add(request_id)
                return
            if code in (OUTCOME_UNKNOWN, CONFLICT):
                if code == OUTCOME_UNKNOWN:
                    self.unknown["approve"] += 1
                if self.state_of(request_id) != "pending":
                    return  # the vote did count
                if code == CONFLICT:
                    self.failures.append("approve #%d: exit 5 while pending: %s" % (request_id, err.strip()))
                    return
            elif code != DATABASE_ERROR:
                self.failures.append("approve #%d: exit %d: %s" % (request_id, code, err.strip()))
                return
            self.retries["approve"] += 1
            time.sleep(0.2)
        raise TimeoutError

    def worker(self, work):
        while True:
            try:
                index = work.get_nowait()
            except queue.Empty:
                return
            # Paced over --storm-seconds, so that the faults meet requests in every stage.
            due = self.started + index * self.args.storm_seconds / self.args.requests
            time.sleep(max(0.0, due - time.monotonic()))
            try:
                request_id = self.submit(index)
                if request_id is not None:
                    self.approve(request_id)
            except TimeoutError:
                self.failures.append("request %d: not through within the time limit" % index)
                return
            with self.lock:
                self.progress += 1
                if self.progress % 50 == 0:
                    log("%d of %d requests submitted and approved" % (self.progress, self.args.requests))

    # --- the run ----------------------------------------------------------------------------

    def run(self):
        self.start_cluster()
        self.set_up()
        self.start_agent()
        log("cluster on port %d, agent on %s, scratch %s" % (self.pg_port, self.agent_url, self.scratch))
        work = queue.Queue()
        for i in range(self.args.requests):
            work.put(i)
        faults = [threading.Thread(target=self.terminator, daemon=True),
                  threading.Thread(target=self.killer, daemon=True),
                  threading.Thread(target=self.restarter, daemon=True)]
        for t in faults:
            t.start()
        workers = [threading.Thread(target=self.worker, args=(work,)) for _ in range(self.args.workers)]
        self.started = started = time.monotonic()
        for t in workers:
            t.start()
        for t in workers:
            t.join()
        self.driving_done.set()
        if self.aborted:
            self.stop_faults.set()
            raise RuntimeError(self.aborted)
        self.counts["driving seconds"] = round(time.monotonic() - started)
        # The faults go on while the last runs are under way (half the settling time at most).
        limit = time.monotonic() + self.args.settle_seconds / 2
        while time.monotonic() < limit and self.unsettled() != 0:
            time.sleep(1)
        self.stop_faults.set()
        for t in faults:
            t.join()
        self.counts["storm seconds"] = round(time.monotonic() - started)
        with self.agent_lock:
            if not self.agent_alive():
                self.start_agent()
        self.quiesce()
        return self.check()

    def unsettled(self):
        rows = self.psql("SELECT r.id FROM requests r LEFT JOIN executions e ON e.request_id = r.id "
                         "WHERE r.state IN ('approved', 'running') OR e.state = 'running'", database=DATABASE,
                         check=False)
        return None if rows is None else len(rows)

    def quiesce(self):
        """Waits, with the agent alive, until no request is approved-but-not-run or running."""
        limit = time.monotonic() + self.args.settle_seconds
        left = None
        while time.monotonic() < limit:
            left = self.unsettled()
            if left == 0:
                break
            time.sleep(1)
        self.counts["settle seconds"] = round(self.args.settle_seconds - (limit - time.monotonic()))
        if not self.agent_alive():
            self.failures.append("the agent died on its own: see the log")

    # --- the invariants ---------------------------------------------------------------------

    def check(self):
        violations = []
        rows = self.psql("SELECT r.id, r.comment, r.state, COALESCE(e.state, ''), COALESCE(e.error, ''), "
                         "COALESCE(e.exit_code::text, '') FROM requests r LEFT JOIN executions e "
                         "ON e.request_id = r.id ORDER BY r.id", database=DATABASE)
        requests = {int(r[0]): r for r in rows}
        ledger = Counter()
        if os.path.exists(self.ledger):
            with open(self.ledger) as f:
                ledger = Counter(int(line) for line in f if line.strip())

        doubled = {rid: n for rid, n in ledger.items() if n > 1}
        for rid, n in sorted(doubled.items()):
            violations.append("doubled run: request #%d ran %d times" % (rid, n))
        for rid in sorted(set(ledger) - set(requests)):
            violations.append("the ledger names #%d, which is not a request" % rid)

        stuck = []
        for rid, (_, comment, state, execution, error, exit_code) in sorted(requests.items()):
            if state == "succeeded":
                if ledger[rid] != 1:
                    violations.append("#%d succeeded but ran %d times" % (rid, ledger[rid]))
            elif state == "failed":
                if not error and not exit_code:
                    stuck.append("#%d failed without a reason (execution %s)" % (rid, execution or "none"))
            else:
                stuck.append("#%d left %s (execution %s)" % (rid, state, execution or "none"))
        violations += ["stuck: " + s for s in stuck]

        lost = [rid for rid in self.submitted if rid not in requests]
        lost += [rid for rid in self.approved if rid not in requests or requests[rid][2] == "pending"]
        violations += ["acknowledged but lost: #%d" % rid for rid in sorted(set(lost))]

        per_comment = Counter(r[1] for r in rows)
        refused_saved = [c for c in self.refused_submits if per_comment[c] > 1]
        violations += ["submit %s answered 'not saved' (exit 6) but saved" % c for c in refused_saved]
        storm_comments = {"storm-%d" % i for i in range(self.args.requests)}
        missing = sorted(storm_comments - set(per_comment), key=lambda c: int(c.split("-")[1]))
        violations += ["%s never got into the database" % c for c in missing]

        code, out, err = self.cli(ADMIN, ["audit", "verify"])
        audit_ok = code == 0
        if not audit_ok:
            violations.append("audit verify: exit %d: %s%s" % (code, out.strip(), err.strip()))
        violations += ["driver: " + f for f in self.failures]

        states = Counter(r[2] for r in rows)
        executions = Counter(r[3] or "none" for r in rows)
        interrupted_ran = sum(1 for rid, r in requests.items() if r[3] == "interrupted" and ledger[rid] == 1)
        summary = {
            "requests": len(requests),
            "request states": dict(states),
            "execution states": dict(executions),
            "interrupted runs that had written their ledger line": interrupted_ran,
            "ledger lines": sum(ledger.values()),
            "doubled runs": len(doubled),
            "stuck without a reason": len(stuck),
            "acknowledged but lost": len(set(lost)),
            "refused but saved": len(refused_saved),
            "audit verify": "intact" if audit_ok else "FAILED",
            "submits acknowledged (exit 0)": len(self.submitted),
            "approvals acknowledged (exit 0)": len(self.approved),
            "outcome unknown (exit 8)": dict(self.unknown),
            "retries": dict(self.retries),
            "faults": dict(self.counts),
            "agent journal uses (ends kept while the database was away)":
                self.agent_log().count("cannot record the end of request"),
        }
        print(json.dumps(summary, indent=2))
        for v in violations[:50]:
            print("VIOLATION: " + v)
        if len(violations) > 50:
            print("... and %d more violations" % (len(violations) - 50))
        return 1 if violations else 0

    def clean_up(self, keep):
        if self.agent_alive():
            self.kill_agent()
        self.stop_cluster()
        if keep:
            log("kept %s (agent.log, ledger)" % self.scratch)
        else:
            shutil.rmtree(self.scratch, ignore_errors=True)


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def interval(text):
    low, high = (float(x) for x in text.split(","))
    return low, high


def main():
    build = os.path.join(ROOT, "build")
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cli", default=os.path.join(build, "app/cli/countersign-cli"))
    p.add_argument("--agent", default=os.path.join(build, "app/agent/countersign-agent"))
    p.add_argument("--requests", type=int, default=300)
    p.add_argument("--workers", type=int, default=4, help="parallel submit/approve drivers")
    p.add_argument("--pg-restarts", type=int, default=0, help="pg_ctl restart -m fast this many times")
    p.add_argument("--terminate-every", type=interval, default=(0.2, 1.5), metavar="MIN,MAX",
                   help="seconds between terminations of the agent's backends")
    p.add_argument("--burst-share", type=float, default=0.3, help="share of terminations that are bursts")
    p.add_argument("--terminate-people", action="store_true",
                   help="also terminate the requester's and approver's CLI sessions (exit 8 to look before retrying)")
    p.add_argument("--kill-every", type=interval, default=(2.0, 8.0), metavar="MIN,MAX",
                   help="seconds between SIGKILLs of the agent")
    p.add_argument("--script-tenths", type=int, default=2, help="the action sleeps 0.N s after its ledger line")
    p.add_argument("--storm-seconds", type=float, default=90, help="submissions are spread over this long")
    p.add_argument("--time-limit", type=int, default=900, help="seconds for submitting and approving")
    p.add_argument("--settle-seconds", type=int, default=120, help="seconds to wait for the runs to end")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--keep", action="store_true", help="keep the scratch directory (always kept on a violation)")
    args = p.parse_args()
    if args.seed is None:
        args.seed = random.randrange(1 << 30)
    log("storm: %d requests, %d server restarts, seed %d" % (args.requests, args.pg_restarts, args.seed))
    storm = Storm(args)
    status = 2
    try:
        status = storm.run()
    except Exception as e:  # the storm could not be run: say why, keep the evidence
        log("storm aborted: %s" % e)
    finally:
        storm.clean_up(args.keep or status != 0)
    sys.exit(status)


if __name__ == "__main__":
    main()
