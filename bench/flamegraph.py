#!/usr/bin/env python3
"""A flame graph (SVG) of a JFR recording's CPU samples, coloured by layer as bench/jfr-layers.py counts them.

   jfr print --events jdk.ExecutionSample --stack-depth 512 rec.jfr \\
       | python3 bench/flamegraph.py TITLE [THREAD_PREFIX [WITHIN [FROM TO]]] > flame.svg

The arguments after TITLE select samples as in bench/jfr-layers.py. The root is at the bottom, each frame's width its
share of the samples; a frame's tooltip (hover in a browser) gives its name, samples and share. Frames narrower than
half a percent are left out. Needs nothing but Python 3."""
import html
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location("jfr_layers", os.path.join(os.path.dirname(__file__), "jfr-layers.py"))
jfr_layers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(jfr_layers)

WIDTH, ROW, MIN_SHARE = 1800, 17, 0.005
COLOURS = ["#e8a33d", "#d95f5f", "#b07cc6", "#6f9bd1", "#5bb5a2", "#8cc152", "#c9b458", "#9aa5b1", "#f29e7c",
           "#e377c2", "#7fc97f"]


def node():
    return {"count": 0, "children": {}}


def main():
    title = sys.argv[1] if len(sys.argv) > 1 else "CPU samples"
    thread_prefix = sys.argv[2] if len(sys.argv) > 2 else "http-thread-pool"
    within = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-" else None
    window = (sys.argv[4], sys.argv[5]) if len(sys.argv) > 5 else None
    root = node()
    for at, thread, frames in jfr_layers.samples(sys.stdin):
        if thread_prefix in thread and (within is None or any(within in f for f in frames)) \
                and (window is None or window[0] <= at < window[1]):
            root["count"] += 1
            here = root
            for frame in reversed(frames):
                here = here["children"].setdefault(frame, node())
                here["count"] += 1
    if root["count"] == 0:
        sys.exit("no samples selected")
    layers = [name for name, _ in jfr_layers.LAYERS]
    rects = []
    depth = [0]

    def place(name, n, x, level):
        share = n["count"] / root["count"]
        if share < MIN_SHARE:
            return
        depth[0] = max(depth[0], level)
        rects.append((name, n["count"], share, x, level))
        for child_name, child in sorted(n["children"].items()):
            place(child_name, child, x, level + 1)
            x += child["count"] / root["count"]

    place("all", root, 0.0, 0)
    height = (depth[0] + 1) * ROW + 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="monospace" '
           f'font-size="11">',
           f'<rect width="100%" height="100%" fill="#fbfbf8"/>',
           f'<text x="10" y="18" font-size="14">{html.escape(title)} ({root["count"]} samples)</text>']
    legend_x = 10
    for i, name in enumerate(layers):
        out.append(f'<rect x="{legend_x}" y="26" width="10" height="10" fill="{COLOURS[i % len(COLOURS)]}"/>'
                   f'<text x="{legend_x + 14}" y="35">{html.escape(name.split(" (")[0])}</text>')
        legend_x += 14 + 7 * len(name.split(" (")[0]) + 16
    for name, count, share, x, level in rects:
        layer = jfr_layers.layer_of(name)
        colour = COLOURS[layers.index(layer) % len(COLOURS)] if layer else "#d4d4cc"
        px, py, w = x * WIDTH, height - (level + 1) * ROW, max(share * WIDTH - 0.5, 0.5)
        label = name if len(name) * 6.6 < w else name[:max(int(w / 6.6) - 2, 0)] + ".." if w > 30 else ""
        out.append(f'<g><title>{html.escape(name)}: {count} samples, {100 * share:.1f} %</title>'
                   f'<rect x="{px:.1f}" y="{py}" width="{w:.1f}" height="{ROW - 1}" fill="{colour}"/>'
                   f'<text x="{px + 3:.1f}" y="{py + ROW - 5}">{html.escape(label)}</text></g>')
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
