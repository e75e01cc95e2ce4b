"""What test-atspi.py uses to read the kiosk as a screen reader does:
TAP output, the audit of accessible names, a thin wrapper over libatspi
nodes, the kiosk process, and a copy of the content to run it on.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# ---------------------------------------------------------------------------
# TAP

class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0
        # test-atspi.sh sends TAP through fd 3 and everything else that
        # might print (D-Bus activated daemons) to stderr.
        fd = os.environ.get('ATSPI_TAP_FD')
        self.out = os.fdopen(int(fd), 'w', buffering=1) if fd else sys.stdout

    def print(self, line):
        print(line, file=self.out, flush=True)

    def point(self, ok, text, details=()):
        self.n += 1
        line = f"{'ok' if ok else 'not ok'} {self.n} - {text}"
        if not ok:
            self.failed += 1
        self.print(line)
        for d in details:
            self.diag(d)
        return ok

    def diag(self, text):
        for line in str(text).splitlines() or ['']:
            self.print(f"# {line}")

    def bail(self, text):
        self.print(f"Bail out! {text}")
        sys.exit(1)

    def finish(self):
        self.print(f"1..{self.n}")
        return 1 if self.failed else 0


# ---------------------------------------------------------------------------
# The audit: pure logic over "nodes", so it can be checked on a fake tree.

# Roles a screen reader user can operate, whatever actions they list.
ACTIONABLE_ROLES = {
    'push button', 'toggle button', 'link', 'check box', 'radio button',
    'menu item', 'check menu item', 'radio menu item', 'slider',
    'spin button', 'entry', 'password text', 'combo box', 'switch',
    'page tab',
}

# GTK 4.8 names an unlabelled widget after its type ("GtkButton").
FALLBACK_NAME = re.compile(r'(Gtk|Gdk|Kiosk|Adw)[A-Z][A-Za-z0-9]*\Z')


def has_real_name(name):
    name = (name or '').strip()
    return name != '' and not FALLBACK_NAME.match(name)


# Not actionable, but what they show is only there for sighted users
# unless they are named (the QR codes, pictures in the text).
NAMED_ROLES = {'image', 'icon', 'canvas'}


def is_actionable(node):
    return node.n_actions > 0 or node.role in ACTIONABLE_ROLES


def needs_name(node):
    return is_actionable(node) or node.role in NAMED_ROLES


def walk_showing(node, path=()):
    """Yields (node, ancestors) for the node and every descendant that is
    showing: VISIBLE with all its ancestors. (GTK 4.8 sets SHOWING on the
    window only; hidden widgets are mostly left out of the tree anyway.)"""
    if not node.visible:
        return
    yield node, path
    for child in node.children:
        yield from walk_showing(child, path + (node,))


def descendant_text(node, limit=80):
    """The text a sighted user sees on an element: its own text, else the
    text of the labels inside it."""
    parts = []

    def collect(n):
        if sum(len(p) for p in parts) > limit:
            return
        if n.text:
            parts.append(n.text)
            return
        for c in n.children:
            if c.visible:
                collect(c)

    collect(node)
    text = ' | '.join(p.strip() for p in parts if p.strip())
    return text if len(text) <= limit else text[:limit - 1] + '…'


def describe(node):
    bits = [node.role]
    if node.name:
        bits.append(repr(node.name))
    return ' '.join(bits)


def path_string(path):
    """Ancestors from the window down; nameless panels and fillers are
    left out to keep it readable."""
    shown = [describe(a) for a in path
             if a.role != 'application' and (a.name or a.role not in ('panel', 'filler'))]
    return ' > '.join(shown) if shown else '(top)'


class Finding:
    def __init__(self, node, path):
        self.node = node
        self.path = path
        self.text = descendant_text(node)

    def in_ancestor_named(self, name):
        return any(a.name == name for a in self.path)

    def report(self):
        d = self.node.description
        actions = getattr(self.node, 'action_names', [])
        return (f"{describe(self.node)}, text “{self.text}”"
                + (f", description “{d}”" if d else '')
                + (f", actions {', '.join(actions)}" if actions else '')
                + f"\n  at {path_string(self.path)}")


def audit(root):
    """Returns (checked, unnamed): lists of Finding, for every showing
    element that needs a name (actionable ones and images)."""
    actionable, unnamed = [], []
    for node, path in walk_showing(root):
        if not needs_name(node):
            continue
        f = Finding(node, path)
        actionable.append(f)
        if not has_real_name(node.name):
            unnamed.append(f)
    return actionable, unnamed


# ---------------------------------------------------------------------------
# Self-test of the audit logic on a hand-made tree (no display needed).

class FakeNode:
    def __init__(self, role, name='', children=(), n_actions=0, text='',
                 visible=True, description=''):
        self.role, self.name, self.children = role, name, list(children)
        self.n_actions, self.text, self.visible = n_actions, text, visible
        self.description = description


def self_test(tap):
    label = lambda t: FakeNode('label', t, text=t, n_actions=8)
    tree = FakeNode('frame', 'Clinic', n_actions=3, children=[
        FakeNode('panel', children=[
            FakeNode('push button', 'Therapies', n_actions=1, children=[label('Therapies')]),
            FakeNode('push button', '', n_actions=1, children=[FakeNode('panel')]),
            FakeNode('push button', 'GtkButton', n_actions=1, description='Close'),
            FakeNode('push button', 'GtkButton', n_actions=1, children=[label('Glossary')]),
            FakeNode('toggle button', '', n_actions=0),
            FakeNode('label', '', n_actions=8),
            FakeNode('push button', '', n_actions=1, visible=False),
            FakeNode('panel', visible=False, children=[FakeNode('push button', '', n_actions=1)]),
            FakeNode('image', 'QR code to book: https://example.org'),
            FakeNode('image', 'GtkPicture', description='Our front desk'),
            FakeNode('panel', 'GtkBox'),
        ]),
    ])
    actionable, unnamed = audit(tree)
    tap.point(len(actionable) == 11,
              f"self-test: 11 actionable elements and images found ({len(actionable)})")
    reports = [u.report() for u in unnamed]
    ok = (len(unnamed) == 6
          and any('text “Glossary”' in r for r in reports)
          and any('description “Close”' in r for r in reports)
          and any("image 'GtkPicture'" in r for r in reports)
          and all("frame 'Clinic'" in r for r in reports))
    tap.point(ok, "self-test: the 6 unnamed ones (empty or type-name) are reported with role, "
              "path and text", reports if not ok else ())
    tap.point(not any(has_real_name(n) for n in ('', '  ', 'GtkButton', 'KioskHomeScreen'))
              and all(has_real_name(n) for n in ('Back', 'Gtk', 'FDA', 'Stem cell')),
              "self-test: type names count as no name")


# ---------------------------------------------------------------------------
# AT-SPI access

# Set by import_atspi(): the gi modules, imported only when there is a bus.
Atspi = None
GLib = None


def import_atspi():
    global Atspi, GLib
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi, GLib
    return Atspi, GLib


Atspi = GLib = None


class Node:
    """An AT-SPI accessible, each property read over D-Bus once."""

    errors = 0   # failed reads: the tree changed while it was read

    def __init__(self, acc):
        self.acc = acc
        self._cache = {}

    def _get(self, key, fn, default):
        if key not in self._cache:
            try:
                self._cache[key] = fn()
            except GLib.Error:
                Node.errors += 1
                self._cache[key] = default
        return self._cache[key]

    @property
    def role(self):
        return self._get('role', lambda: self.acc.get_role_name() or '', '')

    @property
    def name(self):
        return self._get('name', lambda: self.acc.get_name() or '', '')

    @property
    def description(self):
        return self._get('description', lambda: self.acc.get_description() or '', '')

    @property
    def interfaces(self):
        return self._get('ifaces', lambda: set(self.acc.get_interfaces()), set())

    @property
    def visible(self):
        return self._get('visible', lambda: self.acc.get_state_set().contains(
            Atspi.StateType.VISIBLE), False)

    def has_state(self, state):
        try:
            return self.acc.get_state_set().contains(state)
        except GLib.Error:
            return False

    @property
    def n_actions(self):
        if 'Action' not in self.interfaces:
            return 0
        return self._get('n_actions', lambda: Atspi.Action.get_n_actions(self.acc), 0)

    @property
    def action_names(self):
        return self._get('action_names', lambda: [
            Atspi.Action.get_action_name(self.acc, i) for i in range(self.n_actions)], [])

    @property
    def text(self):
        if 'Text' not in self.interfaces:
            return ''

        def read():
            # get_text (0, -1) gives '' in GTK 4.8: ask for the real count.
            return Atspi.Text.get_text(self.acc, 0, Atspi.Text.get_character_count(self.acc))
        return self._get('text', read, '')

    @property
    def children(self):
        def read():
            out = []
            for i in range(self.acc.get_child_count()):
                c = self.acc.get_child_at_index(i)
                if c is not None:
                    out.append(Node(c))
            return out
        return self._get('children', read, [])

    @property
    def path(self):
        return self.acc.path

    def do_action(self, index=0):
        return Atspi.Action.do_action(self.acc, index)


def wait_for(predicate, timeout=10.0, interval=0.02):
    """Polls predicate() (fresh AT-SPI reads each time) until it returns a
    true value; returns it, or None on timeout."""
    end = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except GLib.Error:
            value = None
        if value:
            return value
        if time.monotonic() > end:
            return None
        time.sleep(interval)


# ---------------------------------------------------------------------------
# The kiosk's screen, read over AT-SPI

class Kiosk:
    def __init__(self, app_acc):
        self.app = app_acc

    def frame(self):
        app = Node(self.app)
        for c in app.children:
            if c.role == 'frame' and c.visible:
                return c
        return None

    def stack(self, frame):
        """The GtkStack: the node whose children are the stack pages."""
        for node, _ in walk_showing(frame):
            kids = node.children
            if kids and all(k.name == 'GtkStackPage' for k in kids):
                return node
        return None

    def screen(self):
        """(frame, current screen node) once exactly one stack page is
        left (a cross-fade keeps the old one for a moment), else None."""
        frame = self.frame()
        if frame is None:
            return None
        stack = self.stack(frame)
        if stack is None or len(stack.children) != 1:
            return None
        page = stack.children[0]
        if not page.children:
            return None
        return frame, page.children[0]

    @staticmethod
    def header_heading(frame):
        """The text of the first heading outside the stack: the title in
        the header bar."""
        def find(node):
            if node.name == 'GtkStackPage' or not node.visible:
                return None
            if node.role == 'heading':
                return node
            for c in node.children:
                h = find(c)
                if h is not None:
                    return h
            return None
        h = find(frame)
        return (h.text or h.name) if h is not None else None

    def screen_path(self):
        """The D-Bus path of the current screen, to tell it from the next."""
        s = self.screen()
        return s[1].path if s else None

    def wait_title(self, title, timeout=10.0, replacing=None):
        """Waits until the window name and the header heading both read
        @title and the screen has settled; returns (frame, screen).
        With @replacing (a screen_path() from before the action), also
        until that screen is gone: the window title changes at once, but
        the old screen can still be the only one in the tree for a moment
        (the new one not announced yet, the old one fading out)."""
        def check():
            s = self.screen()
            if s is None:
                return None
            frame, screen = s
            if replacing is not None and screen.path == replacing:
                return None
            if frame.name != title or self.header_heading(frame) != title:
                return None
            return s
        return wait_for(check, timeout)

    def state(self):
        s = self.screen()
        if s is None:
            return 'no settled screen'
        frame, _ = s
        return f"window “{frame.name}”, header heading “{self.header_heading(frame)}”"


def first_text(node):
    """The first text inside node (a tile's title), depth first."""
    if node.text:
        return node.text.strip()
    for c in node.children:
        if c.visible:
            t = first_text(c)
            if t:
                return t
    return ''


def label_of(node):
    """What a button says: its name, or when that is missing (already
    reported by the audit) the first text in it, which is what a tile's
    page is titled."""
    return node.name if has_real_name(node.name) else first_text(node)


def find_buttons(root, where):
    """Push buttons under root for which where(node, path) holds."""
    return [n for n, p in walk_showing(root) if n.role == 'push button' and where(n, p)]


def in_stack(path):
    return any(a.name == 'GtkStackPage' for a in path)


def in_markdown(path):
    return any(a.name == 'KioskMarkdownView' for a in path)


def tiles_on(screen):
    """The page tiles of a home or section screen: buttons in a flow box
    cell that are not the "Words on this page" buttons of the text."""
    return find_buttons(screen, lambda n, p: p and p[-1].role == 'table cell'
                        and not in_markdown(p))


def term_buttons_on(screen):
    return find_buttons(screen, lambda n, p: p and p[-1].role == 'table cell' and in_markdown(p))


def chrome_button(frame, text):
    """A header or footer button (outside the stack) saying @text, by its
    name, its description (tooltip) or its text."""
    for n in find_buttons(frame, lambda n, p: not in_stack(p)):
        if text in (n.name, n.description, descendant_text(n), first_text(n)):
            return n
    return None


# ---------------------------------------------------------------------------
# Content: what the test expects to find, read from the copy of CONTENT_DIR

EVIDENCE_TEXT = {
    'established': 'Established treatment exists',
    'some-evidence': 'Some evidence, still being studied',
    'experimental': 'Experimental: clinical trials only',
    'no-evidence': 'No good evidence',
}


def read_page_meta(path):
    """(title, evidence key or None) of a Markdown page."""
    title, evidence = None, None
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.match(r'\s*<!--(.*?)-->', text, re.S)
    if m:
        for line in m.group(1).splitlines():
            k, _, v = line.partition('=')
            if k.strip() == 'evidence':
                evidence = v.strip()
    m = re.search(r'^#\s+(.+?)\s*#*\s*$', text, re.M)
    if m:
        title = m.group(1)
    return title, evidence


# A picture the run adds to a page: a screen reader must say what it shows.
PICTURE_PAGE = ('en/50-your-visit.md', 'Your visit')
PICTURE_ALT = 'A nurse measuring blood pressure at the front desk'


def write_png(path, width, height, rgb):
    """A plain one-colour PNG, written without any imaging library."""
    import struct
    import zlib

    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body))

    row = b'\x00' + bytes(rgb) * width
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n'
                + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(row * height))
                + chunk(b'IEND', b''))


def prepare_content(src, dst, url, clinic):
    shutil.copytree(src, dst)
    os.makedirs(os.path.join(dst, 'images'), exist_ok=True)
    write_png(os.path.join(dst, 'images', 'front-desk.png'), 480, 320, (40, 120, 90))
    with open(os.path.join(dst, PICTURE_PAGE[0]), 'a', encoding='utf-8') as f:
        f.write(f'\n![{PICTURE_ALT}](images/front-desk.png)\n')
    ini = os.path.join(dst, 'kiosk.ini')
    with open(ini, encoding='utf-8') as f:
        lines = f.read().splitlines()
    out, section = [], None
    for line in lines:
        s = line.strip()
        if s.startswith('['):
            section = s
        elif section == '[clinic]' and re.match(r'name(\[.*\])?\s*=', s):
            if s.startswith('name='):
                out.append(f'name={clinic}')
            continue
        elif section == '[clinic]' and s.startswith('booking-url'):
            out.append(f'booking-url={url}')
            continue
        elif section == '[kiosk]' and re.match(r'(idle-timeout|attract|mode)\s*=', s):
            continue
        out.append(line)
        if s == '[kiosk]':
            # No idle reset or attract screen in the middle of the run.
            out.append('idle-timeout=86400')
    with open(ini, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


# ---------------------------------------------------------------------------
# The run
