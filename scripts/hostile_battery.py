#!/usr/bin/env python3
"""Hostile-input battery for relmap (issue 13): about 400 bad, hostile or unusual cases against
every command, each stating what should happen and classified automatically.

    python3 scripts/hostile_battery.py .build/release/relmap [-j JOBS] [-k SUBSTRING] [-v]

Each case makes its inputs in a fresh temporary folder, runs the binary with a timeout and an
address-space limit (resource.setrlimit), and checks the outcome against what it expects:

- crash: a signal or a Swift runtime trap ("Fatal error", "Illegal instruction"), whatever was expected;
- hang: over the timeout, or over the memory limit;
- data loss: an existing file changed, lost its mode or links, a temporary file left behind;
- security: a local file read or a URL fetched, markup injected into an output;
- unclear error: an error of more than one line, a Foundation dump, "Usage:" lines, "Missing
  value" for a value that was given, or an error that does not name the file or option;
- silent: exit 0 where an error or warning belonged, or output with wrong results.

It prints a table of counts per category (handled well, then each failure kind) and lists the
failures. It takes a few minutes (over the ~60 s budget of the test command), so it is not part of
scripts/test.sh: run it by hand, or nightly beside scripts/fuzz_long.sh. Exit status 1 when a case
fails.
"""
import argparse
import json
import os
import re
import resource
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

KINDS = ["crash", "hang", "dataloss", "security", "unclear", "silent"]
MEMORY_LIMIT = 6 << 30          # address space per run (Swift reserves more than it touches)
DEFAULT_TIMEOUT = 60

ARTICLE_EN = "US and Japan sign defence pact\n\nThe United States and Japan signed a defence pact in Tokyo on Monday.\n"
ARTICLE_ID = ("---\ntitle: Uji rudal\ndate: 2023-05-02\nlang: id\n---\n"
              "Korea Selatan mengecam uji coba rudal Korea Utara pada hari Selasa.\n")
ARTICLE_SANCTION = "Sanctions\n\nThe United States imposed sanctions on North Korea on Friday.\n"


class Case:
    """One case: `setup(d)` makes inputs in folder d and returns the argument list (strings, with
    {d} standing for the folder); `expect` is 'error', 'ok' or 'either'; `check(r)` returns None or
    what went wrong; `kind` is the failure kind a failed check counts as."""

    def __init__(self, name, kind, setup, expect="error", names=None, check=None, timeout=DEFAULT_TIMEOUT,
                 stdin=None, signal_after=None, env=None, warn=None):
        self.name, self.kind, self.setup, self.expect = name, kind, setup, expect
        self.names = names          # strings the one-line error must contain ({d} expanded)
        self.check = check          # extra check on the result (any outcome)
        self.timeout, self.stdin, self.signal_after, self.env = timeout, stdin, signal_after, env
        self.warn = warn            # strings a warning line must contain (with exit 0)


class Result:
    def __init__(self, d, rc, out, err, elapsed, timed_out, args):
        self.d, self.rc, self.out, self.err, self.elapsed, self.timed_out, self.args = d, rc, out, err, elapsed, timed_out, args

    def file(self, name):
        p = os.path.join(self.d, name)
        with open(p, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def exists(self, name):
        return os.path.lexists(os.path.join(self.d, name))


BIN = None
CASES = []


def case(*a, **k):
    CASES.append(Case(*a, **k))


def w(d, name, content, mode=None):
    p = os.path.join(d, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(content.encode("utf-8") if isinstance(content, str) else content)
    if mode is not None:
        os.chmod(p, mode)
    return p


def corpus(d, name="c", files=None):
    files = files or {"a.txt": ARTICLE_EN, "b.md": ARTICLE_ID, "c.txt": ARTICLE_SANCTION}
    for k, v in files.items():
        w(d, f"{name}/{k}", v)
    return f"{d}/{name}"


def graph_json(nodes, edges, **extra):
    o = {"directed": True, "multigraph": True, "nodes": [{"id": n} for n in nodes], "edges": edges}
    o.update(extra)
    return json.dumps(o)


GOOD_GRAPH = graph_json(["USA", "PRK", "JPN", "KOR", "LONE"], [
    {"source": "USA", "target": "PRK", "type": "sanction", "directed": True, "weight": 2},
    {"source": "JPN", "target": "USA", "type": "alliance", "directed": False, "weight": 3},
    {"source": "KOR", "target": "PRK", "type": "protest", "directed": True, "weight": 1},
    {"source": "JPN", "target": "KOR", "type": "meeting", "directed": False, "weight": 1}])

GRAPHML_HEAD = ('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
                '<key id="type" for="edge" attr.name="type" attr.type="string"/>\n'
                '<key id="label" for="node" attr.name="label" attr.type="string"/>\n')


def graphml(body, head=GRAPHML_HEAD, prolog=""):
    return prolog + head + '<graph edgedefault="directed">\n' + body + '\n</graph>\n</graphml>\n'


def gexf(nodes, edges, prolog=""):
    return (prolog + '<?xml version="1.0"?>\n' if not prolog.startswith("<?xml") else prolog) + \
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">' + \
        f'<nodes>{nodes}</nodes><edges>{edges}</edges></graph></gexf>\n'


# ---------------------------------------------------------------------------------------------
# Checks


def one_line_error(r, names):
    """None when stderr holds exactly one error line (warnings aside) that names what it should."""
    lines = [l for l in r.err.splitlines() if l.strip() and not l.startswith("warning:")]
    if not lines:
        return "no error message"
    if len(lines) > 1:
        return f"error of {len(lines)} lines: {lines[:3]}"
    line = lines[0]
    for bad in ["NSCocoaErrorDomain", "Error Domain=", "UserInfo=", "Missing value", "Usage:", "Context:", "NSUnderlying"]:
        if bad in line:
            return f"error shows {bad!r}: {line[:200]}"
    for n in names or []:
        n = n.replace("{d}", r.d)
        if n.lower() not in line.lower():
            return f"error does not name {n!r}: {line[:200]}"
    return None


def crashed(r):
    if r.rc is not None and r.rc < 0 and r.rc not in (-signal.SIGKILL,):
        return f"signal {-r.rc}"
    for t in ["Fatal error", "Illegal instruction", "Segmentation fault", "Stack dump", "Swift runtime failure",
              "Current stack trace", "AddressSanitizer", "Assertion failed"]:
        if t in r.err:
            return f"trap: {t}"
    return None


def classify(c, r):
    """(kind or 'ok', detail)."""
    if r.timed_out:
        return "hang", f"over {c.timeout} s"
    mem = ["can't allocate", "Cannot allocate memory", "out of memory", "std::bad_alloc", "Out of memory"]
    if any(m in r.err for m in mem) or r.rc == -signal.SIGKILL:
        return "hang", "memory limit"
    cr = crashed(r)
    if cr and c.signal_after and r.rc == -c.signal_after[0]:
        cr = None   # ended by the signal it was sent, after cleaning up
    if cr:
        return "crash", cr
    if c.check:
        try:
            problem = c.check(r)
        except Exception as e:  # a check that cannot even read the result fails the case
            problem = f"check raised {type(e).__name__}: {e}"
        if problem:
            return c.kind, problem
    if c.signal_after and r.rc == -c.signal_after[0]:
        return "ok", ""     # ended by its signal, and the check above found nothing left behind
    if c.expect == "error":
        if r.rc == 0:
            return ("silent" if c.kind in ("unclear", "silent", "crash", "hang") else c.kind), "exit 0 where an error belonged"
        p = one_line_error(r, c.names)
        if p:
            return "unclear", p
    elif c.expect == "ok":
        if r.rc != 0:
            p = one_line_error(r, [])
            return ("unclear" if p else c.kind), f"exit {r.rc}: {r.err.strip()[:200]}"
        if c.warn:
            warns = [l for l in r.err.splitlines() if "warning" in l.lower()]
            for n in c.warn:
                if not any(n.replace("{d}", r.d).lower() in l.lower() for l in warns):
                    return "silent" if c.kind == "silent" else c.kind, f"no warning naming {n!r}: {r.err.strip()[:200]}"
    elif c.expect == "either":
        if r.rc != 0:
            p = one_line_error(r, c.names)
            if p:
                return "unclear", p
    return "ok", ""


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()


def run_case(c, root):
    d = tempfile.mkdtemp(prefix="case-", dir=root)
    try:
        args = c.setup(d)
    except Exception as e:
        return c, None, "setup", f"setup failed: {e}"
    args = [a.replace("{d}", d) for a in args]
    env = dict(os.environ, **(c.env or {}))
    start = time.time()
    p = subprocess.Popen([BIN] + args, cwd=d, stdin=subprocess.PIPE if c.stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limit, env=env)
    if c.signal_after:
        sig, after = c.signal_after

        def later():
            time.sleep(after)
            try:
                p.send_signal(sig)
            except ProcessLookupError:
                pass
        threading.Thread(target=later, daemon=True).start()
    timed_out = False
    try:
        out, err = p.communicate(c.stdin, timeout=c.timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
    r = Result(d, p.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), time.time() - start, timed_out, args)
    kind, detail = classify(c, r)
    return c, r, kind, detail


# ---------------------------------------------------------------------------------------------
# Result checks used by several cases


def has_rows(n, ids=()):
    def check(r):
        rows = [l for l in r.out.splitlines() if re.match(r"^\s*\d+\s", l)]
        if len(rows) != n:
            return f"{len(rows)} ranking rows, expected {n}"
        for i in ids:
            if not any(i in l for l in rows):
                return f"{i} missing from the ranking"
    return check


def json_out(fn):
    def check(r):
        if r.rc != 0:
            return None
        try:
            o = json.loads(r.out if r.out.strip() else open(os.path.join(r.d, "out.json")).read())
        except Exception as e:
            return f"output is not JSON: {e}"
        return fn(o)
    return check


def unchanged(name, content, mode=None):
    def check(r):
        p = os.path.join(r.d, name)
        if not os.path.exists(p):
            return f"{name} was removed"
        if open(p, "rb").read() != (content.encode() if isinstance(content, str) else content):
            return f"{name} was changed"
        if mode is not None and stat.S_IMODE(os.stat(p).st_mode) != mode:
            return f"{name} mode is {oct(stat.S_IMODE(os.stat(p).st_mode))}, was {oct(mode)}"
    return check


def no_temp_files(r):
    for root, dirs, files in os.walk(r.d):
        for f in files + dirs:
            if ".tmp" in f or "relmap-" in f:
                return f"temporary file left: {os.path.join(root, f)}"


def not_in_outputs(*needles):
    def check(r):
        blobs = [r.out, r.err]
        for root, _, files in os.walk(r.d):
            for f in files:
                if f.startswith("out") or f.endswith((".svg", ".json", ".gexf", ".graphml", ".dot", ".csv")):
                    try:
                        blobs.append(open(os.path.join(root, f), "rb").read().decode("utf-8", "replace"))
                    except OSError:
                        pass
        for n in needles:
            for b in blobs:
                if n in b:
                    return f"output holds {n!r}"
    return check


def all_of(*checks):
    def check(r):
        for c in checks:
            if c:
                p = c(r)
                if p:
                    return p
    return check


PASSWD_MARK = "root:x:0:0"
SECRET = "TOPSECRET-relmap-battery"


# ---------------------------------------------------------------------------------------------
# A listener that records connections: a fetched URL is a security failure.

class Listener:
    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.hits += 1
            try:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + SECRET.encode())
            except OSError:
                pass
            conn.close()


LISTENER = None


def url_not_fetched(r):
    if LISTENER.hits:
        return f"relmap connected to the URL ({LISTENER.hits} connections so far)"
    return not_in_outputs(SECRET)(r)


# ---------------------------------------------------------------------------------------------
# The cases


def graph_file_cases():
    """Bad and odd graph files, each against several commands."""
    bad = {}   # name -> (file name, content, expect, names/extra check, kind)

    def add(name, fname, content, expect="error", check=None, kind="silent", names=None):
        bad[name] = (fname, content, expect, check, kind, names)

    # JSON
    add("json-empty", "g.json", "")
    add("json-array", "g.json", "[]")
    add("json-object", "g.json", "{}")
    add("json-nodes-not-list", "g.json", '{"nodes": 3, "edges": []}')
    add("json-weight-string", "g.json", graph_json(["A", "B"], [{"source": "A", "target": "B", "weight": "5"}]))
    add("json-weight-1e19", "g.json", graph_json(["A", "B"], [{"source": "A", "target": "B", "weight": 1e19}]), kind="crash")
    add("json-weight-1e300", "g.json", graph_json(["A", "B"], [{"source": "A", "target": "B", "weight": 1e300}]), kind="crash")
    add("json-weight-negative", "g.json", graph_json(["A", "B"], [{"source": "A", "target": "B", "weight": -2}]))
    add("json-weight-nan", "g.json", '{"nodes":[{"id":"A"},{"id":"B"}],"edges":[{"source":"A","target":"B","weight":NaN}]}')
    add("json-weight-infinity", "g.json", '{"nodes":[],"edges":[{"source":"A","target":"B","weight":Infinity}]}')
    add("json-weight-bool", "g.json", graph_json([], [{"source": "A", "target": "B", "weight": True}]))
    add("json-mentions-1e300", "g.json", graph_json([], [{"source": "A", "target": "B", "mentions": 1e300}]))
    add("json-mentions-fraction", "g.json", graph_json([], [{"source": "A", "target": "B", "mentions": 1.5}]))
    add("json-confidence-2", "g.json", graph_json([], [{"source": "A", "target": "B", "confidence": 2}]))
    add("json-directed-yes", "g.json", graph_json([], [{"source": "A", "target": "B", "directed": "yes"}]))
    add("json-graph-directed-str", "g.json", json.dumps({"directed": "true", "nodes": [], "edges": []}))
    add("json-empty-id", "g.json", graph_json([""], []))
    add("json-null-id", "g.json", json.dumps({"nodes": [{"id": None}], "edges": []}))
    add("json-nul-id", "g.json", graph_json(["A\u0000B", "A"], [{"source": "A\u0000B", "target": "A"}]), expect="either",
        check=lambda r: None if r.rc != 0 or "A\\u0000B" in r.out or r.out.count("\n") >= 2 else "NUL id merged")
    add("json-source-missing", "g.json", graph_json(["A"], [{"target": "A"}]))
    add("json-source-object", "g.json", graph_json(["A"], [{"source": {"x": 1}, "target": "A"}]))
    add("json-truncated", "g.json", GOOD_GRAPH[:len(GOOD_GRAPH) // 2])
    add("json-deep-nesting", "g.json", "[" * 100000 + "]" * 100000, kind="crash")
    add("json-deep-nesting-object", "g.json", '{"nodes":' + "[" * 50000 + "]" * 50000 + "}", kind="crash")
    add("json-utf16", "g.json", GOOD_GRAPH.encode("utf-16"), expect="either")
    add("json-bom", "g.json", b"\xef\xbb\xbf" + GOOD_GRAPH.encode(), expect="either")
    add("json-binary", "g.json", bytes(range(256)) * 4)
    add("json-evidence-not-list", "g.json", graph_json([], [{"source": "A", "target": "B", "evidence": "x"}]))
    add("json-sentence-negative", "g.json", graph_json([], [{"source": "A", "target": "B", "evidence": [{"article": "a", "sentence": -1}]}]))
    add("json-edges-string", "g.json", '{"nodes":[],"edges":"x"}')
    add("json-huge-number-literal", "g.json", '{"nodes":[],"edges":[{"source":"A","target":"B","weight":' + "9" * 400 + '}]}')
    add("json-weight-sum-overflow", "g.json", graph_json([], [{"source": "A", "target": f"B{i}", "weight": 1e15} for i in range(20)]),
        expect="either", kind="crash")
    add("json-links-key", "g.json", json.dumps({"nodes": [{"id": "A"}, {"id": "B"}], "links": [{"source": "A", "target": "B"}]}),
        expect="ok", check=lambda r: None)
    add("json-isolated-kept", "g.json", graph_json(["A", "B", "ISO"], [{"source": "A", "target": "B"}]), expect="ok",
        check=lambda r: None if "ISO" in r.out or r.args[0] != "rank" else "isolated node ISO dropped")
    # GraphML
    add("graphml-xxe-file", "g.graphml", graphml('<node id="A"><data key="label">&x;</data></node><node id="B"/><edge source="A" target="B"/>',
        prolog='<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n').replace('<?xml version="1.0"?>\n<graphml', '<graphml', 1),
        kind="security", check=not_in_outputs(PASSWD_MARK))
    add("graphml-xxe-secret", "g.graphml", None, kind="security", check=not_in_outputs(SECRET))  # filled at setup
    add("graphml-xxe-http", "g.graphml", None, kind="security", check=url_not_fetched)
    add("graphml-billion-laughs", "g.graphml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) +
        ']>\n' + GRAPHML_HEAD.split("\n", 1)[1] + '<graph edgedefault="directed"><node id="&lol9;"/></graph></graphml>', kind="hang")
    add("graphml-truncated", "g.graphml", graphml('<node id="A"/><node id="B"/><edge source="A" target="B"/>')[:-40])
    add("graphml-unclosed", "g.graphml", GRAPHML_HEAD + '<graph edgedefault="directed"><node id="A"><node id="B"/></graph></graphml>')
    add("graphml-not-graphml", "g.graphml", '<?xml version="1.0"?><html><body/></html>')
    add("graphml-no-graph", "g.graphml", GRAPHML_HEAD + '</graphml>')
    add("graphml-edgedefault-bogus", "g.graphml", graphml('<node id="A"/>').replace('edgedefault="directed"', 'edgedefault="sideways"'))
    add("graphml-weight-text", "g.graphml", graphml('<node id="A"/><node id="B"/><edge source="A" target="B"><data key="weight">heavy</data></edge>'))
    add("graphml-weight-1e19", "g.graphml", graphml('<edge source="A" target="B"><data key="weight">1e19</data></edge>'), kind="crash")
    add("graphml-weight-nan", "g.graphml", graphml('<edge source="A" target="B"><data key="weight">NaN</data></edge>'))
    add("graphml-weight-inf", "g.graphml", graphml('<edge source="A" target="B"><data key="weight">INF</data></edge>'))
    add("graphml-weight-hex", "g.graphml", graphml('<edge source="A" target="B"><data key="weight">0x10</data></edge>'))
    add("graphml-edge-no-target", "g.graphml", graphml('<node id="A"/><edge source="A"/>'))
    add("graphml-node-no-id", "g.graphml", graphml('<node/>'))
    add("graphml-empty-node-id", "g.graphml", graphml('<node id=""/>'))
    add("graphml-deep", "g.graphml", graphml("<x>" * 100000 + "</x>" * 100000), kind="crash")
    add("graphml-nul-charref", "g.graphml", graphml('<node id="A&#0;B"/>'))
    add("graphml-bad-charref", "g.graphml", graphml('<node id="A&#xFFFFFFFF;"/>'))
    add("graphml-unknown-entity", "g.graphml", graphml('<node id="A&nbsp;B"/>'))
    add("graphml-latin1", "g.graphml", ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + GRAPHML_HEAD.split("\n", 1)[1] +
        '<graph edgedefault="directed"><node id="Caf\xe9"/></graph></graphml>').encode("latin-1"), expect="either")
    add("graphml-xinclude", "g.graphml", graphml('<node id="A"><data key="label"><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/></data></node>'),
        expect="either", kind="security", check=not_in_outputs(PASSWD_MARK))
    add("graphml-pi-stylesheet", "g.graphml", graphml('<node id="A"/>', prolog='<?xml version="1.0"?>\n<?xml-stylesheet href="file:///etc/passwd"?>\n').replace('<?xml version="1.0"?>\n<graphml', '<graphml', 1),
        expect="either", kind="security", check=not_in_outputs(PASSWD_MARK))
    add("graphml-cdata", "g.graphml", graphml('<node id="A"><data key="label"><![CDATA[<b>&amp;</b>]]></data></node><node id="B"/><edge source="A" target="B"/>'),
        expect="ok", check=lambda r: None)
    add("graphml-isolated-kept", "g.graphml", graphml('<node id="A"/><node id="B"/><node id="ISO"/><edge source="A" target="B"/>'),
        expect="ok", check=lambda r: None if "ISO" in r.out or r.args[0] != "rank" else "isolated node ISO dropped")
    add("graphml-utf16", "g.graphml", graphml('<node id="A"/>').encode("utf-16"), expect="either")
    add("graphml-empty", "g.graphml", "")
    add("graphml-two-roots", "g.graphml", graphml('<node id="A"/>') + "<graphml/>")
    add("graphml-dup-attr", "g.graphml", graphml('<node id="A" id="B"/>'))
    # GEXF
    add("gexf-xxe", "g.gexf", '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="A" label="&x;"/></nodes><edges/></graph></gexf>',
        kind="security", check=not_in_outputs(PASSWD_MARK))
    add("gexf-weight-1e19", "g.gexf", gexf('<node id="A"/><node id="B"/>', '<edge source="A" target="B" weight="1e19"/>'), kind="crash")
    add("gexf-weight-text", "g.gexf", gexf('<node id="A"/><node id="B"/>', '<edge source="A" target="B" weight="x"/>'))
    add("gexf-weight-nan", "g.gexf", gexf('<node id="A"/><node id="B"/>', '<edge source="A" target="B" weight="nan"/>'))
    add("gexf-truncated", "g.gexf", gexf('<node id="A"/>', '')[:-20])
    add("gexf-not-gexf", "g.gexf", '<?xml version="1.0"?><graphml/>')
    # networkx writes the relation type as GEXF's type: any word but directed/undirected/mutual is one.
    add("gexf-edge-type-bogus", "g.gexf", gexf('<node id="A"/><node id="B"/>', '<edge source="A" target="B" type="sideways"/>'), expect="ok")
    add("gexf-isolated-kept", "g.gexf", gexf('<node id="A"/><node id="B"/><node id="ISO"/>', '<edge source="A" target="B"/>'),
        expect="ok", check=lambda r: None if "ISO" in r.out or r.args[0] != "rank" else "isolated node ISO dropped")
    add("gexf-mentions-fraction", "g.gexf", gexf('<node id="A"/><node id="B"/>', '<edge source="A" target="B"><attvalues><attvalue for="mentions" value="2.5"/></attvalues></edge>').replace(
        '<graph defaultedgetype="directed">', '<graph defaultedgetype="directed"><attributes class="edge"><attribute id="mentions" title="mentions" type="integer"/></attributes>'))
    add("gexf-empty", "g.gexf", "")
    # CSV
    add("csv-header-src-dst-w", "g.csv", "src,dst,w\nA,B,2\nB,C,3\n", expect="ok",
        check=lambda r: None if "src" not in r.out else "header read as an edge")
    add("csv-header-other-names", "g.csv", "alpha,beta,gamma\nA,B,2\n")
    add("csv-weight-1e19", "g.csv", "source,target,weight\nA,B,1e19\n", kind="crash")
    add("csv-weight-nan", "g.csv", "source,target,weight\nA,B,nan\n")
    add("csv-weight-inf", "g.csv", "source,target,weight\nA,B,inf\n")
    add("csv-weight-text", "g.csv", "source,target,weight\nA,B,lots\n")
    add("csv-sum-overflow", "g.csv", "source,target,weight\n" + "A,B,900000000000000\n" * 3, kind="crash")
    add("csv-unclosed-quote", "g.csv", 'source,target\n"A,B\n')
    add("csv-one-field", "g.csv", "source,target\nA\n")
    add("csv-empty-source", "g.csv", "source,target\n,B\n")
    add("csv-only-header", "g.csv", "source,target,weight\n", expect="either")
    add("csv-empty", "g.csv", "", expect="either")
    add("csv-binary", "g.csv", b"\x00\xff\xfe\x00" * 100)
    add("csv-latin1", "g.csv", "source,target\nCaf\xe9,B\n".encode("latin-1"))
    add("csv-crlf-bom", "g.csv", b"\xef\xbb\xbfsource,target,weight\r\nA,B,2\r\n", expect="ok",
        check=lambda r: None if r.args[0] != "rank" or ("A" in r.out and "\ufeff" not in r.out) else "BOM or CRLF kept in ids")
    add("csv-directed-maybe", "g.csv", "source,target,type,weight,directed\nA,B,x,1,maybe\n")
    add("csv-semicolons", "g.csv", "source;target;weight\nA;B;2\n")
    add("csv-duplicate-node-rows", "nodes.csv", None)  # handled by folder case below
    # DOT
    add("dot-broken", "g.dot", "digraph { A -> ")
    add("dot-empty", "g.dot", "")
    add("dot-weight-inf", "g.dot", 'digraph { A -> B [weight=inf]; }')
    add("dot-weight-1e19", "g.dot", 'digraph { A -> B [weight=1e19]; }', kind="crash")
    add("dot-weight-text", "g.dot", 'digraph { A -> B [weight=heavy]; }')
    add("dot-unterminated-string", "g.dot", 'digraph { "A -> B; }')
    add("dot-html-label", "g.dot", 'digraph { A [label=<<b>x</b>>]; A -> B; }', expect="either")
    add("dot-subgraph", "g.dot", 'digraph { subgraph cluster_x { A -> B; } C; }', expect="either",
        check=lambda r: None if r.rc != 0 or r.args[0] != "rank" or "C" in r.out else "node C dropped")
    add("dot-image-attr", "g.dot", 'digraph { A [image="/etc/passwd", shapefile="/etc/passwd"]; A -> B; }', expect="either",
        kind="security", check=not_in_outputs(PASSWD_MARK))
    add("dot-isolated-kept", "g.dot", 'digraph { A -> B; ISO; }', expect="ok",
        check=lambda r: None if "ISO" in r.out or r.args[0] != "rank" else "isolated node ISO dropped")
    add("dot-deep-braces", "g.dot", "digraph {" + "{" * 50000 + "}" * 50000 + "}", expect="either", kind="crash")
    add("dot-binary", "g.dot", bytes(range(256)))
    add("dot-escaped-quote", "g.dot", 'digraph { "A\\"B" -> C; }', expect="either")
    del bad["csv-duplicate-node-rows"]

    commands = {
        "rank": lambda f: ["rank", f],
        "render": lambda f: ["render", f, "-o", "{d}/out.svg"],
        "export": lambda f: ["export", f, "-o", "{d}/out.json"],
        "balance": lambda f: ["balance", f],
    }
    others = ["render", "export", "balance"]
    for k, (name, (fname, content, expect, check, kind, names)) in enumerate(bad.items()):
        for cmd in ("rank", others[k % 3]):
            args = commands[cmd]
            def setup(d, fname=fname, content=content, name=name, args=args):
                if name == "graphml-xxe-secret":
                    s = w(d, "secret.txt", SECRET)
                    content = graphml('<node id="A"><data key="label">&x;</data></node>').replace(
                        "<graphml", f'<!DOCTYPE graphml [<!ENTITY x SYSTEM "file://{s}">]>\n<graphml', 1)
                if name == "graphml-xxe-http":
                    content = graphml('<node id="A"><data key="label">&x;</data></node>').replace(
                        "<graphml", f'<!DOCTYPE graphml [<!ENTITY x SYSTEM "http://127.0.0.1:{LISTENER.port}/x">]>\n<graphml', 1)
                w(d, fname, content)
                return args(f"{d}/{fname}")
            errnames = names if names is not None else ([fname] if expect != "ok" else None)
            case(f"graph/{name}/{cmd}", kind, setup, expect=expect, names=errnames, check=check)


def read_once(r):
    """a.txt's first relation (sentence 0) appears once in extract's output."""
    if r.args[0] != "extract":
        return None
    n = sum(1 for l in r.out.splitlines() if '"article":"a"' in l and '"sentence_index":0,' in l)
    return None if n == 1 else f"a.txt's relation found {n} times"


def corpus_cases():
    """Bad and odd article inputs, against extract, build and coverage."""
    items = {}

    def add(name, build, expect="ok", check=None, kind="silent", names=None, warn=None, timeout=DEFAULT_TIMEOUT):
        items[name] = (build, expect, check, kind, names, warn, timeout)

    def files(mapping):
        def b(d):
            for k, v in mapping.items():
                w(d, f"c/{k}", v)
            return [f"{d}/c"]
        return b

    add("empty-folder", lambda d: (os.makedirs(f"{d}/c"), [f"{d}/c"])[1], expect="error", names=["{d}/c"])
    add("missing-path", lambda d: [f"{d}/nope"], expect="error", names=["{d}/nope"])
    add("hidden-only", files({".a.txt": ARTICLE_EN}), expect="error", names=["{d}/c"])
    add("other-extensions", files({"a.txt": ARTICLE_EN, "b.docx": "x", "c.pdf": "y"}), warn=["2"])
    add("hidden-counted", files({"a.txt": ARTICLE_EN, ".h.txt": ARTICLE_EN}), warn=["hidden"])

    def symlink_loop(d):
        corpus(d)
        os.symlink(f"{d}/c", f"{d}/c/loop")
        os.symlink(f"{d}/c/a.txt", f"{d}/c/self.txt")
        return [f"{d}/c"]
    add("symlink-loop", symlink_loop, kind="hang", check=read_once)

    def fifo(d):
        corpus(d)
        os.mkfifo(f"{d}/c/pipe.txt")
        return [f"{d}/c"]
    add("fifo-in-folder", fifo, kind="hang", warn=["pipe"])

    def devzero(d):
        corpus(d)
        os.symlink("/dev/zero", f"{d}/c/zero.txt")
        return [f"{d}/c"]
    add("devzero-link-in-folder", devzero, kind="hang", warn=["zero"])
    add("fifo-given", lambda d: (os.mkfifo(f"{d}/p.txt"), [f"{d}/p.txt"])[1], expect="error", kind="hang", names=["p.txt"])
    add("devzero-given", lambda d: ["/dev/zero"], expect="error", kind="hang", names=["/dev/zero"])

    def broken_link(d):
        corpus(d)
        os.symlink(f"{d}/gone.txt", f"{d}/c/broken.txt")
        return [f"{d}/c"]
    add("broken-link", broken_link, warn=["broken"])
    add("binary-txt", files({"a.txt": bytes(range(256)) * 20}), expect="either", names=["a.txt"])
    add("latin1-txt", files({"a.txt": "Caf\xe9 Jakarta\n\nIndonesia mengecam Malaysia.\n".encode("latin-1")}), expect="either", names=["a.txt"])
    add("utf16-txt", files({"a.txt": ARTICLE_EN.encode("utf-16")}), expect="either", names=["a.txt"])
    add("nul-in-text", files({"a.txt": ARTICLE_EN.replace("Tokyo", "To\x00kyo")}), expect="either", names=["a.txt"])
    add("empty-txt", files({"a.txt": ""}), expect="either")
    add("crlf-bom-md", files({"a.md": "\ufeff" + ARTICLE_ID.replace("\n", "\r\n")}),
        check=lambda r: None if r.args[0] != "extract" or "KOR" in r.out else "CRLF/BOM article gave no relation")
    add("frontmatter-unclosed", files({"a.md": "---\ntitle: x\ndate: 2023-01-01\nBody text.\n"}), expect="either", names=["a.md"])
    add("frontmatter-bad-date", files({"a.md": "---\ndate: 2023-13-45\n---\nText.\n"}), expect="error", names=["a.md"])
    add("frontmatter-feb30", files({"a.md": "---\ndate: 2023-02-30\n---\nText.\n"}), expect="error", names=["a.md"])
    add("frontmatter-date-number", files({"a.md": "---\ndate: 20230101\n---\nText.\n"}), expect="error", names=["a.md"])
    add("frontmatter-null-date", files({"a.md": "---\ndate: null\ntitle: x\n---\n" + ARTICLE_SANCTION}))
    add("frontmatter-hugo-lists", files({"a.md": "---\ntitle: x\ntags: [a, b]\ncategories:\n  - c\nparams: {x: 1}\ndate: 2023-01-01T10:00:00+07:00\n---\n" + ARTICLE_SANCTION}))
    add("frontmatter-tabs", files({"a.md": "---\n\ttitle: x\n---\nText.\n"}), expect="error", names=["a.md"])
    add("frontmatter-yaml-bomb", files({"a.md": "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\nText.\n"}),
        expect="either", kind="hang", names=["a.md"])
    add("frontmatter-deep", files({"a.md": "---\nx: " + "[" * 20000 + "]" * 20000 + "\n---\nText.\n"}), expect="either", kind="crash", names=["a.md"])
    add("frontmatter-dup-key", files({"a.md": "---\ndate: 2023-01-01\ndate: 2024-01-01\n---\nText.\n"}), expect="error", names=["a.md"])
    add("frontmatter-lang-list", files({"a.md": "---\nlang: [en, id]\n---\nText.\n"}), expect="error", names=["a.md"])
    add("frontmatter-python-tag", files({"a.md": "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nText.\n"}), expect="either", names=["a.md"],
        kind="security", check=not_in_outputs("pwned\n"))
    add("frontmatter-multiline-error", files({"a.md": "---\ntitle: [unclosed\n---\nText.\n"}), expect="error", names=["a.md"])
    add("jsonl-bad-line", files({"a.jsonl": '{"id":"x","text":"a"}\n{oops\n'}), expect="error", names=["a.jsonl:2"])
    add("jsonl-array-line", files({"a.jsonl": '[1,2]\n'}), expect="error", names=["a.jsonl:1"])
    add("jsonl-text-number", files({"a.jsonl": '{"id":"x","text":5}\n'}), expect="error", names=["a.jsonl:1"])
    add("jsonl-id-int", files({"a.jsonl": json.dumps({"id": 7, "text": ARTICLE_SANCTION}) + "\n"}),
        check=lambda r: None if r.args[0] != "extract" or '"7"' in r.out.replace(" ", "") or ':"7"' in r.out else "integer id lost")
    add("jsonl-id-float", files({"a.jsonl": '{"id":7.5,"text":"x"}\n'}), expect="error", names=["a.jsonl:1"])
    add("jsonl-id-1e300", files({"a.jsonl": '{"id":1e300,"text":"x"}\n'}), expect="error", names=["a.jsonl:1"])
    add("jsonl-date-bad", files({"a.jsonl": '{"id":"x","date":"yesterday","text":"x"}\n'}), expect="error", names=["a.jsonl:1"])
    add("jsonl-missing-text", files({"a.jsonl": '{"id":"x"}\n'}), expect="error", names=["a.jsonl:1"])
    add("jsonl-relations-file", files({"r.jsonl": '{"article":"a","sentence":"x","source":"USA"}\n'}), expect="error", names=["r.jsonl:1"])
    add("jsonl-blank-lines", files({"a.jsonl": "\n\n" + json.dumps({"id": "x", "text": ARTICLE_SANCTION}) + "\n\n"}))
    add("jsonl-dup-ids", files({"a.jsonl": "".join(json.dumps({"id": "x", "text": ARTICLE_SANCTION}) + "\n" for _ in range(3))}),
        warn=["a.jsonl:2", "a.jsonl:3"])
    add("jsonl-huge-line", files({"a.jsonl": json.dumps({"id": "x", "text": "word " * 400000}) + "\n"}), timeout=120)
    add("jsonl-nul-id", files({"a.jsonl": json.dumps({"id": "a\u0000b", "text": ARTICLE_SANCTION}) + "\n"}), expect="either", names=["a.jsonl:1"])
    add("jsonl-utf8-invalid", files({"a.jsonl": b'{"id":"x","text":"\xff\xfe"}\n'}), expect="error", names=["a.jsonl:1"])
    add("index-with-text", files({"index.jsonl": json.dumps({"id": "x", "text": ARTICLE_SANCTION}) + "\n"}),
        check=lambda r: None if r.args[0] != "extract" or "PRK" in r.out else "index.jsonl articles not read")
    add("index-bad-date", files({"a.txt": ARTICLE_EN, "index.jsonl": '{"id":"a","date":"2023-99-01"}\n'}), expect="error", names=["index.jsonl:1"])
    add("index-bad-json", files({"a.txt": ARTICLE_EN, "index.jsonl": '{"id":\n'}), expect="error", names=["index.jsonl:1"])
    add("dup-ids-files", files({"x/a.txt": ARTICLE_SANCTION, "y/a.txt": ARTICLE_SANCTION, "z/a.txt": ARTICLE_SANCTION}),
        check=lambda r: None if r.args[0] != "build" or '"weight" : 3' in r.out or '"weight": 3' in r.out or '"weight":3' in r.out else "three articles with one id merged",
        warn=["a~2"])

    def overlapping(d):
        corpus(d)
        return [f"{d}/c", f"{d}/c/a.txt", f"{d}/c/../c"]
    add("overlapping-paths", overlapping, check=read_once)
    add("space-newline-name", files({"a b\nc.txt": ARTICLE_EN}))
    add("dash-name", lambda d: (w(d, "-x.txt", ARTICLE_EN), ["--", "-x.txt"])[1])
    add("long-list-article", files({"a.txt": "Lists\n\n" + " ".join(
        ", ".join(f"Country{i}{j}" for i in range(100)) + " condemned " + ", ".join(f"Nation{i}{j}" for i in range(100)) + "."
        for j in range(6))}), kind="hang", timeout=60)
    add("long-list-real-names", files({"a.txt": "Lists\n\n" + " ".join(
        "Japan, South Korea, Australia, India, France, Germany, Italy, Spain, Canada, Mexico, Brazil, Chile, Peru, Norway, Sweden, Finland, Poland, Ukraine and Britain condemned Russia, North Korea, Iran, China, Syria, Belarus, Cuba, Venezuela, Nicaragua, Eritrea, Myanmar and Sudan."
        for _ in range(300))}), kind="hang", timeout=60)
    add("one-long-line", files({"a.txt": "Title\n\n" + "Indonesia " * 300000}), kind="hang", timeout=120)
    add("many-dots", files({"a.txt": "T\n\n" + ". " * 500000}), kind="hang", timeout=120)
    add("deep-unicode", files({"a.txt": "T\n\n" + "\u0301" * 100000 + " Japan condemned China."}), kind="crash")
    add("rtl-emoji", files({"a.txt": "T\n\n\u202eJapan condemned China. 🇯🇵🇨🇳 Japan condemned China.\n"}))
    add("meta-missing", lambda d: [corpus(d), "--meta", f"{d}/nope.jsonl"], expect="error", names=["{d}/nope.jsonl"])
    add("meta-folder", lambda d: [corpus(d), "--meta", f"{d}/c"], expect="error", names=["{d}/c"])
    add("meta-devzero", lambda d: [corpus(d), "--meta", "/dev/zero"], expect="error", kind="hang", names=["/dev/zero"])
    add("meta-bad-json", lambda d: [corpus(d), "--meta", w(d, "m.jsonl", '{"id":"a"}\n{bad\n')], expect="error", names=["m.jsonl:2"])
    add("meta-bad-date", lambda d: [corpus(d), "--meta", w(d, "m.jsonl", '{"id":"a","date":"2023-02-31"}\n')], expect="error", names=["m.jsonl:1"])
    add("meta-unknown-id", lambda d: [corpus(d), "--meta", w(d, "m.jsonl", '{"id":"zzz","date":"2023-01-01"}\n')], expect="either")
    add("lexicon-folder", lambda d: [corpus(d), "--lexicon", f"{d}/c"], expect="error", names=["{d}/c"])
    add("lexicon-missing", lambda d: [corpus(d), "--lexicon", f"{d}/nope.yaml"], expect="error", names=["nope.yaml"])
    add("lexicon-devzero", lambda d: [corpus(d), "--lexicon", "/dev/zero"], expect="error", kind="hang", names=["/dev/zero"])
    add("lexicon-empty", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "")], expect="either", names=["l.yaml"])
    add("lexicon-unknown-key", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "actors:\n  - id: XX\n    namez: [Xland]\n")], expect="error", names=["l.yaml"])
    add("lexicon-top-unknown-key", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "actorz: []\n")], expect="error", names=["l.yaml"])
    add("lexicon-directed-yes", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "types:\n  - name: trade\n    directed: yes\n    polarity: cooperative\n    triggers: {en: [trade]}\n")], expect="error", names=["l.yaml"])
    add("lexicon-intensity-nan", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "types:\n  - name: trade\n    directed: false\n    polarity: cooperative\n    intensity: .nan\n    triggers: {en: [trade]}\n")], expect="error", names=["l.yaml"])
    add("lexicon-polarity-bogus", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "types:\n  - name: trade\n    directed: false\n    polarity: friendly\n    triggers: {en: [trade]}\n")], expect="error", names=["l.yaml"])
    add("lexicon-person-unknown-actor", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "people:\n  - {name: Jo Bloggs, actor: ZZZ}\n")], expect="error", names=["l.yaml"])
    add("lexicon-tabs", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "actors:\n\t- id: XX\n")], expect="error", names=["l.yaml"])
    add("lexicon-bomb", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")],
        expect="error", kind="hang", names=["l.yaml"])
    add("lexicon-deep", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "actors: " + "[" * 20000 + "]" * 20000 + "\n")], expect="error", kind="crash", names=["l.yaml"])
    add("lexicon-latin1", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "actors:\n  - id: XX\n    names: [Caf\xe9]\n".encode("latin-1"))], expect="error", names=["l.yaml"])
    add("lexicon-odd-triggers", lambda d: [corpus(d, files={"a.txt": "T\n\nThe Philippines stood with its philippine allies. Japan signed with South Korea a new defence agreement, with with with.\n"}),
        "--lexicon", w(d, "l.yaml", 'types:\n  - name: alliance\n    triggers:\n      en: ["stood with its philippine allies", "with", "Japan", ",", "...", "with ... with", "the the the"]\n')],
        expect="either", kind="crash", names=["l.yaml"])
    add("lexicon-extends-alliance", lambda d: [corpus(d, files={"a.txt": "T\n\nJapan and South Korea signed a defence pact. Japan and India vowed to befriend each other.\n"}),
        "--lexicon", w(d, "l.yaml", "types:\n  - name: alliance\n    triggers:\n      en: [befriend]\n")],
        check=lambda r: None if r.args[0] != "extract" or ("pact" in r.out and "befriend" in r.out) else "built-in alliance triggers lost or new one unused")
    add("lexicon-duplicate-actor-key", lambda d: [corpus(d), "--lexicon", w(d, "l.yaml", "actors:\n  - id: XX\n    id: YY\n    names: [Xland]\n")], expect="error", names=["l.yaml"])
    add("threads-1000", lambda d: [corpus(d), "--threads", "1000"])
    add("threads-negative", lambda d: [corpus(d), "--threads", "-1"], expect="error", names=["--threads"])

    commands = {"extract": ["extract"], "build": ["build"], "coverage": ["coverage"], "actors": ["actors"]}
    others = ["build", "coverage", "actors"]
    for k, (name, (build, expect, check, kind, names, warn, timeout)) in enumerate(items.items()):
        for cmd in ("extract", others[k % 3]):
            pre = commands[cmd]
            def setup(d, build=build, pre=pre):
                return pre + build(d)
            case(f"corpus/{name}/{cmd}", kind, setup, expect=expect, names=names, check=check, warn=warn, timeout=timeout)


def option_cases():
    def cs(*args):
        return lambda d: [a.replace("C", corpus(d)) if a == "C" else a for a in args]

    def gj(*args):
        return lambda d: [w(d, "g.json", GOOD_GRAPH) if a == "G" else a for a in args]

    opts = [
        ("rank-top-negative", gj("rank", "G", "--top", "-1"), ["--top"]),
        ("rank-top-eq-negative", gj("rank", "G", "--top=-1"), ["--top"]),
        ("rank-top-text", gj("rank", "G", "--top", "ten"), ["--top", "ten"]),
        ("rank-top-float", gj("rank", "G", "--top", "1.5"), ["--top"]),
        ("rank-top-huge", gj("rank", "G", "--top", "99999999999999999999999"), ["--top"]),
        ("rank-measure-bogus", gj("rank", "G", "--measure", "fame"), ["--measure", "fame"]),
        ("rank-samples-zero", gj("rank", "G", "--measure", "betweenness", "--samples", "0"), ["--samples"]),
        ("rank-samples-negative", gj("rank", "G", "--samples", "-4"), ["--samples"]),
        ("rank-resolution-nan", gj("rank", "G", "--resolution", "nan"), ["--resolution"]),
        ("rank-resolution-zero", gj("rank", "G", "--resolution", "0"), ["--resolution"]),
        ("rank-resolution-negative", gj("rank", "G", "--resolution", "-1"), ["--resolution"]),
        ("rank-seed-negative", gj("rank", "G", "--seed", "-1"), ["--seed"]),
        ("rank-format-bogus", gj("rank", "G", "--format", "xml"), ["--format", "xml"]),
        ("rank-format-mismatch", gj("rank", "G", "--format", "csv", "-o", "{d}/r.json"), ["r.json"]),
        ("rank-output-ext-unknown", gj("rank", "G", "-o", "{d}/r.xlsx"), ["r.xlsx"]),
        ("rank-min-weight-nan", gj("rank", "G", "--min-weight", "nan"), ["--min-weight"]),
        ("rank-min-weight-inf", gj("rank", "G", "--min-weight", "inf"), ["--min-weight"]),
        ("rank-min-weight-negative", gj("rank", "G", "--min-weight", "-1"), None),
        ("rank-types-typo", gj("rank", "G", "--types", "protset"), ["protset"]),
        ("rank-types-empty", gj("rank", "G", "--types", ""), ["--types"]),
        ("rank-types-commas", gj("rank", "G", "--types", ",,,"), ["--types"]),
        ("rank-polarity-bogus", gj("rank", "G", "--polarity", "friendly"), ["friendly"]),
        ("rank-weight-bogus", gj("rank", "G", "--weight", "heavy"), ["heavy"]),
        ("rank-since-after-until", gj("rank", "G", "--since", "2024-01-01", "--until", "2023-01-01"), ["--since"]),
        ("rank-since-bad", gj("rank", "G", "--since", "2024-13-01"), ["--since"]),
        ("rank-since-feb30", gj("rank", "G", "--since", "2023-02-30"), ["--since"]),
        ("rank-period-bad", gj("rank", "G", "--period", "2024-Q5"), ["--period"]),
        ("rank-period-reversed", gj("rank", "G", "--period", "2024-01-01..2023-01-01"), ["--period"]),
        ("rank-period-and-since", gj("rank", "G", "--period", "2024", "--since", "2023-01-01"), None),
        ("rank-period-and-until-disjoint", gj("rank", "G", "--period", "2024", "--until", "2023-01-01"), ["--period"]),
        ("rank-level-bogus", cs("rank", "C", "--level", "planet"), ["planet"]),
        ("rank-unknown-option", gj("rank", "G", "--frobnicate"), ["--frobnicate"]),
        ("rank-missing-input", lambda d: ["rank"], ["input"]),
        ("rank-two-graphs", gj("rank", "G", "G"), []),
        ("rank-output-empty", gj("rank", "G", "-o", ""), ["-o"]),
        ("rank-output-folder", lambda d: (os.makedirs(f"{d}/od"), ["rank", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/od"])[1], ["{d}/od"]),
        ("rank-output-missing-dir", gj("rank", "G", "-o", "{d}/no/such/r.txt"), ["{d}/no/such"]),
        ("rank-output-through-file", lambda d: ["rank", w(d, "g.json", GOOD_GRAPH), "-o", w(d, "f", "x") + "/r.txt"], ["{d}/f"]),
        ("rank-output-devfull", gj("rank", "G", "-o", "/dev/full"), ["/dev/full"]),
        ("rank-directed-with-degree-only", gj("rank", "G", "--measure", "degree", "--directed"), None),
        ("render-engine-bogus", gj("render", "G", "--engine", "warp"), ["warp"]),
        ("render-size-by-bogus", gj("render", "G", "--size-by", "fame"), ["fame"]),
        ("render-max-edges-negative", gj("render", "G", "--max-edges", "-5"), ["--max-edges"]),
        ("render-top-negative", gj("render", "G", "--top", "-2"), ["--top"]),
        ("render-format-jpg", gj("render", "G", "-o", "{d}/map.jpg"), ["map.jpg"]),
        ("render-format-mismatch", gj("render", "G", "--format", "png", "-o", "{d}/map.svg"), ["map.svg"]),
        ("render-cluster-bogus", gj("render", "G", "--cluster", "colour"), ["colour"]),
        ("render-style-missing", gj("render", "G", "--style", "{d}/nope.yaml"), ["nope.yaml"]),
        ("render-style-folder", lambda d: (os.makedirs(f"{d}/sty"), ["render", w(d, "g.json", GOOD_GRAPH), "--style", f"{d}/sty"])[1], ["{d}/sty"]),
        ("render-style-devzero", gj("render", "G", "--style", "/dev/zero"), ["/dev/zero"]),
        ("render-repeat-zero", gj("render", "G", "--repeat", "0"), ["--repeat"]),
        ("export-format-bogus", gj("export", "G", "--format", "xlsx", "-o", "{d}/o.x"), ["xlsx"]),
        ("export-no-output", gj("export", "G"), ["-o"]),
        ("export-ext-unknown", gj("export", "G", "-o", "{d}/o.xml"), ["o.xml"]),
        ("export-mismatch", gj("export", "G", "--format", "gexf", "-o", "{d}/o.graphml"), ["o.graphml"]),
        ("diff-no-periods", cs("diff", "C"), ["--before"]),
        ("diff-one-period", cs("diff", "C", "--before", "2023"), ["--after"]),
        ("diff-bad-period", cs("diff", "C", "--before", "2023-Q9", "--after", "2024"), ["2023-Q9"]),
        ("diff-three-graphs", gj("diff", "G", "G", "G"), []),
        ("diff-min-change-nan", gj("diff", "G", "G", "--min-change", "nan"), ["--min-change"]),
        ("diff-thin-coverage-2", cs("diff", "C", "--before", "2023", "--after", "2024", "--thin-coverage", "2"), ["--thin-coverage"]),
        ("diff-map-format-mismatch", gj("diff", "G", "G", "--map", "{d}/x.png", "--map-format", "svg"), ["x.png"]),
        ("diff-map-jpg", gj("diff", "G", "G", "--map", "{d}/x.jpg"), ["x.jpg"]),
        ("diff-top-negative", gj("diff", "G", "G", "--top", "-1"), ["--top"]),
        ("diff-format-csv", gj("diff", "G", "G", "--format", "csv"), ["csv"]),
        ("timeline-window-bogus", cs("timeline", "C", "--window", "week"), ["week"]),
        ("timeline-top-negative", cs("timeline", "C", "--top", "-1"), ["--top"]),
        ("timeline-thin-nan", cs("timeline", "C", "--thin-coverage", "nan"), ["--thin-coverage"]),
        ("timeline-format-table", cs("timeline", "C", "--format", "table"), ["table"]),
        ("timeline-graph-input", gj("timeline", "G"), ["g.json"]),
        ("coverage-names-negative", cs("coverage", "C", "--names", "-1"), ["--names"]),
        ("coverage-top-negative", cs("coverage", "C", "--top", "-3"), ["--top"]),
        ("actors-min-count-negative", cs("actors", "C", "--min-count", "-1"), ["--min-count"]),
        ("actors-top-negative", cs("actors", "C", "--top", "-1"), ["--top"]),
        ("map-rank-top-negative", cs("map", "C", "--rank-top", "-3", "-o", "{d}/maps"), ["--rank-top"]),
        ("map-output-empty", cs("map", "C", "-o", ""), ["-o"]),
        ("map-output-file", lambda d: ["map", corpus(d), "-o", w(d, "afile", "x")], ["{d}/afile"]),
        ("extract-format-bogus", cs("extract", "C", "--format", "xml"), ["xml"]),
        ("extract-format-mismatch", cs("extract", "C", "--format", "csv", "-o", "{d}/r.jsonl"), ["r.jsonl"]),
        ("build-top-by-bogus", cs("build", "C", "--top-by", "fame"), ["fame"]),
        ("build-top-negative", cs("build", "C", "--top", "-1"), ["--top"]),
        ("build-threads-text", cs("build", "C", "--threads", "many"), ["--threads", "many"]),
        ("balance-types-typo", gj("balance", "G", "--types", "aliance"), ["aliance"]),
        ("unknown-subcommand", lambda d: ["frobnicate"], ["frobnicate"]),
        ("option-twice", gj("rank", "G", "--top", "1", "--top", "2"), None),
    ]
    for name, setup, names in opts:
        if names is None:
            case(f"option/{name}", "silent", setup, expect="either")
        else:
            case(f"option/{name}", "unclear", setup, expect="error", names=names)
    # Options that must work.
    case("option/rank-top-zero", "silent", gj("rank", "G", "--top", "0"), expect="ok")
    case("option/rank-all-measures", "silent", gj("rank", "G", *sum([["--measure", m] for m in ["degree", "in-degree", "out-degree", "strength", "in-strength", "out-strength", "betweenness", "closeness", "eigenvector", "pagerank", "hub", "authority"]], [])), expect="ok",
         check=has_rows(5, ["LONE"]))
    case("option/rank-all-measures-directed", "silent", gj("rank", "G", "--directed", *sum([["--measure", m] for m in ["betweenness", "closeness", "eigenvector", "pagerank"]], [])), expect="either")
    case("option/types-with-graph", "silent", gj("rank", "G", "--types", "sanction"), expect="ok",
         check=lambda r: None if "PRK" in r.out and "JPN" not in r.out.split("PRK")[0][-300:] else "filter by type wrong")


def output_cases():
    g = lambda d: w(d, "g.json", GOOD_GRAPH)
    # An existing -o file kept after a failure.
    case("output/kept-after-failure/rank", "dataloss",
         lambda d: (w(d, "out.txt", "precious"), ["rank", w(d, "bad.json", "{"), "-o", f"{d}/out.txt"])[1],
         expect="error", check=unchanged("out.txt", "precious"))
    case("output/kept-after-failure/render", "dataloss",
         lambda d: (w(d, "out.svg", "precious"), ["render", w(d, "bad.json", "{"), "-o", f"{d}/out.svg"])[1],
         expect="error", check=unchanged("out.svg", "precious"))
    case("output/kept-after-failure/export", "dataloss",
         lambda d: (w(d, "out.gexf", "precious"), ["export", w(d, "bad.json", "{"), "-o", f"{d}/out.gexf"])[1],
         expect="error", check=unchanged("out.gexf", "precious"))
    case("output/kept-after-failure/extract", "dataloss",
         lambda d: (w(d, "out.jsonl", "precious"), ["extract", f"{d}/nope", "-o", f"{d}/out.jsonl"])[1],
         expect="error", check=unchanged("out.jsonl", "precious"))
    for cmd, ext in [("rank", "txt"), ("render", "svg"), ("export", "json"), ("build", "json"), ("extract", "jsonl"), ("balance", "txt"), ("coverage", "txt"), ("actors", "txt")]:
        inp = (lambda d: corpus(d)) if cmd in ("extract", "coverage", "actors") else g
        case(f"output/read-only-refused/{cmd}", "dataloss",
             lambda d, inp=inp, ext=ext, cmd=cmd: (w(d, f"out.{ext}", "precious", mode=0o444), [cmd, inp(d), "-o", f"{d}/out.{ext}"])[1],
             expect="error", names=[f"out.{ext}"], check=unchanged(f"out.{ext}", "precious", mode=0o444))
        case(f"output/mode-kept/{cmd}", "dataloss",
             lambda d, inp=inp, ext=ext, cmd=cmd: (w(d, f"out.{ext}", "old", mode=0o600), [cmd, inp(d), "-o", f"{d}/out.{ext}"])[1],
             expect="ok", check=lambda r, ext=ext: None if stat.S_IMODE(os.stat(f"{r.d}/out.{ext}").st_mode) == 0o600 else f"mode {oct(stat.S_IMODE(os.stat(f'{r.d}/out.{ext}').st_mode))}")

        def hardlink(d, inp=inp, ext=ext, cmd=cmd):
            w(d, f"out.{ext}", "old")
            os.link(f"{d}/out.{ext}", f"{d}/link.{ext}")
            return [cmd, inp(d), "-o", f"{d}/out.{ext}"]
        case(f"output/hard-link-kept/{cmd}", "dataloss", hardlink, expect="ok",
             check=lambda r, ext=ext: None if os.stat(f"{r.d}/out.{ext}").st_ino == os.stat(f"{r.d}/link.{ext}").st_ino and r.file(f"link.{ext}") != "old" else "hard link broken")
        case(f"output/no-temp-left/{cmd}", "dataloss",
             lambda d, inp=inp, ext=ext, cmd=cmd: [cmd, inp(d), "-o", f"{d}/out.{ext}"], expect="ok", check=no_temp_files)

    def csv_partial(d):
        os.makedirs(f"{d}/out/edges.csv")       # a folder where edges.csv should go
        w(d, "out/nodes.csv", "precious")
        return ["export", w(d, "g.json", GOOD_GRAPH), "--format", "csv", "-o", f"{d}/out"]
    case("output/csv-export-all-or-nothing", "dataloss", csv_partial, expect="error", check=unchanged("out/nodes.csv", "precious"))

    def map_partial(d):
        c = corpus(d)
        os.makedirs(f"{d}/maps/c.json")          # the graph file's place is a folder
        return ["map", c, "-o", f"{d}/maps"]
    case("output/map-all-or-nothing", "dataloss", map_partial, expect="error",
         check=lambda r: None if not r.exists("maps/c.svg") else "map wrote c.svg though it failed")

    def map_others(d):
        c = corpus(d)
        w(d, "maps/notes.txt", "someone else's")
        w(d, "c/bad.md", "---\ndate: 2023-99-99\n---\nx\n")
        return ["map", c, "-o", f"{d}/maps"]
    case("output/map-failure-keeps-others", "dataloss", map_others, expect="error", check=unchanged("maps/notes.txt", "someone else's"))
    case("output/map-dotted-names", "dataloss",
         lambda d: (corpus(d, "r/report.2023"), corpus(d, "r/report.2024"),
                    ["map", f"{d}/r/report.2023", "-o", f"{d}/maps"])[2], expect="ok",
         check=lambda r: None if r.exists("maps/report.2023.svg") else f"names: {os.listdir(r.d + '/maps')}")

    def map_twice(d):
        c = corpus(d)
        subprocess.run([BIN, "map", c, "-o", f"{c}/maps"], capture_output=True, preexec_fn=limit)
        return ["map", c, "-o", f"{c}/maps"]
    case("output/map-twice-inside-input", "silent", map_twice, expect="ok")

    def rank_big(d):
        n = 3000
        edges = [{"source": f"N{i}", "target": f"N{(i * 7 + 3) % n}", "type": "x", "weight": 1} for i in range(n * 5)]
        return ["rank", w(d, "g.json", graph_json([], edges)), "--measure", "betweenness", "--measure", "closeness", "-o", f"{d}/out.csv"]
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        case(f"output/signal-cleanup/{signal.Signals(sig).name}", "dataloss", rank_big, expect="either",
             signal_after=(sig, 1.5), check=no_temp_files)

    def render_big(d):
        n = 2000
        edges = [{"source": f"N{i}", "target": f"N{(i * 13 + 5) % n}", "type": "x", "weight": 1 + i % 5} for i in range(n * 4)]
        return ["render", w(d, "g.json", graph_json([], edges)), "--max-edges", "0", "-o", f"{d}/out.svg"]
    case("output/signal-cleanup/render-SIGTERM", "dataloss", render_big, expect="either", signal_after=(signal.SIGTERM, 2), check=no_temp_files)
    case("output/stdout-dash", "silent", lambda d: ["rank", g(d), "-o", "-"], expect="ok", check=lambda r: None if "USA" in r.out else "nothing on stdout")
    case("output/same-as-input", "dataloss", lambda d: ["build", g(d), "-o", f"{d}/g.json"], expect="either",
         check=lambda r: None if json.loads(r.file("g.json")).get("nodes") else "input destroyed")
    case("output/timeline-maps-into-file", "unclear", lambda d: ["timeline", corpus(d), "--maps", w(d, "f", "x")], expect="error", names=["{d}/f"])
    case("output/diff-svg-readonly", "dataloss",
         lambda d: (w(d, "d.svg", "precious", mode=0o444), ["diff", g(d), g(d), "--svg", f"{d}/d.svg"])[1], expect="error",
         check=unchanged("d.svg", "precious", mode=0o444))
    case("output/export-csv-into-file", "unclear", lambda d: ["export", g(d), "--format", "csv", "-o", w(d, "f.txt", "x")], expect="error", names=["f.txt"])


def security_cases():
    weird = ['A"B', "A\\B", "<script>alert(1)</script>", "A&B", "A\nB", "A'B", "]]>", "-->", "A\\\"B", "x\u2028y", "Ünï©ødé", "A B"]

    def graph_with(ids):
        return graph_json(ids, [{"source": ids[i], "target": ids[(i + 1) % len(ids)], "type": t, "weight": 1,
                                 "first": "2023-01-01\"><script>x</script>", "polarity": "<b>p</b>"}
                                for i, t in zip(range(len(ids)), ["alliance", "x\"y", "<t>", "a&b"] * 5)])
    for fmt, ext in [("gexf", "gexf"), ("graphml", "graphml"), ("dot", "dot"), ("json", "json"), ("csv", "")]:
        def setup(d, fmt=fmt, ext=ext):
            w(d, "g.json", graph_with(weird))
            return ["export", f"{d}/g.json", "--format", fmt, "-o", f"{d}/out" + (f".{ext}" if ext else "")]

        def check(r, fmt=fmt, ext=ext):
            if r.rc != 0:
                return None
            path = f"out.{ext}" if ext else "out/edges.csv"
            text = r.file(path)
            if fmt in ("gexf", "graphml") and ("<script>" in text or "<b>" in text or "<t>" in text):
                return "markup injected"
            # It must read back with as many nodes and edges.
            back = subprocess.run([BIN, "export", f"{r.d}/" + (path if ext else "out"), "-o", f"{r.d}/back.json"], capture_output=True, preexec_fn=limit)
            if back.returncode != 0:
                return f"does not read back: {back.stderr.decode()[:200]}"
            o = json.load(open(f"{r.d}/back.json"))
            if len(o["nodes"]) != len(weird) or len(o["edges"]) != len(weird):
                return f"read back {len(o['nodes'])} nodes, {len(o['edges'])} edges, wrote {len(weird)}"
            ids = sorted(n["id"] for n in o["nodes"])
            if ids != sorted(weird):
                return f"ids changed: {set(ids) ^ set(weird)}"
        case(f"security/export-escaping/{fmt}", "security", setup, expect="either", check=check)
    # SVG through render: titles, labels, style values.
    svg_ok = lambda r: None if r.rc != 0 or ("<script>" not in r.file("out.svg") and "onload=" not in r.file("out.svg").replace('onload="', "")) else "markup injected into the SVG"

    def svg_check(r):
        if r.rc != 0:
            return None
        t = r.file("out.svg")
        if "<script" in t or "<b>" in t:
            return "markup injected into the SVG"
    case("security/svg-title", "security", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--title", "</title><script>alert(1)</script>", "-o", f"{d}/out.svg"], expect="ok", check=svg_check)
    case("security/svg-labels", "security", lambda d: ["render", w(d, "g.json", graph_with(weird)), "-o", f"{d}/out.svg"], expect="either", check=svg_check)
    case("security/svg-style-font", "security", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--style", w(d, "s.yaml", "graph:\n  fontname: 'a\"><script>alert(1)</script>'\n"), "-o", f"{d}/out.svg"], expect="either", check=svg_check)
    case("security/svg-style-colour", "security", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--style", w(d, "s.yaml", "types:\n  alliance: {color: 'red\" onload=\"alert(1)', label: x}\n"), "-o", f"{d}/out.svg"], expect="either",
         check=lambda r: None if r.rc != 0 or 'onload="alert' not in r.file("out.svg") else "attribute injected")
    case("security/svg-style-label", "security", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--style", w(d, "s.yaml", "types:\n  alliance: {color: red, label: '<script>x</script>'}\n"), "-o", f"{d}/out.svg"], expect="either", check=svg_check)
    case("security/svg-lexicon-label", "security", lambda d: ["render", corpus(d), "--lexicon", w(d, "l.yaml", "actors:\n  - id: USA\n    label: '<script>alert(1)</script>'\n"), "-o", f"{d}/out.svg"], expect="either", check=svg_check)
    case("security/svg-evidence", "security", lambda d: ["render", corpus(d, files={"a.txt": "T\n\n<script>alert(1)</script> Japan condemned China. ]]> -->\n"}), "-o", f"{d}/out.svg"], expect="ok", check=svg_check)
    case("security/diff-svg-labels", "security", lambda d: ["diff", w(d, "a.json", graph_with(weird)), w(d, "b.json", GOOD_GRAPH), "--svg", f"{d}/out.svg"], expect="either", check=svg_check)
    case("security/dot-render-injection", "security", lambda d: ["render", w(d, "g.json", graph_with(weird)), "-o", f"{d}/out.dot"], expect="either",
         check=lambda r: None if r.rc != 0 else (lambda b: None if b.returncode == 0 else f"DOT output does not read back: {b.stderr.decode()[:160]}")(
             subprocess.run([BIN, "rank", f"{r.d}/out.dot"], capture_output=True, preexec_fn=limit)))
    case("security/csv-formula", "security", lambda d: ["export", w(d, "g.json", graph_json(["=cmd|' /C calc'!A0", "B"], [{"source": "=cmd|' /C calc'!A0", "target": "B"}])), "--format", "csv", "-o", f"{d}/out"], expect="either")
    case("security/url-lexicon", "security", lambda d: [ "extract", corpus(d), "--lexicon", f"http://127.0.0.1:{LISTENER.port}/l.yaml"], expect="error", check=url_not_fetched)
    case("security/url-input", "security", lambda d: ["rank", f"http://127.0.0.1:{LISTENER.port}/g.json"], expect="error", check=url_not_fetched)
    case("security/url-meta", "security", lambda d: ["extract", corpus(d), "--meta", f"http://127.0.0.1:{LISTENER.port}/m.jsonl"], expect="error", check=url_not_fetched)
    case("security/file-url-input", "security", lambda d: ["rank", "file:///etc/passwd.json"], expect="error", check=not_in_outputs(PASSWD_MARK))
    case("security/gexf-xxe-http", "security", lambda d: ["rank", w(d, "g.gexf", f'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "http://127.0.0.1:{LISTENER.port}/x">]><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="&x;"/></nodes></graph></gexf>')],
         expect="error", check=url_not_fetched)
    case("security/graphml-parameter-entity", "security", lambda d: ["rank", w(d, "g.graphml", f'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY % p SYSTEM "http://127.0.0.1:{LISTENER.port}/p.dtd"> %p;]>' + GRAPHML_HEAD.split("\n", 1)[1] + '<graph edgedefault="directed"><node id="A"/></graph></graphml>')],
         expect="error", check=url_not_fetched)
    case("security/graphml-external-dtd", "security", lambda d: ["rank", w(d, "g.graphml", f'<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "http://127.0.0.1:{LISTENER.port}/g.dtd">' + GRAPHML_HEAD.split("\n", 1)[1] + '<graph edgedefault="directed"><node id="A"/></graph></graphml>')],
         expect="either", check=url_not_fetched)
    case("security/graphml-schema-location", "security", lambda d: ["rank", w(d, "g.graphml", GRAPHML_HEAD.replace('xmlns="http://graphml.graphdrawing.org/xmlns"', f'xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://x http://127.0.0.1:{LISTENER.port}/s.xsd"') + '<graph edgedefault="directed"><node id="A"/></graph></graphml>')],
         expect="ok", check=url_not_fetched)
    case("security/env-injection-title", "security", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--title", "$(touch pwned) `touch pwned2`", "-o", f"{d}/out.svg"], expect="ok",
         check=lambda r: None if not r.exists("pwned") and not r.exists("pwned2") else "shell ran")
    case("security/path-traversal-map-name", "security", lambda d: ["map", corpus(d, "..x"), "-o", f"{d}/maps"], expect="either",
         check=lambda r: None if not any(f.endswith(".svg") for f in os.listdir(r.d)) else "map wrote outside -o")
    case("security/jsonl-id-traversal", "security", lambda d: ["map", corpus(d, files={"a.jsonl": json.dumps({"id": "../../evil", "text": ARTICLE_SANCTION}) + "\n"}), "-o", f"{d}/maps"], expect="either",
         check=lambda r: None if not os.path.exists(os.path.join(os.path.dirname(r.d), "evil.svg")) else "wrote outside")


def style_cases():
    styles = {
        "max-edges-1e300": ("graph:\n  max_edges: 1e300\n", "error"),
        "max-edges-nan": ("graph:\n  max_edges: .nan\n", "error"),
        "max-edges-inf": ("graph:\n  max_edges: .inf\n", "error"),
        "max-edges-negative": ("graph:\n  max_edges: -4\n", "error"),
        "max-edges-text": ("graph:\n  max_edges: many\n", "error"),
        "fontsize-zero": ("graph:\n  fontsize: 0\n", "error"),
        "fontsize-huge": ("graph:\n  fontsize: 1e308\n", "error"),
        "width-nan": ("edges:\n  max_width: nan\n", "error"),
        "min-above-max": ("nodes:\n  min_width: 5\n  max_width: 1\n", "error"),
        "unknown-key": ("graph:\n  fontnmae: Arial\n", "error"),
        "unknown-section": ("grpah:\n  fontname: Arial\n", "error"),
        "list-not-map": ("- a\n- b\n", "error"),
        "empty": ("", "either"),
        "bomb": ("a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n", "error"),
        "deep": ("graph: " + "[" * 20000 + "]" * 20000 + "\n", "error"),
        "colour-bogus": ("types:\n  alliance: {color: notacolour, label: x}\n", "either"),
        "shape-bogus": ("kinds:\n  state: {shape: blob, fill: white, border: black}\n", "either"),
        "bool-yes": ("edges:\n  min_width: yes\n", "error"),
        "tabs": ("graph:\n\tfontsize: 3\n", "error"),
        "sfdp-threshold-negative": ("graph:\n  sfdp_threshold: -1\n", "error"),
    }
    for name, (text, expect) in styles.items():
        for cmd in ("render", "map"):
            def setup(d, text=text, cmd=cmd):
                s = w(d, "s.yaml", text)
                if cmd == "render":
                    return ["render", w(d, "g.json", GOOD_GRAPH), "--style", s, "-o", f"{d}/out.svg"]
                return ["map", corpus(d), "--style", s, "-o", f"{d}/maps"]
            case(f"style/{name}/{cmd}", "crash" if "nan" in name or "inf" in name or "1e" in name else "silent", setup,
                 expect=expect, names=["s.yaml"])


def hang_cases():
    def dag(d, n=3000):
        edges = [{"source": f"N{i}", "target": f"N{j}", "type": "attack", "directed": True, "weight": 1}
                 for i in range(n) for j in (i + 1, i + 7) if j < n]
        return w(d, "g.json", graph_json([], edges))
    case("hang/eigenvector-dag-directed", "hang", lambda d: ["rank", dag(d), "--measure", "eigenvector", "--directed", "--no-blocs"], expect="either", timeout=20)
    case("hang/eigenvector-dag-small", "hang", lambda d: ["rank", w(d, "g.json", graph_json([], [{"source": "A", "target": "B", "directed": True}, {"source": "B", "target": "C", "directed": True}])), "--measure", "eigenvector", "--directed"], expect="either", timeout=10)
    case("hang/hits-dag", "hang", lambda d: ["rank", dag(d), "--measure", "hub", "--measure", "authority", "--no-blocs"], expect="ok", timeout=30)
    case("hang/pagerank-dag-directed", "hang", lambda d: ["rank", dag(d), "--measure", "pagerank", "--directed", "--no-blocs"], expect="ok", timeout=30)

    def ring(d, n=50000):
        edges = [{"source": f"N{i}", "target": f"N{(i + 1) % n}", "type": "alliance", "weight": 1} for i in range(n)]
        return w(d, "g.json", graph_json([], edges))
    case("hang/ring-50000-rank-blocs", "hang", lambda d: ["rank", ring(d), "--measure", "degree", "--top", "5"], expect="ok", timeout=60)

    def big(d, n=5000, m=50000):
        import random
        rnd = random.Random(1)
        edges = [{"source": f"N{rnd.randrange(n)}", "target": f"N{rnd.randrange(n)}", "type": "alliance", "weight": rnd.randint(1, 9)} for _ in range(m)]
        return w(d, "g.json", graph_json([], edges))
    case("hang/render-5000-50000", "hang", lambda d: ["render", big(d), "-o", f"{d}/out.svg"], expect="ok", timeout=120)
    case("hang/export-dot-5000-50000", "hang", lambda d: ["export", big(d), "-o", f"{d}/out.dot"], expect="ok", timeout=120)
    case("hang/progress-render", "silent", lambda d: ["render", big(d, 2000, 8000), "--progress", "-o", f"{d}/out.svg"], expect="ok", timeout=120,
         check=lambda r: None if "relmap: render" in r.err else "no progress line")
    case("hang/progress-map-extraction", "silent", lambda d: ["map", corpus(d), "--progress", "-o", f"{d}/maps"], expect="ok",
         check=lambda r: None if "extract" in r.err.lower() else "no progress line for extraction")
    case("hang/progress-timeline-maps", "silent", lambda d: ["timeline", corpus(d), "--maps", f"{d}/tl", "--progress"], expect="ok",
         check=lambda r: None if "relmap:" in r.err else "no progress line")
    case("hang/progress-diff-svg", "silent", lambda d: ["diff", w(d, "a.json", GOOD_GRAPH), w(d, "b.json", GOOD_GRAPH), "--svg", f"{d}/d.svg", "--progress"], expect="ok",
         check=lambda r: None if "relmap:" in r.err else "no progress line")
    case("hang/progress-export-dot", "silent", lambda d: ["export", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/o.dot", "--progress"], expect="ok",
         check=lambda r: None if "relmap:" in r.err else "no progress line")
    case("hang/betweenness-samples-huge", "hang", lambda d: ["rank", w(d, "g.json", GOOD_GRAPH), "--measure", "betweenness", "--samples", "1000000000"], expect="either", timeout=20)
    case("hang/top-huge", "hang", lambda d: ["rank", w(d, "g.json", GOOD_GRAPH), "--top", "9223372036854775807"], expect="either", timeout=20)
    case("hang/max-edges-huge", "hang", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--max-edges", "9223372036854775807", "-o", f"{d}/out.svg"], expect="either", timeout=20)
    case("hang/rank-top-int-max", "crash", lambda d: ["map", corpus(d), "--rank-top", "9223372036854775807", "-o", f"{d}/m"], expect="either")
    case("hang/thousand-files", "hang", lambda d: ["build", corpus(d, files={f"a{i}.txt": ARTICLE_SANCTION for i in range(1000)})], expect="ok", timeout=120)
    case("hang/timeline-wide-years", "hang", lambda d: ["timeline", corpus(d, files={"a.md": "---\ndate: 0001-01-01\n---\n" + ARTICLE_SANCTION, "b.md": "---\ndate: 9999-12-31\n---\n" + ARTICLE_SANCTION}), "--window", "month"], expect="either", timeout=30)
    case("hang/diff-period-wide", "hang", lambda d: ["diff", corpus(d), "--before", "..2023", "--after", "2024.."], expect="either", timeout=30)
    case("hang/self-loop-graph", "crash", lambda d: ["rank", w(d, "g.json", graph_json([], [{"source": "A", "target": "A", "weight": 2}, {"source": "A", "target": "B"}])), *sum([["--measure", m] for m in ["betweenness", "closeness", "eigenvector", "pagerank", "hub"]], [])], expect="ok")
    case("hang/self-loop-render", "crash", lambda d: ["render", w(d, "g.json", graph_json([], [{"source": "A", "target": "A", "weight": 2}])), "--cluster", "blocs", "-o", f"{d}/out.svg"], expect="ok")
    case("hang/zero-weights", "crash", lambda d: ["rank", w(d, "g.json", graph_json([], [{"source": "A", "target": "B", "weight": 0}, {"source": "B", "target": "C", "weight": 0}])), *sum([["--measure", m] for m in ["betweenness", "closeness", "eigenvector", "pagerank", "hub", "strength"]], [])], expect="ok")
    case("hang/tiny-weights", "crash", lambda d: ["render", w(d, "g.json", graph_json([], [{"source": "A", "target": "B", "weight": 1e-300}, {"source": "B", "target": "C", "weight": 5e-324}])), "-o", f"{d}/out.svg"], expect="ok")
    case("hang/max-weights-render", "crash", lambda d: ["render", w(d, "g.json", graph_json([], [{"source": "A", "target": f"B{i}", "weight": 1e15} for i in range(50)])), "--merge-types", "-o", f"{d}/out.dot"], expect="either")
    case("hang/max-weights-diff", "crash", lambda d: ["diff", w(d, "a.json", graph_json([], [{"source": "A", "target": "B", "weight": 1e15}])), w(d, "b.json", graph_json([], [{"source": "A", "target": "B", "weight": 0}])), "--svg", f"{d}/d.svg"], expect="either")
    case("hang/empty-graph-everywhere", "crash", lambda d: ["render", w(d, "g.json", graph_json([], [])), "-o", f"{d}/out.svg"], expect="either")
    case("hang/empty-graph-rank", "crash", lambda d: ["rank", w(d, "g.json", graph_json([], [])), "--measure", "eigenvector", "--measure", "closeness"], expect="either")
    case("hang/empty-graph-balance", "crash", lambda d: ["balance", w(d, "g.json", graph_json([], []))], expect="either")
    case("hang/empty-graph-diff", "crash", lambda d: ["diff", w(d, "a.json", graph_json([], [])), w(d, "b.json", graph_json([], []))], expect="either")
    case("hang/empty-graph-export-gexf", "crash", lambda d: ["export", w(d, "g.json", graph_json([], [])), "-o", f"{d}/o.gexf"], expect="either")
    case("hang/one-node", "crash", lambda d: ["render", w(d, "g.json", graph_json(["A"], [])), "--cluster", "blocs", "--engine", "sfdp", "-o", f"{d}/out.svg"], expect="either")
    for eng in ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"]:
        case(f"hang/engine-{eng}", "crash", lambda d, eng=eng: ["render", w(d, "g.json", GOOD_GRAPH), "--engine", eng, "--cluster", "blocs", "-o", f"{d}/out.svg"], expect="ok", timeout=60)
    for fmt in ["png", "pdf", "dot"]:
        case(f"hang/render-{fmt}", "crash", lambda d, fmt=fmt: ["render", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/out.{fmt}"], expect="ok",
             check=lambda r, fmt=fmt: None if os.path.getsize(f"{r.d}/out.{fmt}") > 50 else "empty output")


def consistency_cases():
    """Exit 0 with wrong results."""
    par = graph_json(["A", "B"], [{"source": "A", "target": "B", "type": "alliance", "directed": False, "weight": 2},
                                  {"source": "A", "target": "B", "type": "alliance", "directed": False, "weight": 3},
                                  {"source": "B", "target": "A", "type": "alliance", "directed": False, "weight": 1}])

    def weights(o):
        return sorted(round(e["weight"], 6) for e in o["edges"])

    def roundtrip(fmt, ext):
        def setup(d):
            w(d, "g.json", par)
            return ["export", f"{d}/g.json", "--format", fmt, "-o", f"{d}/out" + (f".{ext}" if ext else "")]

        def check(r):
            if r.rc != 0:
                return f"exit {r.rc}"
            src = f"{r.d}/out.{ext}" if ext else f"{r.d}/out"
            b = subprocess.run([BIN, "export", src, "-o", f"{r.d}/back.json"], capture_output=True, preexec_fn=limit)
            if b.returncode != 0:
                return f"does not read back: {b.stderr.decode()[:160]}"
            got = weights(json.load(open(f"{r.d}/back.json")))
            if got != [6]:
                return f"parallel edges of one pair and type read back as weights {got} (expected them summed to [6], as CSV does)"
            if fmt == "graphml":
                ids = re.findall(r'<edge id="([^"]*)"', r.file(f"out.{ext}"))
                if len(ids) != len(set(ids)):
                    return f"GraphML edge ids collide: {ids}"
        return setup, check
    for fmt, ext in [("json", "json"), ("graphml", "graphml"), ("gexf", "gexf"), ("csv", ""), ("dot", "dot")]:
        s, c = roundtrip(fmt, ext)
        case(f"silent/parallel-edges/{fmt}", "silent", s, expect="ok", check=c)

    def collide(d):
        w(d, "g.json", graph_json(["a-b", "c", "a", "b-c"], [{"source": "a-b", "target": "c", "type": "x"}, {"source": "a", "target": "b-c", "type": "x"}]))
        return ["export", f"{d}/g.json", "-o", f"{d}/out.graphml"]
    case("silent/graphml-id-collision", "silent", collide, expect="ok",
         check=lambda r: (lambda ids: None if len(ids) == len(set(ids)) else f"GraphML edge ids collide: {ids}")(re.findall(r'<edge id="([^"]*)"', r.file("out.graphml"))))
    case("silent/rank-parallel-degree", "silent", lambda d: ["rank", w(d, "g.json", par), "--measure", "strength"], expect="ok",
         check=lambda r: None if re.search(r"\b6(\.0+)?\b", r.out) else f"strength not 6: {r.out[:200]}")

    def nx_fixture(d):
        edges = [("A", "B", 3), ("A", "C", 1), ("B", "C", 2), ("C", "D", 1), ("D", "E", 4), ("F", "G", 2)]
        return ["rank", w(d, "g.json", graph_json([], [{"source": a, "target": b, "type": "alliance", "directed": False, "weight": x} for a, b, x in edges])),
                "--measure", "pagerank", "--format", "csv", "--no-blocs"]

    def nx_check(r):
        want = {"A": .13149, "B": .161078, "C": .13135, "D": .160084, "E": .130284, "F": .142857, "G": .142857}
        rows = list(__import__("csv").DictReader(r.out.splitlines()))
        got = {row.get("actor") or row.get("id"): float(row["pagerank"]) for row in rows}
        for k, v in want.items():
            if abs(got.get(k, -1) - v) > 1e-4:
                return f"pagerank {k} {got.get(k)} != networkx {v}"
    case("silent/pagerank-networkx", "silent", nx_fixture, expect="ok", check=nx_check)

    def isolated_pagerank(d):
        return ["rank", w(d, "g.json", graph_json(["A", "B", "C", "ISO1", "ISO2"], [{"source": "A", "target": "B"}, {"source": "B", "target": "C"}])), "--measure", "degree", "--format", "csv", "--no-blocs"]
    case("silent/isolated-degree", "silent", isolated_pagerank, expect="ok",
         check=lambda r: None if len(r.out.strip().splitlines()) == 6 and ",0" in r.out else f"isolated nodes missing: {r.out}")
    case("silent/types-typo-graph", "silent", lambda d: ["build", corpus(d), "--types", "protset"], expect="error", names=["protset"])
    case("silent/dup-ids-weight", "silent", lambda d: ["build", corpus(d, files={"x/a.txt": ARTICLE_SANCTION, "y/a.txt": ARTICLE_SANCTION, "z/a.txt": ARTICLE_SANCTION})], expect="ok",
         check=lambda r: None if json.loads(r.out)["edges"][0]["weight"] == 3 else "merged")
    case("silent/csv-extension-on-stdout-format", "silent", lambda d: ["rank", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/r.csv"], expect="ok",
         check=lambda r: None if r.file("r.csv").startswith("rank,") else f"not CSV: {r.file('r.csv')[:80]}")
    case("silent/extract-crlf-same", "silent", lambda d: ["extract", corpus(d, files={"a.txt": ARTICLE_EN.replace("\n", "\r\n")}), "--format", "csv"], expect="ok",
         check=lambda r: None if "JPN" in r.out and "\r" not in r.out.replace("\r\n", "\n") else "CRLF text changed the result")
    case("silent/nfd-names", "silent", lambda d: ["extract", corpus(d, files={"a.txt": "T\n\nTu\u0308rkiye condemned Israel.\n"})], expect="ok",
         check=lambda r: None if "TUR" in r.out else "NFD name not resolved")
    case("silent/meta-overrides-date", "silent", lambda d: ["build", corpus(d, files={"a.txt": ARTICLE_SANCTION}), "--meta", w(d, "m.jsonl", '{"id":"a","date":"2021-05-05"}\n')], expect="ok",
         check=lambda r: None if "2021-05-05" in r.out else "--meta date not applied")
    case("silent/period-leaves-undated-warned", "silent", lambda d: ["build", corpus(d, files={"a.txt": ARTICLE_SANCTION}), "--period", "2023"], expect="ok", warn=["without a date"])
    case("silent/graph-json-filter-since", "silent", lambda d: ["rank", w(d, "g.json", graph_json([], [{"source": "A", "target": "B", "first": "2020-01-01", "last": "2020-02-01"}, {"source": "C", "target": "D", "first": "2024-01-01", "last": "2024-01-01"}])), "--since", "2023-01-01", "--no-blocs"], expect="ok",
         check=lambda r: None if "C" in r.out and not re.search(r"\bA\b", r.out) else f"--since not applied: {r.out}")
    case("silent/directed-false-graph-json", "silent", lambda d: ["rank", w(d, "g.json", json.dumps({"directed": False, "nodes": [], "edges": [{"source": "A", "target": "B"}]})), "--measure", "in-degree", "--no-blocs", "--format", "csv"], expect="ok",
         check=lambda r: None if r.out.count(",1") >= 2 or r.out.count(",1.0") >= 2 else f"undirected edge not counted both ways: {r.out}")
    case("silent/duplicate-node-json", "silent", lambda d: ["rank", w(d, "g.json", json.dumps({"nodes": [{"id": "A", "label": "One"}, {"id": "A", "label": "Two"}], "edges": []}))], expect="error", names=["g.json"])
    case("silent/csv-nodes-duplicate", "silent", lambda d: (w(d, "x/nodes.csv", "id,label\nA,One\nA,Two\n"), w(d, "x/edges.csv", "source,target\nA,B\n"), ["rank", f"{d}/x"])[2], expect="error", names=["nodes.csv"])
    case("silent/empty-corpus-result-warned", "silent", lambda d: ["build", corpus(d, files={"a.txt": "Nothing\n\nThe weather was fine.\n"})], expect="either")
    case("silent/diff-same-graph", "silent", lambda d: ["diff", w(d, "a.json", GOOD_GRAPH), w(d, "b.json", GOOD_GRAPH), "--format", "json"], expect="ok",
         check=lambda r: None if all(not v for k, v in json.loads(r.out).items() if k in ("addedActors", "removedActors", "addedEdges", "removedEdges", "added", "removed")) else "a graph differs from itself")
    case("silent/timeline-undated", "silent", lambda d: ["timeline", corpus(d, files={"a.txt": ARTICLE_SANCTION})], expect="either", warn=None)
    case("silent/export-dot-readback", "silent", lambda d: ["export", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/o.dot"], expect="ok",
         check=lambda r: (lambda b: None if b.returncode == 0 and "LONE" in b.stdout.decode() else f"DOT export does not read back with LONE: {b.stderr.decode()[:120]}")(
             subprocess.run([BIN, "rank", f"{r.d}/o.dot", "--no-blocs"], capture_output=True, preexec_fn=limit)))
    case("silent/export-gexf-readback-directed", "silent", lambda d: ["export", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/o.gexf"], expect="ok",
         check=lambda r: (lambda b: None if b.returncode == 0 and json.loads(b.stdout.decode())["edges"].__len__() == 4 else "GEXF readback lost edges")(
             subprocess.run([BIN, "export", f"{r.d}/o.gexf", "--format", "json", "-o", "-"], capture_output=True, preexec_fn=limit)))


def misc_cases():
    """File names, links and text outputs that other programs read."""
    def bad_name(d):
        c = corpus(d)
        with open(os.path.join(c.encode(), b"\xff\xfe.txt"), "wb") as f:
            f.write(ARTICLE_SANCTION.encode())
        return ["extract", c]
    case("misc/name-not-utf8", "silent", bad_name, expect="ok", warn=["not UTF-8"])

    def deep(d):
        p = f"{d}/c"
        os.makedirs(p)
        for _ in range(12):
            p = os.path.join(p, "d" * 200)
            os.mkdir(p)
        w(p, "a.txt", ARTICLE_SANCTION)
        return ["extract", f"{d}/c"]
    case("misc/deep-long-path", "silent", deep, expect="ok", check=lambda r: None if "PRK" in r.out else "deep article not read")

    def symlink_out(d):
        w(d, "target.txt", "old")
        os.symlink("target.txt", f"{d}/link.txt")
        return ["rank", w(d, "g.json", GOOD_GRAPH), "-o", f"{d}/link.txt"]
    case("misc/output-through-symlink", "dataloss", symlink_out, expect="ok",
         check=lambda r: None if os.path.islink(f"{r.d}/link.txt") and "USA" in r.file("target.txt") else "symlink replaced or target not written")

    def hardlinked_input(d):
        c = corpus(d)
        os.link(f"{c}/c.txt", f"{c}/c2.txt")
        return ["extract", c]
    case("misc/hard-linked-article-read-once", "silent", hardlinked_input, expect="ok",
         check=lambda r: None if sum(1 for l in r.out.splitlines() if '"type":"sanction"' in l) == 1 else "one file read twice through its hard links")

    def csv_parse(cmd, extra, columns):
        def check(r):
            import csv as _csv
            rows = list(_csv.reader(r.out.splitlines(True)))
            if len(rows) < 2:
                return f"no rows: {r.out[:120]}"
            if any(len(row) != len(rows[0]) for row in rows):
                return f"rows of {sorted(set(len(row) for row in rows))} fields"
            if rows[0][:len(columns)] != columns:
                return f"header {rows[0]}"
        return check
    tricky = {"a.txt": 'T\n\nJapan condemned "China, the giant" today, said "Tokyo".\nSouth Korea, France and Germany condemned Russia.\n',
              "b.md": '---\ndate: 2023-05-01\n---\nIndia, "the largest", condemned Pakistan.\n'}
    case("misc/extract-csv-parses", "silent", lambda d: ["extract", corpus(d, files=tricky), "--format", "csv"], expect="ok",
         check=csv_parse("extract", [], ["article", "date", "source"]))
    case("misc/coverage-csv-parses", "silent", lambda d: ["coverage", corpus(d, files=tricky), "--format", "csv"], expect="ok",
         check=csv_parse("coverage", [], ["article", "date"]))
    case("misc/timeline-csv-parses", "silent", lambda d: ["timeline", corpus(d, files=tricky), "--format", "csv"], expect="ok",
         check=csv_parse("timeline", [], ["window", "start", "end"]))
    case("misc/rank-csv-labels-with-commas", "silent", lambda d: ["rank", w(d, "g.json", json.dumps({"nodes": [{"id": "A", "label": 'One, "1"'}, {"id": "B", "label": "Two\nlines"}], "edges": [{"source": "A", "target": "B"}]})), "--format", "csv"], expect="ok",
         check=csv_parse("rank", [], ["rank", "id", "label"]))
    case("misc/date-with-timezone", "silent", lambda d: ["build", corpus(d, files={"a.md": "---\ndate: 2024-01-01T23:30:00-05:00\n---\n" + ARTICLE_SANCTION})], expect="ok",
         check=lambda r: None if "2024-01-01" in r.out else "date moved by the time zone")
    case("misc/leap-day", "silent", lambda d: ["build", corpus(d, files={"a.md": "---\ndate: 2024-02-29\n---\n" + ARTICLE_SANCTION})], expect="ok",
         check=lambda r: None if "2024-02-29" in r.out else "leap day lost")
    case("misc/not-leap-day", "silent", lambda d: ["build", corpus(d, files={"a.md": "---\ndate: 2023-02-29\n---\n" + ARTICLE_SANCTION})], expect="error", names=["a.md"])
    case("misc/export-gexf-stdout", "silent", lambda d: ["export", w(d, "g.json", GOOD_GRAPH), "--format", "gexf", "-o", "-"], expect="ok",
         check=lambda r: None if r.out.startswith("<?xml") and "LONE" in r.out else "no GEXF on stdout")
    case("misc/render-png-stdout", "silent", lambda d: ["render", w(d, "g.json", GOOD_GRAPH), "--format", "png", "-o", "-"], expect="ok",
         check=lambda r: None if r.out.startswith("\ufffdPNG") or "PNG" in r.out[:8] else "no PNG on stdout")
    case("misc/trailing-slash-and-dots", "silent", lambda d: ["extract", corpus(d) + "/./", "--format", "csv"], expect="ok",
         check=lambda r: None if "PRK" in r.out else "nothing read")
    case("misc/builds-agree-across-formats", "silent", lambda d: ["export", corpus(d), "-o", f"{d}/g.graphml"], expect="ok",
         check=lambda r: (lambda a, b: None if a == b else f"rank of the GraphML export differs: {a} vs {b}")(
             subprocess.run([BIN, "rank", f"{r.d}/g.graphml", "--format", "csv", "--no-blocs"], capture_output=True, preexec_fn=limit).stdout,
             subprocess.run([BIN, "rank", f"{r.d}/c", "--format", "csv", "--no-blocs"], capture_output=True, preexec_fn=limit).stdout))
    case("misc/threads-zero", "silent", lambda d: ["build", corpus(d), "--threads", "0"], expect="ok")
    case("misc/meta-overrides-jsonl", "silent", lambda d: ["build", corpus(d, files={"a.jsonl": json.dumps({"id": "x", "date": "2020-01-01", "text": ARTICLE_SANCTION}) + "\n"}),
                                                          "--meta", w(d, "m.jsonl", '{"id":"x","date":"2021-06-06"}\n')], expect="ok",
         check=lambda r: None if "2021-06-06" in r.out else "--meta did not override the JSONL date")


def main():
    global BIN, LISTENER
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("-j", "--jobs", type=int, default=max(1, (os.cpu_count() or 2)))
    ap.add_argument("-k", "--keyword", default="")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", help="write the outcome of every case here")
    a = ap.parse_args()
    BIN = os.path.abspath(a.binary)
    LISTENER = Listener()
    for make in (graph_file_cases, corpus_cases, option_cases, output_cases, security_cases, style_cases, hang_cases, consistency_cases, misc_cases):
        make()
    cases = [c for c in CASES if a.keyword in c.name]
    root = tempfile.mkdtemp(prefix="relmap-battery-")
    results = []
    start = time.time()
    try:
        with ThreadPoolExecutor(a.jobs) as ex:
            for c, r, kind, detail in ex.map(lambda c: run_case(c, root), cases):
                results.append((c, r, kind, detail))
                if a.verbose:
                    print(f"{kind:9} {c.name} {detail}", flush=True)
    finally:
        subprocess.run(["chmod", "-R", "u+w", root])
        shutil.rmtree(root, ignore_errors=True)
    counts = {k: 0 for k in ["ok"] + KINDS + ["setup"]}
    for _, _, kind, _ in results:
        counts[kind] += 1
    print(f"\n{len(results)} cases in {time.time() - start:.0f} s against {BIN}\n")
    print("| handled well | crash | hang / runaway memory | data loss | security | unclear error | silently dropped or mangled |" + (" setup |" if counts["setup"] else ""))
    print("|---|---|---|---|---|---|---|" + ("---|" if counts["setup"] else ""))
    print("| " + " | ".join(str(counts[k]) for k in ["ok"] + KINDS) + " |" + (f" {counts['setup']} |" if counts["setup"] else ""))
    failed = [(c, r, k, d) for c, r, k, d in results if k != "ok"]
    if failed:
        print("\nFailures:")
        for c, r, kind, detail in sorted(failed, key=lambda x: (x[2], x[0].name)):
            print(f"  [{kind}] {c.name}: {detail}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump([{"name": c.name, "kind": k, "detail": d} for c, r, k, d in results], f, indent=1)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
