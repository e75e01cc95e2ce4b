#!/usr/bin/env python3
"""Draws content/guide/icons.png: every tile icon the kiosk ships, with its
name under it, so that clinic staff can pick an `icon =` name by sight.

Usage (from anywhere): python3 icons/make-contact-sheet.py [OUTPUT.png]

The icons are read from ui/kiosk.gresource.xml, the same list the kiosk
accepts, so a new icon shows up on the next run without editing this file.
It is put in its group below, or under "More" if no group names it.
Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's montage.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GRESOURCE = os.path.join(ROOT, 'ui', 'kiosk.gresource.xml')
DEFAULT_OUTPUT = os.path.join(ROOT, 'content', 'guide', 'icons.png')

# Interface icons: the kiosk's own buttons and screens use them, and a tile
# showing one would look like a button, so they are left off the sheet
# (content/README.md does not list them either).
#   back, back-rtl  the Back button (back-rtl: its right-to-left form)
#   close           closes a pop-up
#   expand          "More below" on long pages
#   contrast        the high-contrast switch
#   text-size       the larger-text switch
#   read-aloud      Read aloud
#   stop            stops reading aloud
#   reload          the staff panel's reload
#   staff           the key of the staff panel
#   home            the Home button
#   qr              the QR code of the booking screen
# The app icon (org.clinickiosk.ClinicKiosk.svg) is not a kiosk-NAME icon
# and never appears in the list at all.
INTERFACE = {'back', 'back-rtl', 'close', 'expand', 'contrast', 'text-size',
             'read-aloud', 'stop', 'reload', 'staff', 'home', 'qr'}

# The same groups as the icon list in content/README.md.
GROUPS = [
    ('Body and health problems', [
        'bone', 'joint', 'knee', 'hip', 'shoulder', 'elbow', 'hand', 'foot', 'spine',
        'heart', 'lungs', 'organs', 'stomach', 'brain', 'eye', 'ear', 'tooth', 'skin',
        'immune', 'allergy', 'diabetes', 'cancer', 'fatigue', 'mens-health',
        'pregnancy', 'child']),
    ('Treatments and tests', [
        'therapies', 'medicine', 'pharmacy', 'injection', 'vaccine', 'physiotherapy',
        'exercise', 'sports', 'walking-aid', 'bandage', 'thermometer', 'stethoscope',
        'conditions', 'x-ray', 'scan', 'regenerative', 'stem-cell', 'exosome',
        'cytokine', 'platelet', 'peptide', 'transplant', 'combination',
        'building-blocks', 'how-it-works']),
    ('Visit, people and practical things', [
        'visit', 'booking', 'calendar', 'clock', 'timeline', 'clinic', 'map', 'phone',
        'costs', 'insurance', 'wheelchair', 'nurse', 'family', 'questions', 'question',
        'info', 'glossary', 'language']),
]

ICON_PX = 80      # each icon is drawn this big
COLUMNS = 9
ALIAS = re.compile(r'^icons/scalable/actions/kiosk-([a-z0-9-]+)-symbolic\.svg$')


def tile_icons():
    """name -> SVG path, for every kiosk icon in the bundle but the interface ones."""
    icons = {}
    for element in ElementTree.parse(GRESOURCE).iter('file'):
        match = ALIAS.match(element.get('alias', ''))
        if match and match.group(1) not in INTERFACE:
            icons[match.group(1)] = os.path.normpath(
                os.path.join(os.path.dirname(GRESOURCE), element.text.strip()))
    return icons


def font():
    """A font file for the labels; ImageMagick's default may be missing."""
    if shutil.which('fc-match'):
        for family in ('DejaVu Sans', 'Cantarell', 'sans-serif'):
            path = subprocess.run(['fc-match', '-f', '%{file}', family],
                                  capture_output=True, text=True).stdout.strip()
            if path and os.path.exists(path):
                return path
    return None


def run(args):
    subprocess.run(args, check=True)


def main():
    output = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    for tool in ('rsvg-convert', 'montage'):
        if not shutil.which(tool):
            sys.exit(f'{tool} is missing (Debian: apt-get install librsvg2-bin imagemagick)')
    icons = tile_icons()
    grouped = [(title, [n for n in names if n in icons]) for title, names in GROUPS]
    named = {n for _, names in grouped for n in names}
    rest = sorted(set(icons) - named)
    if rest:
        grouped.append(('More', rest))
    label_font = font()
    font_args = ['-font', label_font] if label_font else []

    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for number, (title, names) in enumerate(grouped):
            if not names:
                continue
            pngs = []
            for name in sorted(names):
                png = os.path.join(tmp, f'{name}.png')
                run(['rsvg-convert', '-w', str(ICON_PX), '-h', str(ICON_PX),
                     '-b', 'white', '-o', png, icons[name]])
                pngs.append(png)
            part = os.path.join(tmp, f'group-{number}.png')
            run(['montage', *font_args, '-background', 'white', '-fill', '#241f31',
                 '-pointsize', '15', '-label', '%t', *pngs,
                 '-tile', f'{COLUMNS}x', '-geometry', f'{ICON_PX}x{ICON_PX}+28+10',
                 '-title', title, part])
            parts.append(part)
        os.makedirs(os.path.dirname(output), exist_ok=True)
        run(['montage', *font_args, '-background', 'white', *parts,
             '-tile', '1x', '-geometry', '+0+12', '-gravity', 'West',
             '-colors', '32', '-depth', '8', '-strip', f'PNG8:{output}'])
    count = sum(len(names) for _, names in grouped)
    print(f'{output}: {count} icons, {os.path.getsize(output) // 1024} KB')


if __name__ == '__main__':
    main()
