#!/usr/bin/python3
# bench-hostile.py: each hostile content folder of the kiosk's threat list,
# at the size cap, measured as staff and patients meet it: the time and peak
# memory of `clinic-kiosk --check`, of the kiosk drawing home, and of the
# kiosk drawing the hostile page itself. Figures only; never pass or fail.
#
# Usage: bench-hostile.py KIOSK_BINARY CONTENT_DIR
# BENCH_CASES=TEXT runs only the cases whose name contains TEXT.
# Needs an X display; without DISPLAY it starts Xvfb itself.

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

CAP = 256 * 1024 - 64   # just under the per-file size cap
LIMIT_S = 60            # a run still busy after this is killed


def repeat_to(unit, size=CAP, head=""):
    return head + unit * ((size - len(head)) // len(unit))


def png_bomb(path, side):
    """A real PNG of side × side grey pixels, all zero: small on disk,
    side² bytes once decoded."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    comp = zlib.compressobj(9)
    row = b"\0" * (side + 1)
    parts = [comp.compress(row) for _ in range(side)]
    parts.append(comp.flush())
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", b"".join(parts)))
        f.write(chunk(b"IEND", b""))


SVG_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "aaaaaaaaaa">\n' +
              "".join('<!ENTITY %s "%s">\n' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10)
                      for i in range(8)) +
              ']>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
              '<text>&i;</text></svg>\n')


def page(body, title="# Hostile\n\n"):
    return lambda d: write(d, "en/90-hostile.md", title + body)


def write(d, rel, text, mode="w"):
    path = os.path.join(d, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def ini_append(text):
    return lambda d: write(d, "kiosk.ini", text, "a")


def ini_replace(make):
    def apply(d):
        os.remove(os.path.join(d, "kiosk.ini"))
        make(os.path.join(d, "kiosk.ini"))
    return apply


def glossary_append(text):
    return lambda d: write(d, "en/glossary.md", text, "a")


def with_picture(make, name, md):
    """Pictures are named from the content folder, as staff write them."""
    def apply(d):
        os.makedirs(os.path.join(d, "images"), exist_ok=True)
        make(os.path.join(d, "images", name))
        write(d, "en/90-hostile.md", "# Hostile\n\n" + md.replace("](", "](images/") + "\n")
    return apply


def lang_symlink(d):
    os.symlink("/etc", os.path.join(d, "fr"))
    with open(os.path.join(d, "kiosk.ini")) as f:
        text = f.read().replace("languages=en;es", "languages=en;es;fr")
    with open(os.path.join(d, "kiosk.ini"), "w") as f:
        f.write(text)


CASES = [
    ("![[]() repeated (CVE-2023-22483/4)", page(repeat_to("![[]()"))),
    ("> x 100,000 then a* (CVE-2023-22486)", page(repeat_to("a*", head=">" * 100000 + "\n"))),
    ("- x 30,000, a word, 30,000 blank lines",
     page("- " * 30000 + "word" + "\n" * 30000)),
    ("20,000 nested ordered lists, blanks",
     page("1. " * 20000 + "x" + "\n" * 20000)),
    ("20,000 nested links", page("[" * 20000 + "a" + "](x)" * 20000)),
    ("20,000 nested emphasis", page("*" * 20000 + "a" + "*" * 20000)),
    ("links to a missing page, at the cap", page(repeat_to("[a](missing) "))),
    ("web links, at the cap", page(repeat_to("[a](https://example.org/) "))),
    ("9,000 page links (under the limit)", page("[a](booking) " * 9000)),
    ("9,000 web links (under the limit)", page("[a](https://example.org/) " * 9000)),
    ("one paragraph as long as the cap", page(repeat_to("word "))),
    ("glossary words, at the cap", page(repeat_to("stem cells "))),
    ("one-letter glossary term on a page of it",
     lambda d: (glossary_append("\n## a\n\nA letter.\n")(d), page(repeat_to("a "))(d))),
    ("glossary: intro paragraphs at the cap",
     lambda d: write(d, "en/glossary.md", repeat_to("x\n\n", head="# Words\n\n"))),
    ("glossary: a term of 300,000 words",
     glossary_append("\n## " + "w " * 100000 + "\n\nToo long.\n")),
    ("kiosk.ini: 30,000 unknown sections", ini_append(repeat_to("[s]\n", 200000))),
    ("kiosk.ini: 25,000 unknown keys", ini_append("[kiosk]\n" + repeat_to("k=v\n", 100000))),
    ("kiosk.ini: a FIFO", ini_replace(os.mkfifo)),
    ("kiosk.ini: a link to /dev/zero", ini_replace(lambda p: os.symlink("/dev/zero", p))),
    ("kiosk.ini: a link to /etc/passwd", ini_replace(lambda p: os.symlink("/etc/passwd", p))),
    ("a language folder linking to /etc", lang_symlink),
    ("page: a FIFO", lambda d: os.mkfifo(os.path.join(d, "en/90-hostile.md"))),
    ("PNG bomb 30,000 x 30,000 px",
     with_picture(lambda p: png_bomb(p, 30000), "bomb.png", "![A bomb](bomb.png)")),
    ("PNG 6,000 x 6,000 px (under the limits)",
     with_picture(lambda p: png_bomb(p, 6000), "big.png", "![Big](big.png)")),
    ("SVG billion laughs",
     with_picture(lambda p: open(p, "w").write(SVG_LAUGHS), "laughs.svg", "![Laughs](laughs.svg)")),
]


def run(cmd, env):
    """Wall time in seconds and peak RSS in MB of @cmd, or None if killed."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    except KeyboardInterrupt:
        proc.kill()
        raise
    wall = time.monotonic() - start
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def fmt(result):
    wall, rss, code = result
    if code == 124:
        return "  killed at %d s        " % LIMIT_S
    return "%7.2f s %6.0f MB" % (wall, rss)


def main():
    kiosk, content = sys.argv[1], sys.argv[2]
    env = dict(os.environ, GSK_RENDERER="cairo", GTK_A11Y="none", NO_AT_BRIDGE="1")
    xvfb = None
    if "DISPLAY" not in env:
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        env["DISPLAY"] = ":97"
        time.sleep(1)
    work = tempfile.mkdtemp(prefix="bench-hostile-")
    shot = os.path.join(work, "shot.png")
    print("Each case at the size cap (%d KB a file); time and peak RSS of one run." % (CAP // 1024 + 1))
    print("%-42s %-18s %-18s %-18s" % ("case", "--check", "home drawn", "the page drawn"))
    try:
        only = os.environ.get("BENCH_CASES", "")
        for name, make in [("bundled content, unchanged", lambda d: None)] + CASES:
            if only and only not in name:
                continue
            d = os.path.join(work, "content")
            shutil.rmtree(d, ignore_errors=True)
            shutil.copytree(content, d, symlinks=True)
            make(d)
            check = run(["timeout", str(LIMIT_S), kiosk, "--check", d], env)
            home = run(["timeout", str(LIMIT_S), kiosk, "-c", d, "-s", "1920x1080",
                        "--screenshot", shot], env)
            hostile = run(["timeout", str(LIMIT_S), kiosk, "-c", d, "-s", "1920x1080",
                           "-p", "hostile", "--screenshot", shot], env)
            print("%-42s %-18s %-18s %-18s" % (name[:42], fmt(check), fmt(home), fmt(hostile)),
                  flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()


if __name__ == "__main__":
    main()
