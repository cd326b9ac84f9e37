#!/usr/bin/env python3
"""Where a JFR recording's CPU samples of the HTTP workers go, by layer (inclusive) and by method (self).

   jfr print --events jdk.ExecutionSample --stack-depth 128 rec.jfr | python3 bench/jfr-layers.py [THREAD_PREFIX]

A sample counts for a layer when any frame of its stack belongs to it (so layers overlap: PostgreSQL's driver runs
inside EclipseLink); the self column is the topmost frame. Writes a Markdown table to standard output."""
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

thread_prefix = sys.argv[1] if len(sys.argv) > 1 else "http-thread-pool"
samples = 0
inclusive = Counter()
self_time = Counter()
frames, thread, in_stack = [], "", False
for line in sys.stdin:
    s = line.strip()
    if s.startswith("sampledThread"):
        thread = s
    elif s.startswith("stackTrace = ["):
        frames, in_stack = [], True
    elif in_stack and s == "]":
        in_stack = False
        if thread_prefix in thread and frames:
            samples += 1
            self_time[frames[0]] += 1
            for name, prefixes in LAYERS:
                if any(f.startswith(prefixes) for f in frames):
                    inclusive[name] += 1
    elif in_stack and s and s != "...":
        frames.append(re.sub(r"\s+line:.*$", "", s))
if samples == 0:
    sys.exit("no samples of threads named like " + thread_prefix)
print(f"{samples} CPU samples of the threads named like `{thread_prefix}`.\n")
print("| layer (inclusive: any frame in it) | share of samples |")
print("|---|---|")
for name, _ in LAYERS:
    print(f"| {name} | {100 * inclusive[name] / samples:.1f} % |")
print("\n| hottest methods (self) | share |")
print("|---|---|")
for method, n in self_time.most_common(15):
    print(f"| `{method}` | {100 * n / samples:.1f} % |")
