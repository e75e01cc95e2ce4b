#!/usr/bin/python3
"""The shape of the source tree, checked as a TAP test.

Usage: check-structure.py SOURCE_ROOT [BUILD_ROOT]

- no .c file in app/ over 600 lines, no test file over 600 lines;
- no function over 80 lines (GObject class_init functions included:
  they only list properties, signals and template children);
- the quoted-include graph of app/ has no circle;
- layers include only their own folder and the folders below them;
- app/core/ uses no GTK and no GResource (its meson.build, and, given a
  build folder, the symbols its static library needs);
- the style sheets carry no colour notes for a CSS reader ("/* on: */");
- every function a public header of app/ declares is used by another
  file of app/ (what only tests use belongs in a -private.h);
- po/POTFILES.in lists every source file that marks text for translation.
"""

import os
import re
import subprocess
import sys

root = os.path.abspath(sys.argv[1])
build = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None

# Each folder of app/ and the folders its files may include from.
LAYERS = {
    'core': {'core'},
    'widgets': {'widgets', 'core'},
    'screens': {'screens', 'widgets', 'core'},
    'layers': {'layers', 'widgets', 'core'},
    'window': {'window', 'screens', 'layers', 'widgets', 'core'},
    '': {'', 'window', 'screens', 'layers', 'widgets', 'core'},
}

MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 80

results = []


def point(ok, name, details=()):
    results.append((ok, name, list(details)))


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def sources(top, exts):
    out = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
        for name in sorted(filenames):
            if name.endswith(exts):
                out.append(os.path.join(dirpath, name))
    return out


def rel(path):
    return os.path.relpath(path, root)


def layer_of(path):
    parts = rel(path).split(os.sep)
    return parts[1] if len(parts) > 2 else ''


app_c = [p for p in sources('app', ('.c',))]
app_h = [p for p in sources('app', ('.h',))]
app_files = app_c + app_h
test_files = sources('tests', ('.c', '.h', '.py', '.sh'))

# File sizes.
long_files = [f"{rel(p)}: {read(p).count(chr(10))} lines" for p in app_c
              if read(p).count('\n') > MAX_FILE_LINES]
point(not long_files, f"no .c file in app/ over {MAX_FILE_LINES} lines ({len(app_c)} files)",
      long_files)
long_tests = [f"{rel(p)}: {read(p).count(chr(10))} lines" for p in test_files
              if read(p).count('\n') > MAX_FILE_LINES]
point(not long_tests, f"no test file over {MAX_FILE_LINES} lines ({len(test_files)} files)",
      long_tests)

# Function sizes: GNU style puts the name at the start of a line and the
# braces of the body alone at the start of their lines.
DEFINITION = re.compile(r'^([a-z_][a-z0-9_]*)\s*\(')
long_functions = []
functions = 0
for path in app_c:
    lines = read(path).split('\n')
    for i, line in enumerate(lines):
        m = DEFINITION.match(line)
        if not m:
            continue
        j = i
        while j < len(lines) and not lines[j].startswith(('{', ';')) and \
                not lines[j].rstrip().endswith(';'):
            j += 1
        if j >= len(lines) or not lines[j].startswith('{'):
            continue
        k = j + 1
        while k < len(lines) and not lines[k].startswith('}'):
            k += 1
        functions += 1
        length = k - i + 1
        if length > MAX_FUNCTION_LINES:
            long_functions.append(f"{rel(path)}:{i + 1}: {m.group(1)} is {length} lines")
point(not long_functions, f"no function in app/ over {MAX_FUNCTION_LINES} lines "
      f"({functions} functions)", long_functions)

# Includes: the module graph and the layer rule.
INCLUDE = re.compile(r'^\s*#\s*include\s+"(kiosk-[a-z0-9-]+)\.h"', re.M)
where = {}
for path in app_files:
    module = os.path.basename(path).rsplit('.', 1)[0]
    where.setdefault(module, layer_of(path))
edges = set()
upward = []
for path in app_files:
    module = os.path.basename(path).rsplit('.', 1)[0]
    base = module[:-len('-private')] if module.endswith('-private') else module
    for included in INCLUDE.findall(read(path)):
        target = included[:-len('-private')] if included.endswith('-private') else included
        if target != base:
            edges.add((base, target))
        layer = where.get(included)
        if layer is not None and layer not in LAYERS[layer_of(path)]:
            upward.append(f"{rel(path)} includes {included}.h from "
                          f"{'app/' + layer if layer else 'app/'}")
tsort = subprocess.run(['tsort'], input=''.join(f"{a} {b}\n" for a, b in sorted(edges)),
                       capture_output=True, text=True)
loops = [line for line in tsort.stderr.splitlines() if line.strip()]
point('loop' not in tsort.stderr, f"the include graph of app/ has no circle ({len(edges)} edges)",
      loops)
point(not upward, "every file includes only its own layer and the layers below it", upward)

# The core: no GTK, no GResource.
core_meson = read(os.path.join(root, 'app', 'core', 'meson.build'))
bad = [w for w in ('gtk_dep', 'gtk4', 'kiosk_resources') if w in core_meson]
point(not bad, "app/core/meson.build names no GTK and no resource bundle", bad)
core_includes = [f"{rel(p)}: {m}" for p in sources('app/core', ('.c', '.h'))
                 for m in re.findall(r'#\s*include\s+<(gtk/[^>]+|gdk/[^>]+)>', read(p))]
point(not core_includes, "no file in app/core/ includes a GTK header", core_includes)
if build is not None:
    lib = os.path.join(build, 'app', 'core', 'libkiosk-core.a')
    nm = subprocess.run(['nm', '-u', lib], capture_output=True, text=True)
    needs = sorted({line.split()[-1] for line in nm.stdout.splitlines()
                    if re.search(r'\b(gtk_|gdk_|g_resources_)', line)})
    point(nm.returncode == 0 and not needs,
          "libkiosk-core.a needs no GTK and no GResource symbol", needs or [nm.stderr.strip()])

# No colour notes for a CSS reader in the style sheets.
notes = [f"{rel(p)}:{n + 1}" for p in sources('ui', ('.css',))
         for n, line in enumerate(read(p).split('\n')) if re.search(r'/\*\s*(on|text):', line)]
point(not notes, "the style sheets carry no /* on: */ or /* text: */ notes", notes)

# Public headers declare only what other code of app/ uses.
PROTOTYPE = re.compile(r'^[A-Za-z_][\w \*]*?\b(kiosk_[a-z0-9_]+)\s*\(', re.M)
texts = {p: read(p) for p in app_files}
unused = []
declared = 0
for header in app_h:
    if header.endswith('-private.h'):
        continue
    own = {header, header[:-2] + '.c'}
    for name in PROTOTYPE.findall(texts[header]):
        # Types and error domains are reached through their macros.
        if name.endswith('_get_type') or name.endswith('_error_quark'):
            continue
        declared += 1
        word = re.compile(r'\b' + name + r'\b')
        if not any(word.search(texts[p]) for p in app_files if p not in own):
            unused.append(f"{rel(header)}: {name}")
point(not unused, f"every function of a public header is used elsewhere in app/ "
      f"({declared} functions)", unused)

# The staff guide names every icon a tile can use, and the icon sheet's
# script (icons/make-contact-sheet.py) groups every one of them.
import importlib.util
spec = importlib.util.spec_from_file_location(
    'contact_sheet', os.path.join(root, 'icons', 'make-contact-sheet.py'))
sheet = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sheet)
shipped = re.findall(r'alias="icons/scalable/actions/kiosk-([a-z0-9-]+)-symbolic\.svg"',
                     read(os.path.join(root, 'ui', 'kiosk.gresource.xml')))
tile_icons = sorted(set(shipped) - sheet.INTERFACE)
guide = read(os.path.join(root, 'content', 'README.md'))
grouped = {name for _, names in sheet.GROUPS for name in names}
unlisted = [n for n in tile_icons if f'`{n}`' not in guide]
ungrouped = [n for n in tile_icons if n not in grouped]
point(not unlisted and os.path.exists(os.path.join(root, 'content', 'guide', 'icons.png')),
      f"content/README.md names every tile icon ({len(tile_icons)}) and shows guide/icons.png",
      unlisted)
point(not ungrouped, "the icon sheet puts every tile icon in a group", ungrouped)

# Translations.
potfiles = {line.strip() for line in read(os.path.join(root, 'po', 'POTFILES.in')).split('\n')
            if line.strip() and not line.startswith('#')}
marked = [rel(p) for p in app_c if re.search(r'\b(_|N_|C_|g_dngettext|ngettext)\s*\(', read(p))]
marked += ['ui/' + n for n in sorted(os.listdir(os.path.join(root, 'ui')))
           if n.endswith('.ui') and 'translatable="yes"' in read(os.path.join(root, 'ui', n))]
missing = [p for p in marked if p not in potfiles]
stale = [p for p in potfiles if not os.path.exists(os.path.join(root, p))]
point(not missing, f"po/POTFILES.in lists every file with translatable text ({len(marked)})",
      missing)
point(not stale, "po/POTFILES.in names only files that exist", stale)

print(f"1..{len(results)}")
for n, (ok, name, details) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {n} - {name}")
    for d in details:
        print(f"# {d}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
