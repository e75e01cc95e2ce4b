#!/usr/bin/python3
"""Drives the running kiosk through AT-SPI, the way a screen reader does.

Run by test-atspi.sh under gui-wrapper.sh (its own Xvfb and D-Bus session;
the AT-SPI bus and registry are D-Bus activated on first use). The kiosk
is started with accessibility on (GTK_A11Y and NO_AT_BRIDGE removed from
its environment only) on a copy of CONTENT_DIR, and then:

- On every screen (home, every tile of home and of every section, the
  glossary, booking, once an open glossary-word popover and once the
  popover of each header/footer menu button) every showing element that
  is actionable (Action interface with an action, or an interactive role)
  or an image must have an accessible name. A name that is only the
  widget's type name ("GtkButton", GTK 4.8's fallback) counts as none.
- The booking QR code is an image named with the booking URL, evidence
  badges on pages are named, Back and Home are named, the glossary words
  are reachable ("Words on this page" buttons under a heading, their
  popover, the glossary's rows).
- Navigation is done only with Atspi.Action.do_action, and each step is
  verified by reading the window name and the header heading over AT-SPI.

Never uses AT-SPI coordinates: GTK 4.8 reports wrong extents.

Prints TAP. Usage: test-atspi.py (env KIOSK_BINARY, CONTENT_DIR), or
test-atspi.py --self-test to check the audit logic on a hand-made tree.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from atspi_util import (Tap, ACTIONABLE_ROLES, has_real_name, NAMED_ROLES,
                        walk_showing, describe, Finding, audit, self_test,
                        import_atspi, Node, wait_for, Kiosk, label_of, find_buttons,
                        in_stack, tiles_on, term_buttons_on, chrome_button,
                        EVIDENCE_TEXT, read_page_meta, prepare_content,
                        PICTURE_PAGE, PICTURE_ALT)


class Run:
    def __init__(self, tap, kiosk, booking_url, clinic, evidence_by_title):
        self.tap = tap
        self.kiosk = kiosk
        self.url = booking_url
        self.clinic = clinic
        self.evidence_by_title = evidence_by_title
        self.counts = []          # (screen, checked, controls, images)
        self.visited = []

    # -- checks ---------------------------------------------------------

    def audit_screen(self, label, frame, reread):
        """Audits the window; @reread gives a fresh (frame, ...) to read
        again when a read failed because the tree changed under it."""
        for attempt in range(3):
            errors = Node.errors
            actionable, unnamed = audit(frame)
            if Node.errors == errors:
                break
            self.tap.diag(f"{label}: {Node.errors - errors} AT-SPI reads failed, reading again")
            time.sleep(0.2)
            frame = (reread() or (frame,))[0]
        buttons = sum(1 for f in actionable if f.node.role in ACTIONABLE_ROLES)
        images = sum(1 for f in actionable if f.node.role in NAMED_ROLES)
        self.counts.append((label, len(actionable), buttons, images))
        real = list(unnamed)
        self.tap.point(not real,
                       f"{label}: all {len(actionable)} actionable elements and images have a name "
                       f"({buttons} controls, {images} images, "
                       f"{len(actionable) - buttons - images} labels/other)"
                       if not real else
                       f"{label}: {len(real)} of {len(actionable)} actionable elements and images "
                       "have no name",
                       [u.report() for u in real])
        return actionable

    def check_page_extras(self, title, frame, screen):
        if title == PICTURE_PAGE[1]:
            pictures = [n for n, _ in walk_showing(screen) if n.role == 'image'
                        and n.name == PICTURE_ALT]
            self.tap.point(bool(pictures), f"{title}: the picture is an image named with its "
                           f"description (“{PICTURE_ALT}”)",
                           [] if pictures else
                           [describe(n) for n, _ in walk_showing(screen) if n.role == 'image'])
        evidence = self.evidence_by_title.get(title)
        if evidence:
            want = EVIDENCE_TEXT.get(evidence, '')
            badges = [n for n, _ in walk_showing(screen)
                      if want and (want in n.text or want in n.name)]
            named = [b for b in badges if has_real_name(b.name) and want in b.name]
            self.tap.point(bool(named), f"{title}: evidence badge “{want}” is exposed and named"
                           + (f" (“{named[0].name}”)" if named else ''),
                           [] if named else
                           [f"found: {describe(b)}" for b in badges] or ['no element with that text'])

    # -- navigation -----------------------------------------------------

    def activate(self, node, what):
        try:
            ok = node.do_action(0)
        except GLib.Error as e:
            ok = False
            self.tap.diag(f"do_action on {what}: {e.message}")
        return ok

    def go(self, node, what, title):
        """Activates node and waits for the screen titled @title."""
        if node is None:
            self.tap.point(False, f"{what}: not found over AT-SPI", [self.kiosk.state()])
            return None
        before = self.kiosk.screen_path()
        if not self.activate(node, what):
            self.tap.point(False, f"{what}: do_action failed")
            return None
        s = self.kiosk.wait_title(title, replacing=before)
        if s is None:
            self.tap.point(False, f"{what} leads to “{title}”",
                           [f"after 10 s: {self.kiosk.state()}"])
        return s

    def go_home(self, via):
        frame, _ = self.kiosk.screen() or (self.kiosk.frame(), None)
        button = chrome_button(frame, 'Home') if via == 'Home' else chrome_button(frame, 'Back')
        s = self.go(button, f"{via} button", self.clinic)
        if s is None:
            return None
        # The title changes first; the Back button hides and the tiles
        # reach the accessibility tree a moment later.
        def settled():
            s = self.kiosk.wait_title(self.clinic, 1)
            if s is None or chrome_button(s[0], 'Back') is not None or not tiles_on(s[1]):
                return None
            return s
        home = wait_for(settled, 5)
        self.tap.point(home is not None, f"{via} returns to the home screen (window and heading "
                       f"read “{self.clinic}”, tiles showing, no Back button)",
                       [] if home is not None else [self.kiosk.state()])
        return home

    def visit_page(self, tile_name, frame, screen):
        if not self.visited:
            # Back and Home show on every screen but home.
            for what in ('Back', 'Home'):
                # The header's buttons can reach the accessibility tree a
                # moment after the page's own content: read it again.
                b = chrome_button(frame, what) or wait_for(
                    lambda: chrome_button(self.kiosk.screen()[0], what), timeout=5.0)
                ok = b is not None and has_real_name(b.name) and what in b.name
                self.tap.point(ok, f"the {what} button is named “{what}” "
                               f"(name “{b.name if b else ''}”)",
                               [] if ok else [Finding(b, ()).report()] if b else ['not found'])
        self.visited.append(tile_name)
        self.audit_screen(tile_name, frame, lambda: self.kiosk.wait_title(tile_name))
        self.check_page_extras(tile_name, frame, screen)

    def menu_popovers_check(self, page):
        """Opens, audits and closes the popover of each menu button in the
        header and footer (a GtkMenuButton: a push button without actions
        around the push button that toggles its popover)."""
        k = self.kiosk
        frame = k.screen()[0]
        menus = [n for n in find_buttons(frame, lambda n, p: not in_stack(p))
                 if n.n_actions == 0 and n.children and n.children[0].role == 'push button']
        for menu in menus:
            name = label_of(menu)
            toggle = menu.children[0]
            self.activate(toggle, f"menu button “{name}”")
            opened = wait_for(lambda: len(Node(menu.acc).children) > 1, 5)
            if not self.tap.point(bool(opened), f"{page}: the menu button “{name}” opens its popover"):
                continue
            self.audit_screen(f"{page} + “{name}” popover", k.screen()[0],
                              lambda: k.wait_title(k.screen()[0].name, 1))
            self.activate(toggle, f"menu button “{name}”")
            closed = wait_for(lambda: len(Node(menu.acc).children) == 1, 5)
            self.tap.point(bool(closed), f"{page}: the menu button “{name}” closes it again")
        return len(menus)

    def popover_check(self, page, frame, screen):
        """Opens one glossary-word popover with its "Words on this page"
        button, audits it, and closes it with its close button."""
        buttons = term_buttons_on(screen)
        if not buttons:
            return False
        button = buttons[0]
        word = label_of(button)
        self.tap.point(all(has_real_name(b.name) for b in buttons),
                       f"{page}: {len(buttons)} “Words on this page” buttons, all named")
        headings = [n for n, p in walk_showing(screen)
                    if n.role == 'heading' and (n.text or n.name) == 'Words on this page']
        self.tap.point(len(headings) == 1,
                       f"{page}: the word buttons come under a heading a screen reader can jump to")
        if not self.activate(button, f"word button “{word}”"):
            self.tap.point(False, f"{page}: word button “{word}” can be activated")
            return True

        def popover_open():
            s = self.kiosk.screen()
            if s is None:
                return None
            for n, p in walk_showing(s[1]):
                if n.role != 'heading' or (n.text or n.name) != word:
                    continue
                # The popover's title heading. The popover is a child of
                # the text view, next to the box of text (a panel).
                for i, a in enumerate(p[:-1]):
                    if a.name == 'KioskMarkdownView' and p[i + 1].role != 'panel':
                        return s[0], p[i + 1]
            return None

        opened = wait_for(popover_open, 5)
        if not self.tap.point(opened is not None,
                              f"{page}: activating “{word}” opens its popover (heading “{word}”)"):
            return True
        frame, pop = opened
        self.audit_screen(f"{page} + popover “{word}”", frame, popover_open)
        close = None
        for n, _ in walk_showing(pop):
            if n.role == 'push button' and 'Close' in (n.name, n.description):
                close = n
        if close is None:
            self.tap.point(False, f"popover “{word}”: a Close button")
            return True
        self.activate(close, 'popover Close button')
        closed = wait_for(lambda: not popover_open(), 5)
        self.tap.point(bool(closed), f"popover “{word}”: Close button closes it")
        return True

    def run(self):
        tap, k = self.tap, self.kiosk

        s = k.wait_title(self.clinic, 15)
        if s is None:
            tap.bail(f"the home screen did not settle: {k.state()}")
        frame, screen = s
        tap.point(True, f"home screen read over AT-SPI (window “{frame.name}”)")
        self.audit_screen('home', frame, lambda: k.wait_title(self.clinic))
        qr = [n for n, _ in walk_showing(screen) if n.role == 'image' and self.url in n.name]
        tap.point(bool(qr), "home: the small booking QR code is an image named with the booking URL",
                  [f"“{qr[0].name}”"] if qr else ())
        top = [label_of(t) for t in tiles_on(screen)]
        tap.point(len(top) > 0, f"home: {len(top)} tiles: {', '.join(top)}")

        self.menu_popovers_check('home')

        popover_done = False
        sections = 0
        via_back = True
        for title in top:
            s = k.screen()
            if s is None:
                tap.bail(f"lost the home screen: {k.state()}")
            tile = next((t for t in tiles_on(s[1]) if label_of(t) == title), None)
            s = self.go(tile, f"home tile “{title}”", title)
            if s is None:
                if self.go_home('Home') is None:
                    tap.bail("cannot get back to the home screen")
                continue
            frame, screen = s
            self.visit_page(title, frame, screen)
            cards = [label_of(t) for t in tiles_on(screen)]
            if not cards:
                # A page: back home with Back and Home in turn.
                if not popover_done:
                    popover_done = self.popover_check(title, frame, screen)
                    if popover_done:
                        frame, screen = k.wait_title(title) or (frame, screen)
                if self.go_home('Back' if via_back else 'Home') is None:
                    if self.go_home('Home') is None:
                        tap.bail("cannot get back to the home screen")
                via_back = not via_back
                continue

            sections += 1
            tap.point(True, f"“{title}” is a section with {len(cards)} tiles")
            for card in cards:
                s = k.screen()
                tile = next((t for t in tiles_on(s[1]) if label_of(t) == card), None) if s else None
                s = self.go(tile, f"“{title}” tile “{card}”", card)
                if s is None:
                    if k.wait_title(title, 1) is None and \
                       self.go(chrome_button(k.frame(), 'Back'), 'Back', title) is None:
                        tap.bail(f"cannot get back to “{title}”")
                    continue
                frame, screen = s
                self.visit_page(card, frame, screen)
                if not popover_done:
                    popover_done = self.popover_check(card, frame, screen)
                back = chrome_button(frame, 'Back')
                s = self.go(back, f"Back from “{card}”", title)
                if s is None:
                    tap.bail(f"Back did not return to “{title}”")
                back_cards = [label_of(t) for t in tiles_on(s[1])]
                tap.point(back_cards == cards,
                          f"Back from “{card}” returns to the section “{title}” "
                          f"(window, heading and its {len(cards)} tiles)",
                          [f"tiles now: {back_cards}"] if back_cards != cards else ())
            if self.go_home('Home') is None:
                tap.bail("cannot get back to the home screen")

        tap.point(sections > 0, f"{sections} sections and {len(self.visited)} screens visited "
                  "from home's tiles")
        if not popover_done:
            tap.point(False, "no page with “Words on this page” found for the popover check")

        # Footer: glossary and booking.
        s = k.screen()
        s = self.go(chrome_button(s[0], 'Glossary'), 'footer Glossary button', 'Glossary')
        if s is not None:
            frame, screen = s
            self.audit_screen('glossary', frame, lambda: k.wait_title('Glossary'))
            rows = [n for n in find_buttons(screen, lambda n, p: True)]
            tap.point(len(rows) > 0 and all(has_real_name(r.name) for r in rows),
                      f"glossary: {len(rows)} word buttons, all named")
            if rows:
                row = rows[0]
                self.activate(row, f"glossary word “{row.name}”")
                opened = wait_for(lambda: row.has_state(Atspi.StateType.EXPANDED), 5)
                tap.point(bool(opened), f"glossary: activating “{row.name}” expands it (EXPANDED state)")

        s = k.screen()
        s = self.go(chrome_button(s[0], 'Book an appointment'), 'footer booking button',
                    'Book an appointment')
        if s is not None:
            frame, screen = s
            self.audit_screen('booking', frame, lambda: k.wait_title('Book an appointment'))
            images = [n for n, _ in walk_showing(screen) if n.role in ('image', 'icon', 'canvas')]
            qr = [n for n in images if self.url in n.name]
            tap.point(bool(qr), "booking: the QR code is an image named with the booking URL "
                      f"from kiosk.ini ({self.url})",
                      [f"“{qr[0].name}”"] if qr else [f"images: {[n.name for n in images]}"])
        self.go_home('Home')

        tap.diag("Elements checked per screen (all showing ones that need a name):")
        for label, total, buttons, images in self.counts:
            tap.diag(f"  {label}: {total} = {buttons} controls + {images} images + "
                     f"{total - buttons - images} labels/other")


def find_app(pid, proc, timeout=20.0):
    def look():
        if proc.poll() is not None:
            return 'exited'
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            a = desktop.get_child_at_index(i)
            try:
                if a is not None and a.get_process_id() == pid and a.get_child_count() > 0:
                    return a
            except GLib.Error:
                pass
        return None
    return wait_for(look, timeout, 0.05)


def main():
    global Atspi, GLib
    tap = Tap()
    self_test(tap)
    if '--self-test' in sys.argv:
        return tap.finish()

    try:
        Atspi, GLib = import_atspi()
    except (ImportError, ValueError) as e:
        tap.bail(f"cannot import gi Atspi ({e}); install python3-gi gir1.2-atspi-2.0")

    binary = os.environ['KIOSK_BINARY']
    content = os.environ['CONTENT_DIR']
    work = tempfile.mkdtemp(prefix='kiosk-atspi-')
    url = 'https://Clinic.Example.org/Book/Now?Clinic=AbC-42&src=Kiosk#Start'
    clinic = 'AT-SPI Test Clinic'
    proc = None
    try:
        prepare_content(content, os.path.join(work, 'content'), url, clinic)
        evidence = {}
        en = os.path.join(work, 'content', 'en')
        for dirpath, _dirs, files in os.walk(en):
            for name in files:
                if name.endswith('.md'):
                    title, ev = read_page_meta(os.path.join(dirpath, name))
                    if title and ev:
                        evidence[title] = ev

        env = dict(os.environ)
        env.pop('GTK_A11Y', None)          # GTK 4 default: atspi
        env.pop('NO_AT_BRIDGE', None)
        if 'KIOSK_G_DEBUG' in env:         # test-atspi.sh keeps the app's own
            env['G_DEBUG'] = env.pop('KIOSK_G_DEBUG')
        log = open(os.path.join(work, 'kiosk.log'), 'w+')
        start = time.monotonic()
        proc = subprocess.Popen([binary, '--content', os.path.join(work, 'content'),
                                 '--lang', 'en', '--size', '1920x1080'],
                                env=env, stdout=log, stderr=subprocess.STDOUT)
        app = find_app(proc.pid, proc)
        if app is None or app == 'exited':
            log.seek(0)
            tap.point(False, "the kiosk appears on the AT-SPI desktop",
                      [log.read()[-3000:] or '(no output)'])
            tap.bail("kiosk not on the AT-SPI desktop")
        tap.point(True, f"the kiosk appears on the AT-SPI desktop "
                  f"({time.monotonic() - start:.1f} s)")

        Run(tap, Kiosk(app), url, clinic, evidence).run()

        alive = proc.poll() is None
        log.seek(0)
        output = log.read()
        tap.point(alive, "the kiosk is still running at the end",
                  [] if alive else [output[-3000:]])
        tap.diag(f"run time {time.monotonic() - start:.1f} s")
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
