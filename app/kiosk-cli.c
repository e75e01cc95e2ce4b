/* kiosk-cli.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <cmark.h>
#include <qrencode.h>

#include "kiosk-cli.h"
#include "kiosk-content.h"
#include "kiosk-pin.h"
#include "kiosk-speech.h"

/**
 * kiosk_cli_default_content_dir:
 *
 * Returns: (transfer full): the installed content folder or, when running
 *   from the build tree, the bundled one
 */
char *
kiosk_cli_default_content_dir (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "content", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  return g_strdup (SOURCE_CONTENT_DIR);
}

/**
 * kiosk_cli_print_version:
 * @toolkit: a line naming the toolkit's version
 *
 * Prints the kiosk's version and those of the libraries it uses.
 */
void
kiosk_cli_print_version (const char *toolkit)
{
  g_print ("clinic-kiosk %s\n", PACKAGE_VERSION);
  g_print ("%s\n", toolkit);
  g_print ("GLib %u.%u.%u\n", glib_major_version, glib_minor_version, glib_micro_version);
  g_print ("cmark %s (built with %s)\n", cmark_version_string (), CMARK_VERSION_STRING);
  g_print ("libqrencode %s\n", QRcode_APIVersionString ());
}

/* A line from standard input, not echoed on a terminal. */
static char *
read_pin_line (const char *prompt)
{
  struct termios saved, quiet;
  gboolean tty = isatty (STDIN_FILENO);
  char buffer[64] = { 0 };
  char *line;

  if (tty)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &saved);
      quiet = saved;
      quiet.c_lflag &= ~ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  line = fgets (buffer, sizeof buffer, stdin);
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
      g_printerr ("\n");
    }
  if (line == NULL)
    return NULL;
  g_strchomp (buffer);
  line = g_strdup (buffer);
  memset (buffer, 0, sizeof buffer);
  return line;
}

/**
 * kiosk_cli_hash_pin:
 *
 * Reads a staff PIN (twice on a terminal) and prints the staff-pin line
 * for kiosk.ini.
 *
 * Returns: the exit status
 */
int
kiosk_cli_hash_pin (void)
{
  g_autofree char *pin = read_pin_line (_("Staff PIN (4 to 12 digits): "));
  g_autofree char *again = NULL;
  g_autofree char *hash = NULL;

  if (pin == NULL || !kiosk_pin_is_valid (pin))
    {
      g_printerr (_("A staff PIN is 4 to 12 digits, nothing else.\n"));
      return 1;
    }
  if (isatty (STDIN_FILENO))
    {
      again = read_pin_line (_("The same PIN again: "));
      if (again == NULL || strcmp (pin, again) != 0)
        {
          g_printerr (_("The two PINs are not the same; nothing was printed.\n"));
          return 1;
        }
    }

  hash = kiosk_pin_hash (pin);
  g_print ("staff-pin=%s\n", hash);
  if (isatty (STDIN_FILENO))
    g_printerr (_("Paste that line into the [kiosk] group of kiosk.ini.\n"));
  return 0;
}

/* Read aloud needs a voice of each language; espeak-ng has none for some
 * (Somali, for one), and there the button is not shown. */
static void
warn_missing_voices (KioskContent *content)
{
  const KioskConfig *config = kiosk_content_get_config (content);

  if (!kiosk_speech_is_supported ())
    return;
  for (guint i = 0; config->languages[i] != NULL; i++)
    if (!kiosk_speech_has_voice (config->languages[i]))
      kiosk_diagnostics_add (kiosk_content_get_diagnostics (content), KIOSK_SEVERITY_WARNING,
                             KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (config->text, "kiosk", "languages"),
                             _("the kiosk has no voice to read “%s” aloud, so its pages in that "
                               "language have no Read aloud button"), config->languages[i]);
}

/**
 * kiosk_cli_check:
 * @dir: a content folder
 *
 * Prints one `FILE:LINE: error|warning: message` line per problem.
 *
 * Returns: the exit status: 0 without errors, 1 with errors
 */
int
kiosk_cli_check (const char *dir)
{
  g_autoptr(KioskContent) content = kiosk_content_load (dir);
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (content);
  guint count, errors;

  warn_missing_voices (content);
  count = kiosk_diagnostics_get_count (diagnostics);
  errors = kiosk_diagnostics_count_errors (diagnostics);

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *line = kiosk_diagnostic_format (kiosk_diagnostics_get (diagnostics, i), dir);
      g_print ("%s\n", line);
    }

  g_printerr (dngettext (GETTEXT_PACKAGE, "%s: %u error, ", "%s: %u errors, ", errors),
              dir, errors);
  g_printerr (dngettext (GETTEXT_PACKAGE, "%u warning\n", "%u warnings\n", count - errors),
              count - errors);

  return errors > 0 ? 1 : 0;
}
