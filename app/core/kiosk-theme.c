/* kiosk-theme.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-theme"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kiosk-colour.h"
#include "kiosk-theme.h"
#include "kiosk-theme-private.h"

/* The kiosk's colours and text sizes, without GTK. The palette is made
 * here: the clinic's three colours from kiosk.ini (or, in high contrast,
 * a fixed set), the kiosk's own greys, and the shades derived from them.
 * The style sheet only names these colours, so the colours checked here
 * are the colours drawn. What GTK finally draws is measured by the GUI
 * contrast test. */

typedef enum
{
  ROLE_PRIMARY,
  ROLE_ACCENT,
  ROLE_BACKGROUND,
  ROLE_ON_PRIMARY,
  ROLE_TEXT,
  ROLE_MUTED,
  ROLE_CARD,
  N_ROLES
} Role;

/* The roles kiosk.ini sets come first. */
#define N_CLINIC_ROLES 3

static const struct
{
  const char *name;        /* in the style sheet, after @ */
  const char *key;         /* in kiosk.ini's [theme] */
  const char *fixed;       /* the kiosk's own colour */
  const char *high;        /* in high contrast */
} roles[N_ROLES] = {
  { "kiosk_primary", "primary", NULL, "#0b3954" },
  { "kiosk_accent", "accent", NULL, "#6b2700" },
  { "kiosk_background", "background", NULL, "#ffffff" },
  { "kiosk_on_primary", NULL, "#ffffff", "#ffffff" },
  { "kiosk_text", NULL, "#1b2a2f", "#000000" },
  { "kiosk_muted", NULL, "#3b4a50", "#1f1f1f" },
  { "kiosk_card", NULL, "#ffffff", "#ffffff" },
};

/* The shades the style sheet draws, by name: buttons darken when hovered
 * and pressed, tiles and cards when pressed. */
static const struct
{
  const char *name;
  Role        of;
  double      factor;
} shades[] = {
  { "kiosk_primary_shade_90", ROLE_PRIMARY, 0.9 },
  { "kiosk_primary_shade_86", ROLE_PRIMARY, 0.86 },
  { "kiosk_primary_shade_78", ROLE_PRIMARY, 0.78 },
  { "kiosk_primary_shade_70", ROLE_PRIMARY, 0.7 },
  { "kiosk_card_shade_94", ROLE_CARD, 0.94 },
  { "kiosk_card_shade_88", ROLE_CARD, 0.88 },
};

/*
 * The palette
 */

static void
get_palette (const KioskConfig *config,
             gboolean           high_contrast,
             KioskColour        palette[N_ROLES])
{
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();
  const char *clinic[N_CLINIC_ROLES] = { config->primary, config->accent, config->background };
  const char *fallback[N_CLINIC_ROLES] = { defaults->primary, defaults->accent,
                                           defaults->background };

  for (Role role = 0; role < N_ROLES; role++)
    {
      const char *value = high_contrast ? roles[role].high : roles[role].fixed;

      if (!high_contrast && role < N_CLINIC_ROLES)
        value = clinic[role] != NULL && kiosk_config_is_colour (clinic[role]) ? clinic[role]
                                                                              : fallback[role];
      if (!kiosk_colour_parse (value, &palette[role]))
        g_assert_not_reached ();
    }
}

/**
 * kiosk_theme_get_palette_css:
 * @config: (nullable): the settings with the clinic's colours
 * @high_contrast: whether to use the high-contrast colours instead
 *
 * Returns: (transfer full): one `@define-color` line for every colour
 *   the style sheet names
 */
char *
kiosk_theme_get_palette_css (const KioskConfig *config,
                             gboolean           high_contrast)
{
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();
  KioskColour palette[N_ROLES];
  GString *css = g_string_new (high_contrast ? "/* High contrast */\n"
                                             : "/* The clinic's colours */\n");

  get_palette (config != NULL ? config : defaults, high_contrast, palette);
  for (Role role = 0; role < N_ROLES; role++)
    {
      g_autofree char *hex = kiosk_colour_format (&palette[role]);

      g_string_append_printf (css, "@define-color %s %s;\n", roles[role].name, hex);
    }
  for (guint i = 0; i < G_N_ELEMENTS (shades); i++)
    {
      KioskColour shade = kiosk_colour_shade (&palette[shades[i].of], shades[i].factor);
      g_autofree char *hex = kiosk_colour_format (&shade);

      g_string_append_printf (css, "@define-color %s %s;\n", shades[i].name, hex);
    }
  return g_string_free (css, FALSE);
}

/*
 * Text size
 */

/* Far above any text a screen shows. */
#define MAX_FONT_SIZE 100000

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

/**
 * kiosk_theme_scale_font_sizes:
 * @css: a style sheet
 * @length: the length of @css, or -1 when it ends with a NUL
 * @text_scale: the factor, 1.0 for the normal size
 *
 * Multiplies every `font-size: Npx` by @text_scale, rounded to whole
 * pixels. Margins, paddings, minimum sizes and icons keep their size:
 * the layout grows around the larger text.
 *
 * Returns: (transfer full): the style sheet with the new sizes
 */
char *
kiosk_theme_scale_font_sizes (const char *css,
                              gssize      length,
                              double      text_scale)
{
  static const char property[] = "font-size";
  GString *out;
  const char *p, *end;

  g_return_val_if_fail (css != NULL, NULL);

  if (length < 0)
    length = strlen (css);
  if (G_APPROX_VALUE (text_scale, 1.0, 0.0001))
    return g_strndup (css, length);
  end = css + length;
  out = g_string_sized_new (length + 64);

  for (p = css; p < end;)
    {
      const char *q = p + strlen (property);
      const char *number;
      double value;
      char *number_end;

      if ((gsize) (end - p) <= strlen (property) || strncmp (p, property, strlen (property)) != 0 ||
          (p > css && is_name_char (p[-1])))
        {
          g_string_append_c (out, *p++);
          continue;
        }

      while (q < end && (*q == ' ' || *q == '\t'))
        q++;
      if (q >= end || *q != ':')
        {
          g_string_append_len (out, p, q - p);
          p = q;
          continue;
        }
      q++;
      while (q < end && (*q == ' ' || *q == '\t'))
        q++;
      number = q;
      while (q < end && (g_ascii_isdigit (*q) || *q == '.'))
        q++;
      if (q == number || end - q < 2 || strncmp (q, "px", 2) != 0 ||
          (end - q > 2 && is_name_char (q[2])))
        {
          g_string_append_len (out, p, q - p);
          p = q;
          continue;
        }

      {
        g_autofree char *text = g_strndup (number, q - number);

        value = round (g_ascii_strtod (text, &number_end) * text_scale);
      }
      /* A size no style sheet means (past any int) is left as written. */
      if (!(value >= 0 && value <= MAX_FONT_SIZE))
        {
          g_string_append_len (out, p, q - p);
          p = q;
          continue;
        }
      g_string_append_len (out, p, number - p);
      g_string_append_printf (out, "%d", (int) value);
      p = q;
    }

  return g_string_free (out, FALSE);
}

/*
 * The style sheet
 */

/**
 * kiosk_theme_build_css:
 * @base_css: the kiosk's style sheet, style.css
 * @length: the length of @base_css, or -1 when it ends with a NUL
 * @high_contrast_css: (nullable): the rules added in high contrast
 * @config: (nullable): the settings with the clinic's colours
 * @text_scale: 1.0 for the normal text size, up to 2.0
 * @high_contrast: whether to use the high-contrast colours
 *
 * Puts together the style sheet the kiosk loads: the palette as
 * `@define-color` lines, then @base_css with its text sizes scaled and,
 * in high contrast, @high_contrast_css. In high contrast the clinic's
 * colours are left out: a fixed palette takes their place.
 *
 * Returns: (transfer full): the style sheet
 */
char *
kiosk_theme_build_css (const char        *base_css,
                       gssize             length,
                       const char        *high_contrast_css,
                       const KioskConfig *config,
                       double             text_scale,
                       gboolean           high_contrast)
{
  g_autofree char *palette = NULL;
  g_autofree char *scaled = NULL;
  GString *css;

  g_return_val_if_fail (base_css != NULL, NULL);

  /* CLAMP lets NaN through. */
  text_scale = isnan (text_scale) ? KIOSK_THEME_MIN_TEXT_SCALE
                                  : CLAMP (text_scale, KIOSK_THEME_MIN_TEXT_SCALE,
                                           KIOSK_THEME_MAX_TEXT_SCALE);
  palette = kiosk_theme_get_palette_css (config, high_contrast);
  scaled = kiosk_theme_scale_font_sizes (base_css, length, text_scale);
  css = g_string_new (palette);
  g_string_append_c (css, '\n');
  g_string_append (css, scaled);
  if (high_contrast && high_contrast_css != NULL)
    {
      g_autofree char *extra = kiosk_theme_scale_font_sizes (high_contrast_css, -1, text_scale);

      g_string_append_c (css, '\n');
      g_string_append (css, extra);
    }
  return g_string_free (css, FALSE);
}

/*
 * Checking the clinic's colours
 */

/* The text the style sheet draws in a colour that depends on the clinic's,
 * or on a background that does: a text colour on a background that may
 * be shaded (factor below 1) and may carry a tint of the primary colour
 * (its opacity). Text drawn in fixed colours on fixed backgrounds does not
 * change with kiosk.ini; the GUI contrast test measures it. */
static const struct
{
  Role   text;
  Role   background;
  double shade;
  double tint;
} text_pairs[] = {
  { ROLE_ON_PRIMARY, ROLE_PRIMARY, 1, 0 },       /* header, primary buttons */
  { ROLE_ON_PRIMARY, ROLE_PRIMARY, 0.9, 0 },     /* a header button, hovered */
  { ROLE_ON_PRIMARY, ROLE_PRIMARY, 0.86, 0 },    /* header buttons */
  { ROLE_ON_PRIMARY, ROLE_PRIMARY, 0.78, 0 },    /* hovered */
  { ROLE_ON_PRIMARY, ROLE_PRIMARY, 0.7, 0 },     /* pressed */
  { ROLE_PRIMARY, ROLE_CARD, 1, 0 },             /* headings and icons on cards */
  { ROLE_PRIMARY, ROLE_ON_PRIMARY, 1, 0 },       /* the chosen language */
  { ROLE_PRIMARY, ROLE_BACKGROUND, 1, 0 },       /* headings on the page */
  { ROLE_PRIMARY, ROLE_CARD, 0.94, 0 },          /* a pressed tile */
  { ROLE_PRIMARY, ROLE_CARD, 1, 0.16 },          /* footer and popover buttons, pressed */
  { ROLE_PRIMARY, ROLE_CARD, 0.94, 0.08 },       /* a hovered button on a pressed tile */
  { ROLE_TEXT, ROLE_BACKGROUND, 1, 0 },          /* page text */
  { ROLE_MUTED, ROLE_BACKGROUND, 1, 0 },         /* notes on the page */
  { ROLE_TEXT, ROLE_CARD, 1, 0.16 },             /* the chosen text size, a pressed word */
  { ROLE_TEXT, ROLE_BACKGROUND, 1, 0.16 },       /* a pressed word on the page */
  { ROLE_MUTED, ROLE_CARD, 1, 0.06 },            /* summaries on a hovered tile */
  { ROLE_ACCENT, ROLE_CARD, 1, 0 },              /* tile icons */
};

typedef struct
{
  const char *as_text;
  const char *as_background;
  const char *as_tint;
} ColourWords;

/* In the order of Role. */
static const ColourWords colour_words[] = {
  { N_("text in the primary colour"), N_("the primary colour"),
    N_("a shade of the primary colour") },
  { N_("icons in the accent colour"), N_("the accent colour"),
    N_("a shade of the accent colour") },
  { N_("text in the background colour"), N_("the background colour"),
    N_("a shade of the background colour") },
  { N_("white text"), N_("the white buttons"),
    N_("a lighter shade of the primary colour") },
  { N_("dark text"), N_("dark grey"), N_("a light grey") },
  { N_("grey text"), N_("grey"), N_("a light grey") },
  { N_("white text"), N_("the white cards"), N_("a light grey") },
};

/* The words for a colour, as text or as a background, or for a tint or
 * shade of it. */
static const char *
describe (Role     role,
          gboolean as_background,
          gboolean tinted)
{
  const ColourWords *words = &colour_words[role];

  if (tinted)
    return _(words->as_tint);
  return as_background ? _(words->as_background) : _(words->as_text);
}

/* The line of kiosk.ini to fix: the text colour's key if the file sets
 * it, else the background's; the [theme] line when the file sets neither. */
static guint
find_key_line (const char *ini_text,
               guint       text_bits,
               guint       background_bits)
{
  guint sets[] = { text_bits, background_bits };

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (Role role = 0; role < N_CLINIC_ROLES; role++)
      if (sets[s] & (1u << role))
        {
          /* A key can never be on line 1, under [theme]: 1 means not found. */
          guint line = kiosk_config_find_line (ini_text, "theme", roles[role].key);

          if (line > 1)
            return line;
        }
  return kiosk_config_find_line (ini_text, NULL, "theme");
}

typedef struct
{
  guint       index;       /* in text_pairs */
  double      ratio;
  KioskColour text;
  KioskColour fill;
  guint       line;
} Problem;

static gboolean
is_tinted (guint i)
{
  return text_pairs[i].shade != 1 || text_pairs[i].tint > 0;
}

static Role
background_words_role (guint i)
{
  return text_pairs[i].tint > 0 ? ROLE_PRIMARY : text_pairs[i].background;
}

static guint
clinic_bit (Role role)
{
  return role < N_CLINIC_ROLES ? 1u << role : 0;
}

static void
measure (guint              i,
         const KioskColour  palette[N_ROLES],
         Problem           *problem)
{
  KioskColour fill = palette[text_pairs[i].background];

  if (text_pairs[i].shade != 1)
    fill = kiosk_colour_shade (&fill, text_pairs[i].shade);
  if (text_pairs[i].tint > 0)
    {
      KioskColour tint = kiosk_colour_alpha (&palette[ROLE_PRIMARY], text_pairs[i].tint);

      fill = kiosk_colour_composite (&tint, &fill);
    }
  problem->index = i;
  problem->text = palette[text_pairs[i].text];
  problem->fill = fill;
  problem->ratio = kiosk_colour_contrast (&problem->text, &fill);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const Problem *first = a, *second = b;

  if (first->line != second->line)
    return first->line < second->line ? -1 : 1;
  return first->index < second->index ? -1 : first->index > second->index;
}

/* One problem per pair of words, with the lowest ratio. */
static GArray *
find_problems (const KioskConfig *config,
               const char        *ini_text)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  KioskColour palette[N_ROLES];

  get_palette (config, FALSE, palette);
  for (guint i = 0; i < G_N_ELEMENTS (text_pairs); i++)
    {
      guint background_bits = clinic_bit (text_pairs[i].background) |
                              (text_pairs[i].tint > 0 ? clinic_bit (ROLE_PRIMARY) : 0);
      Problem problem;
      gpointer at;
      char *key;

      measure (i, palette, &problem);
      if (problem.ratio >= KIOSK_THEME_MIN_CONTRAST)
        continue;
      problem.line = find_key_line (ini_text, clinic_bit (text_pairs[i].text) & ~background_bits,
                                    background_bits);
      key = g_strdup_printf ("%s\n%s", describe (text_pairs[i].text, FALSE, FALSE),
                             describe (background_words_role (i), TRUE, is_tinted (i)));
      if (g_hash_table_lookup_extended (seen, key, NULL, &at))
        {
          Problem *known = &g_array_index (problems, Problem, GPOINTER_TO_UINT (at));

          if (problem.ratio < known->ratio)
            *known = problem;
          g_free (key);
          continue;
        }
      g_hash_table_insert (seen, key, GUINT_TO_POINTER (problems->len));
      g_array_append_val (problems, problem);
    }
  g_array_sort (problems, compare_problems);
  return problems;
}

/**
 * kiosk_theme_check_config:
 * @config: the settings with the clinic's colours
 * @ini_text: (nullable): kiosk.ini as read, for line numbers
 * @diagnostics: where warnings go
 *
 * Adds a warning, at the line of the colour in kiosk.ini, for each text
 * colour on a background that the clinic's colours make harder to read
 * than 4.5:1. These are warnings: the kiosk still uses the colours.
 */
void
kiosk_theme_check_config (const KioskConfig *config,
                          const char        *ini_text,
                          KioskDiagnostics  *diagnostics)
{
  g_autoptr(GArray) problems = NULL;

  g_return_if_fail (config != NULL);
  g_return_if_fail (diagnostics != NULL);

  problems = find_problems (config, ini_text != NULL ? ini_text : "");
  for (guint i = 0; i < problems->len; i++)
    {
      const Problem *problem = &g_array_index (problems, Problem, i);
      g_autofree char *text_hex = kiosk_colour_format (&problem->text);
      g_autofree char *fill_hex = kiosk_colour_format (&problem->fill);
      /* Rounded down: 4.46 is not shown as the 4.5 it misses. */
      g_autofree char *ratio = g_strdup_printf ("%.1f", floor (problem->ratio * 10) / 10);

      kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_WARNING, KIOSK_CONFIG_FILE,
                             problem->line,
                             /* Translators: the first %s is like “white text”, the second
                              * like “the primary colour”; then a number such as 2.1, and
                              * the two colours as #RRGGBB. */
                             _("%s on %s: a contrast of only %s:1 (%s on %s), and text needs "
                               "at least 4.5:1 to be easy to read. The kiosk still uses "
                               "these colours."),
                             describe (text_pairs[problem->index].text, FALSE, FALSE),
                             describe (background_words_role (problem->index), TRUE,
                                       is_tinted (problem->index)),
                             ratio, text_hex, fill_hex);
    }
}
