#!/usr/bin/env python3
"""The language server's editor-facing figures, measured as an editor sees
them: the release binary over stdio, real JSON-RPC framing, wall clock from
the request written to the answer read (so JSON encoding on both sides
counts). Not part of CI (timings are not tests); run it by hand:

    cargo build --release
    python3 benches/lsp_latency.py [--runs 20]

Prints, with the issue's targets:
- semantic tokens full on a 1 MB document (the seeds repeated);
- semantic tokens delta after a one-letter edit to it;
- keystroke to published diagnostics on a 5 KB article, less the 25 ms
  debounce the server waits for more typing;
- the server's resident memory with 20 articles open (the seeds, four
  times each), and at the end.
"""

import argparse
import faulthandler
import glob
import json
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "copydesk")
DEBOUNCE_MS = 25


class Server:
    def __init__(self):
        self.proc = subprocess.Popen([BIN, "serve", "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0
        self.notes = []

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = 0
        while True:
            line = self.proc.stdout.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            msg = self.read()
            if msg.get("id") == self.next_id and "method" not in msg:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result")
            if "id" in msg and "method" in msg:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            else:
                self.notes.append(msg)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        while True:
            for i, n in enumerate(self.notes):
                p = n.get("params", {})
                if n.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri and p.get("version") == version:
                    del self.notes[: i + 1]
                    return p["diagnostics"]
            msg = self.read()
            if "id" in msg and "method" in msg:
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            else:
                self.notes.append(msg)

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")


def seeds():
    return [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))]


def one_mb():
    out, total = [], 0
    while total < 1 << 20:
        for s in seeds():
            out.append(s)
            total += len(s.encode())
    return "\n\n".join(out)


def ms(f):
    t = time.perf_counter()
    f()
    return (time.perf_counter() - t) * 1000


def summary(xs):
    xs = sorted(xs)
    return f"median {statistics.median(xs):.1f} ms (min {xs[0]:.1f}, max {xs[-1]:.1f}, n={len(xs)})"


def main():
    faulthandler.dump_traceback_later(30, exit=True)
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    runs = ap.parse_args().runs
    s = Server()
    caps = {
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {
            "semanticTokens": {
                "requests": {"full": {"delta": True}, "range": True},
                "tokenTypes": [],
                "tokenModifiers": [],
                "formats": ["relative"],
            }
        },
    }
    s.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": caps})
    s.notify("initialized", {})

    for i, text in enumerate(seeds() * 4):
        uri = f"file:///bench/article{i}.txt"
        s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
        s.diagnostics(uri, 1)
    twenty = s.rss_mb()

    big_uri, big = "file:///bench/1mb.txt", one_mb()
    s.notify("textDocument/didOpen", {"textDocument": {"uri": big_uri, "languageId": "plaintext", "version": 1, "text": big}})
    s.diagnostics(big_uri, 1)
    doc = {"textDocument": {"uri": big_uri}}
    full = [ms(lambda: s.request("textDocument/semanticTokens/full", doc)) for _ in range(runs)]
    result = s.request("textDocument/semanticTokens/full", doc)
    tokens = len(result["data"]) // 5

    delta, version, previous = [], 1, result["resultId"]
    lines = big.count("\n")
    for i in range(runs):
        version += 1
        line = (i * 7919) % lines
        change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": "x"}
        s.notify("textDocument/didChange", {"textDocument": {"uri": big_uri, "version": version}, "contentChanges": [change]})
        s.diagnostics(big_uri, version)
        box = {}
        delta.append(ms(lambda: box.update(r=s.request("textDocument/semanticTokens/full/delta", {**doc, "previousResultId": previous}))))
        previous = box["r"]["resultId"]
        assert "edits" in box["r"], "the server answered the delta request with full tokens"

    small_uri = "file:///bench/5kb.txt"
    small = seeds()[0]
    while len(small.encode()) < 5000:
        small += "\n\n" + seeds()[0]
    small = small.encode()[:5120].decode(errors="ignore")
    s.notify("textDocument/didOpen", {"textDocument": {"uri": small_uri, "languageId": "plaintext", "version": 1, "text": small}})
    s.diagnostics(small_uri, 1)
    keystroke = []
    for v in range(2, runs + 2):
        change = {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}
        t = time.perf_counter()
        s.notify("textDocument/didChange", {"textDocument": {"uri": small_uri, "version": v}, "contentChanges": [change]})
        s.diagnostics(small_uri, v)
        keystroke.append((time.perf_counter() - t) * 1000 - DEBOUNCE_MS)
    rss = s.rss_mb()
    s.request("shutdown", None)
    s.notify("exit", None)
    s.proc.wait(timeout=10)

    print(f"semantic tokens full, 1 MB ({tokens} tokens): {summary(full)}  [target: under 20 ms]")
    print(f"semantic tokens delta after a one-letter edit, 1 MB: {summary(delta)}  [target: under 2 ms]")
    print(f"keystroke to published diagnostics, 5 KB, after the {DEBOUNCE_MS} ms debounce: {summary(keystroke)}  [target: under 30 ms]")
    print(f"server RSS with 20 articles open: {twenty:.0f} MB  [target: under 50 MB]")
    print(f"server RSS with those, the 1 MB and the 5 KB document open, after {runs} edits: {rss:.0f} MB")


if __name__ == "__main__":
    main()
