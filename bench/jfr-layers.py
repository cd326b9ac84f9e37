#!/usr/bin/env python3
"""Where a JFR recording's CPU samples of the HTTP workers go, by layer (inclusive) and by method (self).

   jfr print --events jdk.ExecutionSample --stack-depth 128 rec.jfr | python3 bench/jfr-layers.py [THREAD_PREFIX [WITHIN [FROM TO]]]

WITHIN keeps only the samples with a frame containing it (e.g. TicketService.createTicket: where a create's time goes;
"-" for all). FROM and TO (HH:MM:SS, the recording's clock, as bench/MixBench.java prints each step's) keep only the
samples taken in that window, e.g. those of the step "createTicket only": a create's whole request, Metro included.

Two views per layer: "own" counts a sample for the layer of its topmost frame that belongs to a layer (JDK frames count
for the code that called them), so the own shares add up to 100 % with "other"; "inclusive" counts it for every layer
with a frame on the stack (layers overlap: PostgreSQL's driver runs inside EclipseLink, everything inside Metro).
Then the hottest methods by their own time. Writes Markdown to standard output."""
import re
import sys
from collections import Counter

LAYERS = [
    ("SOAP (Metro: parsing, binding, writing)", ("com.sun.xml.ws.", "com.sun.xml.bind.", "org.glassfish.jaxb.",
                                                  "com.sun.xml.stream.", "com.ctc.wstx.", "com.sun.xml.internal.")),
    ("schema validation", ("com.sun.org.apache.xerces.internal.impl.xs.", "com.sun.org.apache.xerces.internal.jaxp.validation.")),
    ("security (authentication, EJB permission checks)", ("com.sun.enterprise.security.", "org.glassfish.soteria.",
                                                          "org.glassfish.exousia.", "fish.payara.security.",
                                                          "com.sun.web.security.", "org.deskline.security.")),
    ("EJB container (interceptors, transactions)", ("com.sun.ejb.", "org.glassfish.ejb.", "com.sun.enterprise.transaction.",
                                                    "com.sun.jts.")),
    ("CDI (Weld)", ("org.jboss.weld.",)),
    ("JPA (EclipseLink)", ("org.eclipse.persistence.",)),
    ("JDBC driver (pgjdbc)", ("org.postgresql.",)),
    ("connection pool", ("com.sun.enterprise.resource.", "com.sun.gjc.")),
    ("JMS / broker", ("org.apache.activemq.",)),
    ("Deskline's own code", ("org.deskline.",)),
    ("HTTP (Grizzly)", ("org.glassfish.grizzly.",)),
]


def samples(stream):
    """The execution samples of `jfr print --events jdk.ExecutionSample` output: (time HH:MM:SS, thread, frames)."""
    frames, thread, in_stack, at = [], "", False, ""
    for line in stream:
        s = line.strip()
        if s.startswith("startTime"):
            at = s.split("=", 1)[1].strip()[:8]
        elif s.startswith("sampledThread"):
            thread = s
        elif s.startswith("stackTrace = ["):
            frames, in_stack = [], True
        elif in_stack and s == "]":
            in_stack = False
            if frames:
                yield at, thread, frames
        elif in_stack and s and s != "...":
            frames.append(re.sub(r"\s+line:.*$", "", s))


def thread_group(thread):
    """A pool's name without the number of the thread in it."""
    name = re.sub(r'^sampledThread = "([^"]*)".*', r"\1", thread)
    return re.sub(r"[-_ ]*\(?\d+\)?(?= \(|$)", "", name).strip()


def layer_of(frame):
    return next((name for name, prefixes in LAYERS if frame.startswith(prefixes)), None)


def main():
    thread_prefix = sys.argv[1] if len(sys.argv) > 1 else "http-thread-pool"
    within = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "-" else None
    window = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else None
    count = 0
    groups = Counter()
    inclusive = Counter()
    own = Counter()
    self_time = Counter()
    for at, thread, frames in samples(sys.stdin):
        if window is not None and not window[0] <= at < window[1]:
            continue
        groups[thread_group(thread)] += 1
        if thread_prefix in thread and (within is None or any(within in f for f in frames)):
            count += 1
            self_time[frames[0]] += 1
            for name, prefixes in LAYERS:
                if any(f.startswith(prefixes) for f in frames):
                    inclusive[name] += 1
            own[next((layer_of(f) for f in frames if layer_of(f)), "other")] += 1
    if count == 0:
        sys.exit("no samples of threads named like " + thread_prefix)
    print(f"{count} CPU samples of the threads named like `{thread_prefix}`"
          + (f" within `{within}`" if within else "") + (f" from {window[0]} to {window[1]}" if window else "") + ".\n")
    everyone = sum(groups.values())
    print(f"Every thread's CPU samples{f' from {window[0]} to {window[1]}' if window else ''} ({everyone}), by pool:\n")
    print("| threads | share |")
    print("|---|---|")
    for group, n in groups.most_common(8):
        print(f"| `{group}` | {100 * n / everyone:.1f} % |")
    print()
    print("| layer | own | inclusive |")
    print("|---|---|---|")
    for name, _ in LAYERS:
        print(f"| {name} | {100 * own[name] / count:.1f} % | {100 * inclusive[name] / count:.1f} % |")
    print(f"| other (JDK, Payara's modules, ...) | {100 * own['other'] / count:.1f} % | |")
    print("\n| hottest methods (self) | share |")
    print("|---|---|")
    for method, n in self_time.most_common(15):
        print(f"| `{method}` | {100 * n / count:.1f} % |")


if __name__ == "__main__":
    main()
