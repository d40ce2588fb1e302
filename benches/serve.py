#!/usr/bin/env python3
"""Save → browser with `ikm-site serve`, on generated content.

    python3 benches/serve.py              # national: 38 provinces, 514 kabupaten/kota
    python3 benches/serve.py desa         # down to the desa (83.369 regions)
    EDITS=50 python3 benches/serve.py national
    NO_BUILD=1 EDITS=5 VIEWS=2000 python3 benches/serve.py desa   # no cold build beside it, 2.000 pages viewed
    BUILDS=5 python3 benches/serve.py   # five cold builds to compare the peak memory with (3 by default)

Builds the release binary and the generator (examples/national.rs), writes
the content deterministically into target/bench-scales/<scale>/content
(shared with benches/scales, reused when there), and starts
`ikm-site serve --port 0` on it. Then, EDITS times (20 by default), it
waits PAUSE seconds (1 by default, as a person looks at the page), rewrites
one kabupaten file with a new word in its summary, the way an editor saves
(a temporary file renamed over it), and measures from just before the save
to

  - the `reload` event on the reload channel (what makes a tab reload), and
  - the region's page fetched with the new word in it (what the tab then
    shows).

It reports the median, fastest and slowest of each, and of the CPU time
the server spent on each edit (its rendering after the reload included),
which says what a machine without other work would take. It then fetches every
region's page once (so the cache is as full as a long session makes it)
and reports the server's peak memory (VmHWM) beside those of BUILDS cold
`build`s of the same content (their median and range). The edited file is put back as it was.
Python 3 standard library only.
"""

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALES = {
    # news per region, depth: as benches/scales
    "national": (8, "kabupaten"),
    "archive": (78, "kabupaten"),
    "kecamatan": (8, "kecamatan"),
    "desa": (8, "desa"),
}
PATIENCE = 600.0
PAUSE = float(os.environ.get("PAUSE", "1"))
BUILDS = int(os.environ.get("BUILDS", "3"))


def main():
    scale = sys.argv[1] if len(sys.argv) > 1 else "national"
    per, depth = SCALES[scale]
    edits = int(os.environ.get("EDITS", "20"))
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--bin", "ikm-site", "--example", "national"],
        cwd=ROOT,
        check=True,
    )
    binary = ROOT / "target/release/ikm-site"
    work = ROOT / "target/bench-scales" / scale
    content = work / "content"
    if not content.is_dir():
        work.parent.mkdir(parents=True, exist_ok=True)
        with open(f"{work}.counts", "w") as counts:
            subprocess.run(
                [ROOT / "target/release/examples/national", work, str(per), depth],
                check=True,
                stdout=counts,
            )
    region_file, slug = pick_kabupaten(content)
    original = region_file.read_text(encoding="utf-8")
    started = time.perf_counter()
    server = subprocess.Popen(
        [binary, "serve", "--quiet", "--port", "0", "--content", content],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = server.stdout.readline()
        url = re.search(r"http://\S+", line).group(0)
        print(f"{scale}: serving after {time.perf_counter() - started:.1f} s at {url}")
        host, port = url[len("http://"):].split("/")[0].split(":")
        base = "/" + url.split("/", 3)[3]
        events = Events(host, int(port))
        events.until("version")
        to_reload, to_page, cpu = [], [], []
        for n in range(edits):
            # A person looks at the page before the next save; the files the
            # last edit may have changed are rendered meanwhile.
            time.sleep(PAUSE)
            cpu_before = cpu_ms(server.pid)
            word = f"Tolokukur{n}x{os.getpid()}"
            text = original.replace("summary: |\n", f"summary: |\n  {word}.\n", 1)
            assert text != original, f"{region_file} has no summary"
            before = time.perf_counter()
            save(region_file, text)
            events.until("reload")
            reloaded = time.perf_counter()
            page = get(host, int(port), f"{base}wilayah/{slug}/")
            fetched = time.perf_counter()
            assert word in page, f"the page does not show {word}"
            to_reload.append((reloaded - before) * 1000)
            to_page.append((fetched - before) * 1000)
            time.sleep(PAUSE)
            cpu.append(cpu_ms(server.pid) - cpu_before)
        save(region_file, original)
        events.until("reload")
        report("save → reload event", to_reload)
        report("save → page fetched", to_page)
        report("CPU time of serve per edit (all of its work for it)", cpu)
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        # A long session: every region's page viewed once (or the first
        # VIEWS of them: at desa scale all 83.369 take an hour).
        regions = sorted((content / "regions").rglob("*.yaml"))
        views = int(os.environ.get("VIEWS", len(regions)))
        for region in regions[:views]:
            get(host, int(port), f"{base}wilayah/{region.stem}/")
        peak = vm_hwm(server.pid)
    finally:
        region_file.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait()
    line = f"peak memory: serve {peak // 1024} MiB (after {edits} edits and {views} region pages)"
    if not os.environ.get("NO_BUILD"):
        # A cold build's peak varies by tens of MiB from run to run (at
        # desa scale 691 to 763 MiB on one machine), as much as what is
        # compared: several builds, their median and range.
        builds = sorted(build_peak_memory(binary, content) // 1024 for _ in range(BUILDS))
        line += (f", build median {statistics.median(builds):.0f} MiB"
                 f" ({builds[0]} to {builds[-1]} MiB over {len(builds)} cold builds)")
    print(line)


def pick_kabupaten(content):
    """The first kabupaten file (in path order) that has a summary."""
    for path in sorted((content / "regions").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "\nlevel: kabupaten" in text and "\nsummary: |\n" in text:
            return path, path.stem
    raise SystemExit("no kabupaten with a summary in " + str(content))


def save(path, text):
    """As an editor saves: a temporary file beside it, renamed over it."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".bench-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(temporary, path)


def get(host, port, path):
    with socket.create_connection((host, port), timeout=PATIENCE) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(1 << 16):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = head.split(b" ", 2)[1]
    assert status == b"200", f"{path}: {head[:200]!r}"
    return body.decode("utf-8", "replace")


class Events:
    """The reload channel (server-sent events), read one event at a time."""

    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=PATIENCE)
        self.sock.sendall(f"GET /__ikm-site/events HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        self.lines = self.sock.makefile("rb")
        while self.lines.readline() not in (b"\r\n", b""):
            pass

    def until(self, wanted):
        name = None
        while True:
            line = self.lines.readline()
            if not line:
                raise SystemExit("the reload channel closed")
            line = line.rstrip(b"\r\n").decode()
            if line.startswith("event: "):
                name = line[len("event: "):]
            elif line == "" and name is not None:
                if name == wanted:
                    return
                if name == "problem":
                    raise SystemExit("the edit did not build")
                name = None


def report(what, values):
    print(f"{what}: median {statistics.median(values):.0f} ms, "
          f"fastest {min(values):.0f} ms, slowest {max(values):.0f} ms ({len(values)} edits)")


def cpu_ms(pid):
    """User and system time of process `pid` so far, in milliseconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def vm_hwm(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))


def build_peak_memory(binary, content):
    """Peak memory (KiB) of a cold `build` of the same content, with GNU time."""
    out = Path(tempfile.mkdtemp(prefix="ikm-bench-"))
    try:
        timing = out / "time"
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", timing, binary, "build", "--quiet",
             "--content", content, "--output", out / "site"],
            check=True,
        )
        return int(timing.read_text().split()[-1])
    finally:
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
