/* kiosk-theme.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-theme"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "kiosk-theme.h"

/* The kiosk's colours and text sizes, without GTK: the style sheet the
 * application loads is put together here, and the same style sheet is read
 * back to find every text colour and the background it is drawn on, so that
 * both the tests and `--check` can measure its contrast.
 *
 * The reader understands what style.css uses: `@define-color`, rules with
 * `color`, `background`, `background-color`, `opacity` and borders, and the
 * colour expressions `@name`, `#rgb`, `#rrggbb`, `transparent`, `black`,
 * `white`, `rgb()`, `rgba()`, `alpha()`, `shade()`, `lighter()`, `darker()`
 * and `mix()`. A rule that sets a text colour without an opaque background
 * of its own says what lies beneath it in a comment inside the rule, whose
 * text starts with `on:`:
 *
 *   on: @kiosk_card                                    one background
 *   on: @kiosk_background | @kiosk_card                shown on either
 *   on: alpha(@kiosk_primary, 0.12) over @kiosk_card   layers, top first
 *
 * A rule that sets only a background may name the text drawn on it in a
 * comment starting with `text:`. A rule for a state (`:hover`, `.current`…)
 * takes what it does not set from the rule without the state; rules with
 * the same selector are merged, the later winning. */

#define OPAQUE 0.999
#define MAX_DEPTH 16

/* Used instead of the clinic's colours in high contrast: black on white,
 * and dark blue and brown that keep 7:1 with white text on them. */
static const char high_contrast_palette[] =
  "\n/* High contrast: these replace the clinic's colours. */\n"
  "@define-color kiosk_background #ffffff;\n"
  "@define-color kiosk_card #ffffff;\n"
  "@define-color kiosk_text #000000;\n"
  "@define-color kiosk_muted #1f1f1f;\n"
  "@define-color kiosk_on_primary #ffffff;\n"
  "@define-color kiosk_primary #0b3954;\n"
  "@define-color kiosk_accent #6b2700;\n";

static const struct
{
  const char *name;
  guint       bit;
  const char *key;
} clinic_colours[] = {
  { "kiosk_primary", KIOSK_THEME_CLINIC_PRIMARY, "primary" },
  { "kiosk_accent", KIOSK_THEME_CLINIC_ACCENT, "accent" },
  { "kiosk_background", KIOSK_THEME_CLINIC_BACKGROUND, "background" },
};

/*
 * Colours
 */

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/**
 * kiosk_theme_parse_colour:
 * @text: `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`
 * @colour: (out): where the colour goes
 *
 * Returns: %TRUE when @text is such a colour
 */
gboolean
kiosk_theme_parse_colour (const char  *text,
                          KioskColour *colour)
{
  gsize len;
  int digits[8];

  g_return_val_if_fail (colour != NULL, FALSE);

  if (text == NULL || text[0] != '#')
    return FALSE;
  text++;
  len = strlen (text);
  if (len != 3 && len != 4 && len != 6 && len != 8)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if ((digits[i] = hex_value (text[i])) < 0)
      return FALSE;

  if (len <= 4)
    {
      colour->red = digits[0] * 17 / 255.0;
      colour->green = digits[1] * 17 / 255.0;
      colour->blue = digits[2] * 17 / 255.0;
      colour->alpha = len == 4 ? digits[3] * 17 / 255.0 : 1.0;
    }
  else
    {
      colour->red = (digits[0] * 16 + digits[1]) / 255.0;
      colour->green = (digits[2] * 16 + digits[3]) / 255.0;
      colour->blue = (digits[4] * 16 + digits[5]) / 255.0;
      colour->alpha = len == 8 ? (digits[6] * 16 + digits[7]) / 255.0 : 1.0;
    }
  return TRUE;
}

/**
 * kiosk_theme_format_colour:
 * @colour: a colour
 *
 * Returns: (transfer full): `#RRGGBB`, the alpha left out
 */
char *
kiosk_theme_format_colour (const KioskColour *colour)
{
  g_return_val_if_fail (colour != NULL, NULL);

  return g_strdup_printf ("#%02X%02X%02X",
                          (int) round (CLAMP (colour->red, 0, 1) * 255),
                          (int) round (CLAMP (colour->green, 0, 1) * 255),
                          (int) round (CLAMP (colour->blue, 0, 1) * 255));
}

static double
linear_channel (double value)
{
  value = CLAMP (value, 0.0, 1.0);
  return value <= 0.04045 ? value / 12.92 : pow ((value + 0.055) / 1.055, 2.4);
}

/**
 * kiosk_theme_luminance:
 * @colour: an opaque colour
 *
 * Returns: the relative luminance of WCAG 2.x, from 0 (black) to 1 (white)
 */
double
kiosk_theme_luminance (const KioskColour *colour)
{
  g_return_val_if_fail (colour != NULL, 0.0);

  return 0.2126 * linear_channel (colour->red) +
         0.7152 * linear_channel (colour->green) +
         0.0722 * linear_channel (colour->blue);
}

/**
 * kiosk_theme_contrast:
 * @first: an opaque colour
 * @second: another opaque colour
 *
 * Returns: the contrast ratio of WCAG 2.x, from 1 to 21; the order does not matter
 */
double
kiosk_theme_contrast (const KioskColour *first,
                      const KioskColour *second)
{
  double a, b;

  g_return_val_if_fail (first != NULL && second != NULL, 1.0);

  a = kiosk_theme_luminance (first);
  b = kiosk_theme_luminance (second);
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/**
 * kiosk_theme_composite:
 * @over: the colour on top
 * @under: the colour beneath it
 *
 * Returns: @over drawn on @under, as GTK blends them
 */
KioskColour
kiosk_theme_composite (const KioskColour *over,
                       const KioskColour *under)
{
  KioskColour out = { 0, 0, 0, 0 };
  double top = CLAMP (over->alpha, 0, 1);
  double below = CLAMP (under->alpha, 0, 1) * (1 - top);

  out.alpha = top + below;
  if (out.alpha <= 0)
    return out;
  out.red = (over->red * top + under->red * below) / out.alpha;
  out.green = (over->green * top + under->green * below) / out.alpha;
  out.blue = (over->blue * top + under->blue * below) / out.alpha;
  return out;
}

/* shade() as GTK computes it: lightness and saturation times @factor. */
static KioskColour
shade_colour (const KioskColour *colour,
              double             factor)
{
  double r = colour->red, g = colour->green, b = colour->blue;
  double max = MAX (r, MAX (g, b)), min = MIN (r, MIN (g, b));
  double hue = 0, saturation = 0, lightness = (max + min) / 2;
  double m1, m2;
  KioskColour out = { lightness, lightness, lightness, colour->alpha };

  if (max != min)
    {
      double delta = max - min;

      saturation = lightness <= 0.5 ? delta / (max + min) : delta / (2 - max - min);
      if (r == max)
        hue = (g - b) / delta;
      else if (g == max)
        hue = 2 + (b - r) / delta;
      else
        hue = 4 + (r - g) / delta;
      hue *= 60;
      if (hue < 0)
        hue += 360;
    }

  lightness = CLAMP (lightness * factor, 0.0, 1.0);
  saturation = CLAMP (saturation * factor, 0.0, 1.0);
  if (saturation == 0)
    {
      out.red = out.green = out.blue = lightness;
      return out;
    }

  m2 = lightness <= 0.5 ? lightness * (1 + saturation)
                        : lightness + saturation - lightness * saturation;
  m1 = 2 * lightness - m2;
  for (int i = 0; i < 3; i++)
    {
      double h = hue + 120 - 120 * i;
      double v;

      while (h > 360)
        h -= 360;
      while (h < 0)
        h += 360;
      if (h < 60)
        v = m1 + (m2 - m1) * h / 60;
      else if (h < 180)
        v = m2;
      else if (h < 240)
        v = m1 + (m2 - m1) * (240 - h) / 60;
      else
        v = m1;
      if (i == 0)
        out.red = v;
      else if (i == 1)
        out.green = v;
      else
        out.blue = v;
    }
  return out;
}

/*
 * Text size
 */

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

        value = g_ascii_strtod (text, &number_end);
      }
      g_string_append_len (out, p, number - p);
      g_string_append_printf (out, "%d", (int) round (value * text_scale));
      p = q;
    }

  return g_string_free (out, FALSE);
}

/*
 * The style sheet
 */

static const char *
colour_or (const char *value,
           const char *fallback)
{
  return value != NULL && kiosk_config_is_colour (value) ? value : fallback;
}

/**
 * kiosk_theme_build_css:
 * @base_css: the kiosk's style sheet, style.css
 * @length: the length of @base_css, or -1 when it ends with a NUL
 * @high_contrast_css: (nullable): the rules added in high contrast
 * @config: (nullable): the settings with the clinic's colours
 * @text_scale: 1.0 for the normal text size, up to 2.0
 * @high_contrast: whether to use the high-contrast colours
 *
 * Puts together the style sheet the kiosk loads: the clinic's colours as
 * `@define-color` lines, then @base_css with its text sizes scaled. In
 * high contrast the clinic's colours are left out: a fixed palette
 * redefines every `kiosk_*` colour after @base_css, followed by
 * @high_contrast_css.
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
  g_autoptr(KioskConfig) defaults = kiosk_config_new_default ();
  g_autofree char *scaled = NULL;
  GString *css;

  g_return_val_if_fail (base_css != NULL, NULL);

  if (config == NULL)
    config = defaults;
  text_scale = CLAMP (text_scale, KIOSK_THEME_MIN_TEXT_SCALE, KIOSK_THEME_MAX_TEXT_SCALE);
  scaled = kiosk_theme_scale_font_sizes (base_css, length, text_scale);
  css = g_string_sized_new (strlen (scaled) + 4096);

  if (!high_contrast)
    g_string_append_printf (css,
                            "@define-color kiosk_primary %s;\n"
                            "@define-color kiosk_accent %s;\n"
                            "@define-color kiosk_background %s;\n",
                            colour_or (config->primary, defaults->primary),
                            colour_or (config->accent, defaults->accent),
                            colour_or (config->background, defaults->background));
  g_string_append (css, scaled);

  if (high_contrast)
    {
      g_string_append (css, high_contrast_palette);
      if (high_contrast_css != NULL)
        {
          g_autofree char *extra = kiosk_theme_scale_font_sizes (high_contrast_css, -1,
                                                                 text_scale);

          g_string_append_c (css, '\n');
          g_string_append (css, extra);
        }
    }

  return g_string_free (css, FALSE);
}

/*
 * Reading a style sheet back
 */

typedef struct
{
  char      *selector;
  GStrv      tokens;     /* compounds and combinators */
  GPtrArray *parts;      /* of the last compound */
  guint      order;
  char      *color;
  char      *background;
  char      *opacity;
  char      *border;
  char      *on;
  char      *text;
} Style;

typedef struct
{
  GHashTable *defines;   /* name → value */
  GPtrArray  *styles;    /* Style, in the order first seen */
  GHashTable *by_selector;
} Sheet;

static void
style_free (gpointer data)
{
  Style *style = data;

  g_free (style->selector);
  g_strfreev (style->tokens);
  g_ptr_array_unref (style->parts);
  g_free (style->color);
  g_free (style->background);
  g_free (style->opacity);
  g_free (style->border);
  g_free (style->on);
  g_free (style->text);
  g_free (style);
}

static void
sheet_clear (Sheet *sheet)
{
  g_clear_pointer (&sheet->defines, g_hash_table_unref);
  g_clear_pointer (&sheet->by_selector, g_hash_table_unref);
  g_clear_pointer (&sheet->styles, g_ptr_array_unref);
}

/* Splits "button.tile:hover" into "button", ".tile", ":hover". */
static GPtrArray *
split_compound (const char *compound)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = compound;
  int depth = 0;

  for (const char *p = compound; ; p++)
    {
      gboolean boundary = *p == '\0' ||
                          (depth == 0 && p > start &&
                           (*p == '.' || *p == '#' || *p == '[' ||
                            (*p == ':' && p[-1] != ':')));

      if (boundary)
        {
          if (p > start)
            g_ptr_array_add (parts, g_strndup (start, p - start));
          start = p;
        }
      if (*p == '\0')
        break;
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
    }
  return parts;
}

static char *
normalise_selector (const char *text)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      if (depth == 0 && (*p == '>' || *p == '+' || *p == '~'))
        g_string_append_printf (out, " %c ", *p);
      else if (g_ascii_isspace (*p))
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }

  /* Collapse runs of spaces. */
  {
    g_auto(GStrv) words = g_strsplit (out->str, " ", -1);
    g_autoptr(GPtrArray) kept = g_ptr_array_new ();

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        g_ptr_array_add (kept, words[i]);
    g_ptr_array_add (kept, NULL);
    g_string_free (out, TRUE);
    return g_strjoinv (" ", (char **) kept->pdata);
  }
}

static Style *
sheet_get_style (Sheet      *sheet,
                 const char *selector_text)
{
  g_autofree char *selector = normalise_selector (selector_text);
  Style *style;

  if (*selector == '\0')
    return NULL;
  style = g_hash_table_lookup (sheet->by_selector, selector);
  if (style != NULL)
    return style;

  style = g_new0 (Style, 1);
  style->selector = g_steal_pointer (&selector);
  style->tokens = g_strsplit (style->selector, " ", -1);
  style->parts = split_compound (style->tokens[g_strv_length (style->tokens) - 1]);
  style->order = sheet->styles->len;
  g_ptr_array_add (sheet->styles, style);
  g_hash_table_insert (sheet->by_selector, style->selector, style);
  return style;
}

static void
set_field (char       **field,
           const char  *value)
{
  g_free (*field);
  *field = g_strstrip (g_strdup (value));
}

static gboolean
is_border_keyword (const char *word)
{
  static const char *const keywords[] = {
    "none", "hidden", "solid", "dashed", "dotted", "double", "groove", "ridge", "inset",
    "outset", "thin", "medium", "thick",
  };

  if (g_ascii_isdigit (*word) || *word == '.')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (g_ascii_strcasecmp (word, keywords[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The colour in a border shorthand: "2px solid @x" → "@x"; "2px solid" →
 * "currentcolor"; "none" → "none". */
static char *
border_colour (const char *value)
{
  GString *colour = g_string_new (NULL);
  const char *p = value;
  gboolean none = FALSE;

  while (*p != '\0')
    {
      const char *start;
      int depth = 0;

      while (g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p != '\0' && (depth > 0 || !g_ascii_isspace (*p)))
        {
          if (*p == '(')
            depth++;
          else if (*p == ')' && depth > 0)
            depth--;
          p++;
        }
      if (p > start)
        {
          g_autofree char *word = g_strndup (start, p - start);

          if (g_ascii_strcasecmp (word, "none") == 0 || g_ascii_strcasecmp (word, "hidden") == 0)
            none = TRUE;
          else if (!is_border_keyword (word))
            g_string_append (colour, word);
        }
    }

  if (colour->len > 0)
    return g_string_free (colour, FALSE);
  g_string_free (colour, TRUE);
  return g_strdup (none ? "none" : "currentcolor");
}

static void
apply_declaration (Style      *style,
                   const char *property,
                   const char *value)
{
  if (strcmp (property, "color") == 0)
    set_field (&style->color, value);
  else if (strcmp (property, "background") == 0 || strcmp (property, "background-color") == 0)
    set_field (&style->background, value);
  else if (strcmp (property, "opacity") == 0)
    set_field (&style->opacity, value);
  else if (strcmp (property, "border") == 0 || strcmp (property, "border-color") == 0 ||
           strcmp (property, "border-top") == 0 || strcmp (property, "border-left") == 0 ||
           strcmp (property, "border-right") == 0 || strcmp (property, "border-bottom") == 0)
    {
      g_autofree char *colour = border_colour (value);

      set_field (&style->border, colour);
    }
  else if (g_str_has_prefix (property, "border-") && g_str_has_suffix (property, "-color"))
    set_field (&style->border, value);
}

/* Handles "selectors { block }"; comments in the block are notes. */
static void
parse_rule (Sheet      *sheet,
            const char *selectors,
            const char *block,
            gsize       block_len)
{
  g_autoptr(GString) declarations = g_string_new (NULL);
  g_autofree char *on = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) selector_list = NULL;
  g_auto(GStrv) items = NULL;
  const char *end = block + block_len;

  for (const char *p = block; p < end;)
    {
      if (p + 1 < end && p[0] == '/' && p[1] == '*')
        {
          const char *close = g_strstr_len (p + 2, end - p - 2, "*/");
          g_autofree char *comment = g_strndup (p + 2, (close != NULL ? close : end) - p - 2);

          g_strstrip (comment);
          if (g_str_has_prefix (comment, "on:"))
            set_field (&on, comment + 3);
          else if (g_str_has_prefix (comment, "text:"))
            set_field (&text, comment + 5);
          p = close != NULL ? close + 2 : end;
          continue;
        }
      g_string_append_c (declarations, *p++);
    }

  items = g_strsplit (declarations->str, ";", -1);
  selector_list = g_strsplit (selectors, ",", -1);

  for (guint s = 0; selector_list[s] != NULL; s++)
    {
      Style *style = sheet_get_style (sheet, selector_list[s]);

      if (style == NULL)
        continue;
      for (guint i = 0; items[i] != NULL; i++)
        {
          char *colon = strchr (items[i], ':');
          g_autofree char *property = NULL;
          g_autofree char *value = NULL;

          if (colon == NULL)
            continue;
          property = g_ascii_strdown (items[i], colon - items[i]);
          value = g_strdup (colon + 1);
          g_strstrip (property);
          g_strstrip (value);
          apply_declaration (style, property, value);
        }
      if (on != NULL)
        set_field (&style->on, on);
      if (text != NULL)
        set_field (&style->text, text);
    }
}

static const char *
skip_comment (const char *p)
{
  const char *close = strstr (p + 2, "*/");

  return close != NULL ? close + 2 : p + strlen (p);
}

/* Copies the text before the first @stop outside comments, without the
 * comments, and returns where @stop is (or the end). */
static const char *
read_until (const char  *p,
            const char  *stops,
            GString     *out)
{
  while (*p != '\0' && strchr (stops, *p) == NULL)
    {
      if (p[0] == '/' && p[1] == '*')
        {
          p = skip_comment (p);
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return p;
}

static void
parse_sheet (Sheet      *sheet,
             const char *css)
{
  const char *p = css;

  sheet->defines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sheet->styles = g_ptr_array_new_with_free_func (style_free);
  sheet->by_selector = g_hash_table_new (g_str_hash, g_str_equal);

  while (*p != '\0')
    {
      g_autoptr(GString) head = g_string_new (NULL);

      p = read_until (p, "{;", head);
      g_strstrip (head->str);
      head->len = strlen (head->str);

      if (*p == ';')
        {
          /* @define-color name value; */
          if (g_str_has_prefix (head->str, "@define-color"))
            {
              char *rest = g_strstrip (head->str + strlen ("@define-color"));
              char *space = rest;

              while (*space != '\0' && !g_ascii_isspace (*space))
                space++;
              if (*space != '\0')
                {
                  *space = '\0';
                  g_hash_table_replace (sheet->defines, g_strdup (rest),
                                        g_strstrip (g_strdup (space + 1)));
                }
            }
          p++;
          continue;
        }
      if (*p == '\0')
        break;

      /* A block: find its end, skipping comments. */
      {
        const char *block = ++p;
        int depth = 1;

        while (*p != '\0' && depth > 0)
          {
            if (p[0] == '/' && p[1] == '*')
              {
                p = skip_comment (p);
                continue;
              }
            if (*p == '{')
              depth++;
            else if (*p == '}')
              depth--;
            p++;
          }
        if (head->str[0] != '@')
          parse_rule (sheet, head->str, block, (p - block) - (depth == 0 ? 1 : 0));
      }
    }
}

/*
 * Colour expressions
 */

typedef struct
{
  GHashTable *defines;
  const char *p;
  guint       clinic;     /* KioskThemeClinicColour bits of the names used */
  guint       depth;
} Expression;

static gboolean evaluate (Expression  *expr,
                          KioskColour *colour);

static void
skip_spaces (Expression *expr)
{
  while (g_ascii_isspace (*expr->p))
    expr->p++;
}

static char *
read_name (Expression *expr)
{
  const char *start = expr->p;

  while (is_name_char (*expr->p))
    expr->p++;
  return expr->p > start ? g_strndup (start, expr->p - start) : NULL;
}

static gboolean
expect (Expression *expr,
        char        c)
{
  skip_spaces (expr);
  if (*expr->p != c)
    return FALSE;
  expr->p++;
  return TRUE;
}

static gboolean
read_number (Expression *expr,
             double     *value)
{
  char *end;

  skip_spaces (expr);
  *value = g_ascii_strtod (expr->p, &end);
  if (end == expr->p)
    return FALSE;
  expr->p = end;
  return TRUE;
}

static gboolean
evaluate_name (Expression  *expr,
               const char  *name,
               KioskColour *colour)
{
  const char *value = g_hash_table_lookup (expr->defines, name);
  Expression inner = { expr->defines, value, 0, expr->depth + 1 };
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (clinic_colours); i++)
    if (strcmp (name, clinic_colours[i].name) == 0)
      expr->clinic |= clinic_colours[i].bit;
  if (value == NULL || expr->depth >= MAX_DEPTH)
    return FALSE;
  ok = evaluate (&inner, colour);
  skip_spaces (&inner);
  expr->clinic |= inner.clinic;
  return ok && *inner.p == '\0';
}

static gboolean
evaluate_function (Expression  *expr,
                   const char  *name,
                   KioskColour *colour)
{
  KioskColour other;
  double a, b, c, d = 1;

  if (strcmp (name, "alpha") == 0)
    {
      if (!evaluate (expr, colour) || !expect (expr, ',') || !read_number (expr, &a))
        return FALSE;
      colour->alpha = CLAMP (colour->alpha * a, 0.0, 1.0);
    }
  else if (strcmp (name, "shade") == 0 || strcmp (name, "lighter") == 0 ||
           strcmp (name, "darker") == 0)
    {
      if (!evaluate (expr, colour))
        return FALSE;
      if (name[0] == 's')
        {
          if (!expect (expr, ',') || !read_number (expr, &a))
            return FALSE;
        }
      else
        a = name[0] == 'l' ? 1.3 : 0.7;
      *colour = shade_colour (colour, a);
    }
  else if (strcmp (name, "mix") == 0)
    {
      if (!evaluate (expr, colour) || !expect (expr, ',') || !evaluate (expr, &other) ||
          !expect (expr, ',') || !read_number (expr, &a))
        return FALSE;
      colour->red += (other.red - colour->red) * a;
      colour->green += (other.green - colour->green) * a;
      colour->blue += (other.blue - colour->blue) * a;
      colour->alpha += (other.alpha - colour->alpha) * a;
    }
  else if (strcmp (name, "rgb") == 0 || strcmp (name, "rgba") == 0)
    {
      if (!read_number (expr, &a) || !expect (expr, ',') || !read_number (expr, &b) ||
          !expect (expr, ',') || !read_number (expr, &c))
        return FALSE;
      if (name[3] == 'a' && (!expect (expr, ',') || !read_number (expr, &d)))
        return FALSE;
      *colour = (KioskColour) { a / 255, b / 255, c / 255, d };
    }
  else
    return FALSE;

  return expect (expr, ')');
}

static gboolean
evaluate (Expression  *expr,
          KioskColour *colour)
{
  g_autofree char *name = NULL;

  skip_spaces (expr);
  if (*expr->p == '@')
    {
      expr->p++;
      name = read_name (expr);
      return name != NULL && evaluate_name (expr, name, colour);
    }
  if (*expr->p == '#')
    {
      const char *start = expr->p++;
      g_autofree char *hex = NULL;

      while (g_ascii_isxdigit (*expr->p))
        expr->p++;
      hex = g_strndup (start, expr->p - start);
      return kiosk_theme_parse_colour (hex, colour);
    }

  name = read_name (expr);
  if (name == NULL)
    return FALSE;
  skip_spaces (expr);
  if (*expr->p == '(')
    {
      expr->p++;
      return evaluate_function (expr, name, colour);
    }
  if (g_ascii_strcasecmp (name, "transparent") == 0 || g_ascii_strcasecmp (name, "none") == 0)
    *colour = (KioskColour) { 0, 0, 0, 0 };
  else if (g_ascii_strcasecmp (name, "black") == 0)
    *colour = (KioskColour) { 0, 0, 0, 1 };
  else if (g_ascii_strcasecmp (name, "white") == 0)
    *colour = (KioskColour) { 1, 1, 1, 1 };
  else
    return FALSE;
  return TRUE;
}

/* Evaluates a whole expression; "inherit" and "currentColor" are not colours here. */
static gboolean
evaluate_text (GHashTable  *defines,
               const char  *text,
               KioskColour *colour,
               guint       *clinic)
{
  Expression expr = { defines, text, 0, 0 };

  if (text == NULL || !evaluate (&expr, colour))
    return FALSE;
  skip_spaces (&expr);
  if (clinic != NULL)
    *clinic |= expr.clinic;
  return *expr.p == '\0';
}

/*
 * Pairs
 */

/**
 * kiosk_theme_pair_free:
 * @pair: a pair
 *
 * Frees @pair.
 */
void
kiosk_theme_pair_free (KioskThemePair *pair)
{
  if (pair == NULL)
    return;
  g_free (pair->selector);
  g_free (pair->foreground);
  g_free (pair->background);
  g_free (pair->top_layer);
  g_free (pair);
}

/* @base is @style without some of the classes or states of its last part. */
static gboolean
is_base_of (const Style *base,
            const Style *style)
{
  guint n = g_strv_length (style->tokens);

  if (base == style || g_strv_length (base->tokens) != n || base->parts->len >= style->parts->len)
    return FALSE;
  for (guint i = 0; i + 1 < n; i++)
    if (strcmp (base->tokens[i], style->tokens[i]) != 0)
      return FALSE;
  for (guint i = 0; i < base->parts->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < style->parts->len && !found; j++)
        found = strcmp (g_ptr_array_index (base->parts, i),
                        g_ptr_array_index (style->parts, j)) == 0;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* The field at @offset of @style, or of its closest base rule that sets it. */
static const char *
lookup (const Sheet *sheet,
        const Style *style,
        gsize        offset)
{
  const char *value = G_STRUCT_MEMBER (char *, style, offset);
  const Style *best = NULL;

  if (value != NULL)
    return value;
  for (guint i = 0; i < sheet->styles->len; i++)
    {
      const Style *base = g_ptr_array_index (sheet->styles, i);

      if (G_STRUCT_MEMBER (char *, base, offset) != NULL && is_base_of (base, style) &&
          (best == NULL || base->parts->len > best->parts->len))
        best = base;
    }
  return best != NULL ? G_STRUCT_MEMBER (char *, best, offset) : NULL;
}

static gboolean
is_inherited (const char *value)
{
  return value != NULL && (g_ascii_strcasecmp (value, "inherit") == 0 ||
                           g_ascii_strcasecmp (value, "currentcolor") == 0 ||
                           g_ascii_strcasecmp (value, "unset") == 0 ||
                           g_ascii_strcasecmp (value, "initial") == 0);
}

typedef struct
{
  KioskColour  fill;
  char        *layers;
  char        *top;
  guint        clinic;
} Under;

/* "alpha(@x, 0.1) over @y": the layers, composited. */
static gboolean
evaluate_layers (GHashTable  *defines,
                 const char  *text,
                 Under       *under,
                 GString     *problem)
{
  g_auto(GStrv) layers = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GRegex) over = g_regex_new ("\\s+over\\s+", 0, 0, NULL);
  KioskColour fill = { 0, 0, 0, 0 };
  guint n;

  layers = g_regex_split (over, text, 0);
  n = g_strv_length (layers);
  under->top = NULL;
  under->clinic = 0;
  for (guint i = n; i-- > 0;)
    {
      KioskColour layer;

      g_strstrip (layers[i]);
      if (!evaluate_text (defines, layers[i], &layer, &under->clinic))
        {
          g_string_append_printf (problem, "cannot read the colour “%s”", layers[i]);
          return FALSE;
        }
      fill = kiosk_theme_composite (&layer, &fill);
    }
  for (guint i = 0; i < n; i++)
    {
      KioskColour layer;

      evaluate_text (defines, layers[i], &layer, NULL);
      if (layer.alpha > 0)
        {
          under->top = g_strdup (layers[i]);
          break;
        }
    }
  if (fill.alpha < OPAQUE)
    {
      g_string_append_printf (problem,
                              "“%s” is not opaque; end it with “over” an opaque colour", text);
      g_clear_pointer (&under->top, g_free);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " over " : "", layers[i]);
  under->fill = fill;
  under->layers = g_strdup (joined->str);
  return TRUE;
}

static void
add_problem (GPtrArray  *problems,
             const char *selector,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (GPtrArray  *problems,
             const char *selector,
             const char *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, g_strdup_printf ("%s: %s", selector, message));
}

/* The pairs of one style, on each of the backgrounds its note offers. */
static void
list_style_pairs (const Sheet *sheet,
                  const Style *style,
                  GPtrArray   *pairs,
                  GPtrArray   *problems)
{
  const char *fg_text = style->color;
  const char *bg_text = lookup (sheet, style, G_STRUCT_OFFSET (Style, background));
  const char *opacity_text = lookup (sheet, style, G_STRUCT_OFFSET (Style, opacity));
  const char *on_text = lookup (sheet, style, G_STRUCT_OFFSET (Style, on));
  const char *border_text = lookup (sheet, style, G_STRUCT_OFFSET (Style, border));
  gboolean sets_something = style->color != NULL || style->background != NULL ||
                            style->opacity != NULL || style->text != NULL ||
                            style->border != NULL;
  g_auto(GStrv) alternatives = NULL;
  KioskColour fg, bg = { 0, 0, 0, 0 };
  guint fg_clinic = 0, bg_clinic = 0;
  double opacity = 1.0;
  gboolean has_bg = FALSE;
  gboolean own_fill;

  if (!sets_something)
    return;

  /* The text colour: its own, its note, or its base rule's. */
  if (fg_text == NULL || is_inherited (fg_text))
    fg_text = style->text;
  if (fg_text == NULL && style->color == NULL)
    {
      fg_text = lookup (sheet, style, G_STRUCT_OFFSET (Style, color));
      if (fg_text == NULL || is_inherited (fg_text))
        fg_text = lookup (sheet, style, G_STRUCT_OFFSET (Style, text));
    }
  if (fg_text == NULL && style->border == NULL)
    return;
  if (fg_text != NULL && !evaluate_text (sheet->defines, fg_text, &fg, &fg_clinic))
    {
      add_problem (problems, style->selector, "cannot read the colour “%s”", fg_text);
      return;
    }

  if (bg_text != NULL)
    {
      if (!evaluate_text (sheet->defines, bg_text, &bg, &bg_clinic))
        {
          /* "background: none" and the like: nothing drawn. */
          if (strstr (bg_text, "(") != NULL || strchr (bg_text, '@') != NULL ||
              strchr (bg_text, '#') != NULL)
            {
              add_problem (problems, style->selector, "cannot read the background “%s”",
                           bg_text);
              return;
            }
          bg = (KioskColour) { 0, 0, 0, 0 };
        }
      has_bg = bg.alpha > 0;
    }
  if (opacity_text != NULL)
    opacity = CLAMP (g_ascii_strtod (opacity_text, NULL), 0.0, 1.0);

  /* A widget with an opaque fill of its own hides what is beneath its
   * text; what is around it still matters for its border. */
  own_fill = has_bg && bg.alpha >= OPAQUE && opacity >= OPAQUE;
  if (on_text != NULL)
    alternatives = g_strsplit (on_text, "|", -1);
  else if (own_fill)
    alternatives = g_strdupv ((char *[]) { (char *) "", NULL });
  else
    {
      if (fg_text != NULL)
        add_problem (problems, style->selector,
                     has_bg ? "its background is see-through and no /* on: … */ note "
                              "says what is beneath it"
                            : "it sets a text colour but no background, and no /* on: … */ "
                              "note names the background");
      return;
    }

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      g_autoptr(GString) problem = g_string_new (NULL);
      g_autoptr(GString) described = g_string_new (NULL);
      Under under = { { 0, 0, 0, 0 }, NULL, NULL, 0 };
      KioskColour content_text = { 0, 0, 0, 0 }, text = { 0, 0, 0, 0 };
      KioskColour content_fill, fill;
      gboolean around;

      g_strstrip (alternatives[i]);
      around = *alternatives[i] != '\0';
      if (around && !evaluate_layers (sheet->defines, alternatives[i], &under, problem))
        {
          add_problem (problems, style->selector, "%s", problem->str);
          continue;
        }

      content_fill = has_bg ? bg : (KioskColour) { 0, 0, 0, 0 };
      if (fg_text != NULL)
        {
          content_text = has_bg ? kiosk_theme_composite (&fg, &bg) : fg;
          content_text.alpha *= opacity;
        }
      content_fill.alpha *= opacity;
      if (own_fill)
        {
          fill = content_fill;
          text = content_text;
          g_string_append (described, bg_text);
        }
      else
        {
          fill = kiosk_theme_composite (&content_fill, &under.fill);
          if (fg_text != NULL)
            text = kiosk_theme_composite (&content_text, &under.fill);
          if (has_bg)
            g_string_append_printf (described, "%s over ", bg_text);
          g_string_append (described, under.layers);
        }
      if (opacity < OPAQUE)
        g_string_append_printf (described, " (opacity %g)", opacity);

      /* With its own fill, the text is on that fill whatever is around. */
      if (fg_text != NULL && (!own_fill || i == 0))
        {
          KioskThemePair *pair = g_new0 (KioskThemePair, 1);

          pair->kind = KIOSK_THEME_PAIR_TEXT;
          pair->selector = g_strdup (style->selector);
          pair->foreground = g_strdup (fg_text);
          pair->background = g_strdup (described->str);
          pair->top_layer = g_strdup (has_bg ? bg_text : under.top);
          pair->text = text;
          pair->fill = fill;
          pair->ratio = kiosk_theme_contrast (&text, &fill);
          pair->clinic_background = (has_bg ? bg_clinic : 0) | (own_fill ? 0 : under.clinic);
          pair->clinic_colours = fg_clinic | pair->clinic_background;
          g_ptr_array_add (pairs, pair);
        }

      /* The edge of a widget shows where its border, or its fill, differs
       * from what is around it; with nothing known around it, the border
       * has to differ from the fill. */
      if (border_text != NULL && strcmp (border_text, "none") != 0)
        {
          const char *colour_text = strcmp (border_text, "currentcolor") == 0 ? fg_text
                                                                              : border_text;
          KioskColour border;
          guint border_clinic = 0;

          if (colour_text != NULL &&
              evaluate_text (sheet->defines, colour_text, &border, &border_clinic))
            {
              KioskThemePair *pair = g_new0 (KioskThemePair, 1);
              KioskColour drawn;
              double ratio;

              if (around)
                {
                  drawn = kiosk_theme_composite (&border, &under.fill);
                  ratio = MAX (kiosk_theme_contrast (&drawn, &under.fill),
                               kiosk_theme_contrast (&fill, &under.fill));
                  g_string_append_printf (described, ", around it %s", under.layers);
                }
              else
                {
                  drawn = kiosk_theme_composite (&border, &fill);
                  ratio = kiosk_theme_contrast (&drawn, &fill);
                }
              pair->kind = KIOSK_THEME_PAIR_BORDER;
              pair->selector = g_strdup (style->selector);
              pair->foreground = g_strdup (colour_text);
              pair->background = g_strdup (described->str);
              pair->top_layer = g_strdup (has_bg ? bg_text : under.top);
              pair->text = drawn;
              pair->fill = around ? under.fill : fill;
              pair->ratio = ratio;
              pair->clinic_background = (has_bg ? bg_clinic : 0) | under.clinic;
              pair->clinic_colours = border_clinic | pair->clinic_background;
              g_ptr_array_add (pairs, pair);
            }
        }

      g_free (under.layers);
      g_free (under.top);
    }
}

/**
 * kiosk_theme_list_pairs:
 * @css: a whole style sheet, as kiosk_theme_build_css() returns it
 * @problems: (out) (optional) (element-type utf8): rules whose text
 *   colour has no known background, as "SELECTOR: what is missing"
 *
 * Finds every text colour the style sheet sets, and every border, with
 * the background it is drawn on, and measures their contrast. A rule with
 * several selectors gives one pair per selector; rules with the same
 * selector are merged, the later winning, as GTK does.
 *
 * Returns: (transfer full) (element-type KioskThemePair): the pairs
 */
GPtrArray *
kiosk_theme_list_pairs (const char  *css,
                        GPtrArray  **problems)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               kiosk_theme_pair_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  Sheet sheet = { NULL, NULL, NULL };

  g_return_val_if_fail (css != NULL, NULL);

  parse_sheet (&sheet, css);
  for (guint i = 0; i < sheet.styles->len; i++)
    list_style_pairs (&sheet, g_ptr_array_index (sheet.styles, i), pairs, found);
  sheet_clear (&sheet);

  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return g_steal_pointer (&pairs);
}

/*
 * Checking the clinic's colours
 */

typedef struct
{
  const char *name;
  const char *as_text;
  const char *as_background;
  const char *as_tint;
} ColourWords;

static const ColourWords colour_words[] = {
  { "kiosk_primary", N_("text in the primary colour"), N_("the primary colour"),
    N_("a shade of the primary colour") },
  { "kiosk_accent", N_("icons in the accent colour"), N_("the accent colour"),
    N_("a shade of the accent colour") },
  { "kiosk_background", N_("text in the background colour"), N_("the background colour"),
    N_("a shade of the background colour") },
  { "kiosk_on_primary", N_("white text"), N_("the white buttons"),
    N_("a lighter shade of the primary colour") },
  { "kiosk_text", N_("dark text"), N_("dark grey"), N_("a light grey") },
  { "kiosk_muted", N_("grey text"), N_("grey"), N_("a light grey") },
  { "kiosk_card", N_("white text"), N_("the white cards"), N_("a light grey") },
};

/* "@kiosk_primary" → the words for kiosk_primary; alpha(@kiosk_primary, …)
 * → its tint. */
static char *
describe (const char *expression,
          gboolean    as_background)
{
  const char *at = expression != NULL ? strchr (expression, '@') : NULL;
  g_autofree char *name = NULL;
  gboolean plain;

  if (at == NULL)
    return g_strdup_printf (_("the colour %s"), expression != NULL ? expression : "?");

  {
    const char *end = at + 1;

    while (is_name_char (*end))
      end++;
    name = g_strndup (at + 1, end - at - 1);
    plain = at == expression && *end == '\0';
  }

  for (guint i = 0; i < G_N_ELEMENTS (colour_words); i++)
    if (strcmp (name, colour_words[i].name) == 0)
      {
        if (!plain)
          return g_strdup (_(colour_words[i].as_tint));
        return g_strdup (as_background ? _(colour_words[i].as_background)
                                       : _(colour_words[i].as_text));
      }
  return g_strdup_printf (_("the colour %s"), expression);
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
    for (guint i = 0; i < G_N_ELEMENTS (clinic_colours); i++)
      if (sets[s] & clinic_colours[i].bit)
        {
          /* A key can never be on line 1, under [theme]: 1 means not found. */
          guint line = kiosk_config_find_line (ini_text, "theme", clinic_colours[i].key);

          if (line > 1)
            return line;
        }
  return kiosk_config_find_line (ini_text, NULL, "theme");
}

/**
 * kiosk_theme_check_css:
 * @base_css: the kiosk's style sheet, style.css
 * @config: the settings with the clinic's colours
 * @ini_text: kiosk.ini as read, for line numbers
 * @diagnostics: where warnings go
 *
 * Adds a warning, at the line of the colour in kiosk.ini, for each text
 * colour on a background that the clinic's colours make harder to read
 * than 4.5:1. These are warnings: the kiosk still uses the colours.
 */
void
kiosk_theme_check_css (const char        *base_css,
                       const KioskConfig *config,
                       const char        *ini_text,
                       KioskDiagnostics  *diagnostics)
{
  g_autofree char *css = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) worst = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint *lines = NULL;

  g_return_if_fail (base_css != NULL);
  g_return_if_fail (config != NULL);
  g_return_if_fail (diagnostics != NULL);

  css = kiosk_theme_build_css (base_css, -1, NULL, config, 1.0, FALSE);
  pairs = kiosk_theme_list_pairs (css, NULL);

  /* One warning per kind of pair, with its lowest ratio. */
  for (guint i = 0; i < pairs->len; i++)
    {
      KioskThemePair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *fg_words = NULL;
      g_autofree char *bg_words = NULL;
      g_autofree char *key = NULL;
      gpointer index;
      KioskThemePair *known;

      if (pair->kind != KIOSK_THEME_PAIR_TEXT || pair->clinic_colours == 0 ||
          pair->ratio >= KIOSK_THEME_MIN_CONTRAST)
        continue;
      fg_words = describe (pair->foreground, FALSE);
      bg_words = describe (pair->top_layer, TRUE);
      key = g_strconcat (fg_words, "\n", bg_words, NULL);
      if (!g_hash_table_lookup_extended (seen, key, NULL, &index))
        {
          g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (worst->len));
          g_ptr_array_add (worst, pair);
        }
      else
        {
          known = g_ptr_array_index (worst, GPOINTER_TO_UINT (index));
          if (pair->ratio < known->ratio)
            g_ptr_array_index (worst, GPOINTER_TO_UINT (index)) = pair;
        }
    }

  /* In the order of the lines to fix. */
  lines = g_new0 (guint, worst->len);
  for (guint i = 0; i < worst->len; i++)
    {
      KioskThemePair *pair = g_ptr_array_index (worst, i);

      lines[i] = find_key_line (ini_text != NULL ? ini_text : "",
                                pair->clinic_colours & ~pair->clinic_background,
                                pair->clinic_background);
    }

  for (guint line = 1, done = 0; done < worst->len; line++)
    for (guint i = 0; i < worst->len; i++)
      {
        KioskThemePair *pair = g_ptr_array_index (worst, i);
        g_autofree char *fg_words = NULL;
        g_autofree char *bg_words = NULL;
        g_autofree char *text_hex = NULL;
        g_autofree char *fill_hex = NULL;
        g_autofree char *ratio = NULL;

        if (lines[i] != line)
          continue;
        done++;
        fg_words = describe (pair->foreground, FALSE);
        bg_words = describe (pair->top_layer, TRUE);
        text_hex = kiosk_theme_format_colour (&pair->text);
        fill_hex = kiosk_theme_format_colour (&pair->fill);
        /* Rounded down: 4.46 is not shown as the 4.5 it misses. */
        ratio = g_strdup_printf ("%.1f", floor (pair->ratio * 10) / 10);

        kiosk_diagnostics_add (diagnostics, KIOSK_SEVERITY_WARNING, KIOSK_CONFIG_FILE, line,
                               /* Translators: the first %s is like “white text”, the second
                                * like “the primary colour”; then a number such as 2.1, and
                                * the two colours as #RRGGBB. */
                               _("%s on %s: a contrast of only %s:1 (%s on %s), and text needs "
                                 "at least 4.5:1 to be easy to read. The kiosk still uses "
                                 "these colours."),
                               fg_words, bg_words, ratio, text_hex, fill_hex);
      }
}

/**
 * kiosk_theme_check_config:
 * @config: the settings with the clinic's colours
 * @ini_text: kiosk.ini as read, for line numbers
 * @diagnostics: where warnings go
 *
 * Runs kiosk_theme_check_css() on the kiosk's own style sheet.
 */
void
kiosk_theme_check_config (const KioskConfig *config,
                          const char        *ini_text,
                          KioskDiagnostics  *diagnostics)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *css = NULL;

  g_return_if_fail (config != NULL);
  g_return_if_fail (diagnostics != NULL);

  bytes = g_resources_lookup_data (RESOURCE_BASE "/style.css", 0, NULL);
  if (bytes == NULL)
    return;
  css = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  kiosk_theme_check_css (css, config, ini_text, diagnostics);
}
