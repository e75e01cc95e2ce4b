/* kiosk-patient-prefs.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-prefs"

#include "config.h"

#include "kiosk-patient-prefs-private.h"

struct _KioskPatientPrefs
{
  GObject   parent_instance;

  char     *language;
  guint     text_size;       /* percent: 100, 150 or 200 */
  gboolean  high_contrast;
  guint     volume;          /* percent */

  char     *default_language;  /* the clinic's: the next patient starts in it */
};

G_DEFINE_FINAL_TYPE (KioskPatientPrefs, kiosk_patient_prefs, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_TEXT_SIZE,
  PROP_HIGH_CONTRAST,
  PROP_VOLUME,
  PROP_CAN_LOWER_VOLUME,
  PROP_CAN_RAISE_VOLUME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text sizes a patient can pick; anything else goes to the nearest. */
static gboolean
replace_str (char       **field,
             const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static guint
quantise_text_size (guint percent)
{
  return percent < 125 ? 100 : percent < 175 ? 150 : 200;
}

static void
kiosk_patient_prefs_finalize (GObject *object)
{
  KioskPatientPrefs *self = KIOSK_PATIENT_PREFS (object);

  g_free (self->language);
  g_free (self->default_language);

  G_OBJECT_CLASS (kiosk_patient_prefs_parent_class)->finalize (object);
}

static void
kiosk_patient_prefs_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KioskPatientPrefs *self = KIOSK_PATIENT_PREFS (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_TEXT_SIZE:
      g_value_set_int (value, (int) self->text_size);
      break;

    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;

    case PROP_VOLUME:
      g_value_set_int (value, (int) self->volume);
      break;

    case PROP_CAN_LOWER_VOLUME:
      g_value_set_boolean (value, self->volume > KIOSK_PREFS_VOLUME_MIN);
      break;

    case PROP_CAN_RAISE_VOLUME:
      g_value_set_boolean (value, self->volume < KIOSK_PREFS_VOLUME_MAX);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_patient_prefs_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KioskPatientPrefs *self = KIOSK_PATIENT_PREFS (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      kiosk_patient_prefs_set_language (self, g_value_get_string (value));
      break;

    case PROP_TEXT_SIZE:
      kiosk_patient_prefs_set_text_size (self, (guint) g_value_get_int (value));
      break;

    case PROP_HIGH_CONTRAST:
      kiosk_patient_prefs_set_high_contrast (self, g_value_get_boolean (value));
      break;

    case PROP_VOLUME:
      kiosk_patient_prefs_set_volume (self, (guint) g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_patient_prefs_class_init (KioskPatientPrefsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kiosk_patient_prefs_finalize;
  object_class->get_property = kiosk_patient_prefs_get_property;
  object_class->set_property = kiosk_patient_prefs_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SIZE] =
    g_param_spec_int ("text-size", NULL, NULL, 100, 200, 100,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOLUME] =
    g_param_spec_int ("volume", NULL, NULL, 0, KIOSK_PREFS_VOLUME_MAX, KIOSK_PREFS_VOLUME_DEFAULT,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_LOWER_VOLUME] =
    g_param_spec_boolean ("can-lower-volume", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_RAISE_VOLUME] =
    g_param_spec_boolean ("can-raise-volume", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kiosk_patient_prefs_init (KioskPatientPrefs *self)
{
  self->text_size = 100;
  self->volume = KIOSK_PREFS_VOLUME_DEFAULT;
}

KioskPatientPrefs *
kiosk_patient_prefs_new (void)
{
  return g_object_new (KIOSK_TYPE_PATIENT_PREFS, NULL);
}

/**
 * kiosk_patient_prefs_get_language:
 * @self: the choices
 *
 * Returns: (nullable): the language code the patient reads in
 */
const char *
kiosk_patient_prefs_get_language (KioskPatientPrefs *self)
{
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (self), NULL);

  return self->language;
}

void
kiosk_patient_prefs_set_language (KioskPatientPrefs *self,
                                  const char        *lang)
{
  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  if (replace_str (&self->language, lang))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

guint
kiosk_patient_prefs_get_text_size (KioskPatientPrefs *self)
{
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (self), 100);

  return self->text_size;
}

/**
 * kiosk_patient_prefs_set_text_size:
 * @self: the choices
 * @percent: 100, 150 or 200; other values go to the nearest
 */
void
kiosk_patient_prefs_set_text_size (KioskPatientPrefs *self,
                                   guint              percent)
{
  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  percent = quantise_text_size (percent);
  if (percent == self->text_size)
    return;
  self->text_size = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SIZE]);
}

/**
 * kiosk_patient_prefs_get_text_scale:
 * @self: the choices
 *
 * Returns: the text size as a factor: 1.0, 1.5 or 2.0
 */
double
kiosk_patient_prefs_get_text_scale (KioskPatientPrefs *self)
{
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (self), 1.0);

  return self->text_size / 100.0;
}

gboolean
kiosk_patient_prefs_get_high_contrast (KioskPatientPrefs *self)
{
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (self), FALSE);

  return self->high_contrast;
}

void
kiosk_patient_prefs_set_high_contrast (KioskPatientPrefs *self,
                                       gboolean           enabled)
{
  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  enabled = !!enabled;
  if (enabled == self->high_contrast)
    return;
  self->high_contrast = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

guint
kiosk_patient_prefs_get_volume (KioskPatientPrefs *self)
{
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (self), KIOSK_PREFS_VOLUME_DEFAULT);

  return self->volume;
}

/**
 * kiosk_patient_prefs_set_volume:
 * @self: the choices
 * @percent: the read-aloud volume, 100 being normal; at most
 *   %KIOSK_PREFS_VOLUME_MAX
 */
void
kiosk_patient_prefs_set_volume (KioskPatientPrefs *self,
                                guint              percent)
{
  gboolean could_lower, could_raise;

  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  percent = MIN (percent, KIOSK_PREFS_VOLUME_MAX);
  if (percent == self->volume)
    return;
  could_lower = self->volume > KIOSK_PREFS_VOLUME_MIN;
  could_raise = self->volume < KIOSK_PREFS_VOLUME_MAX;
  self->volume = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
  if (could_lower != (percent > KIOSK_PREFS_VOLUME_MIN))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_LOWER_VOLUME]);
  if (could_raise != (percent < KIOSK_PREFS_VOLUME_MAX))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_RAISE_VOLUME]);
}

/**
 * kiosk_patient_prefs_step_volume:
 * @self: the choices
 * @steps: how many steps louder (negative: quieter)
 *
 * What the volume buttons do: the volume moves in steps of
 * %KIOSK_PREFS_VOLUME_STEP and stays between %KIOSK_PREFS_VOLUME_MIN and
 * %KIOSK_PREFS_VOLUME_MAX.
 */
void
kiosk_patient_prefs_step_volume (KioskPatientPrefs *self,
                                 int                steps)
{
  int volume;

  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  volume = (int) self->volume + steps * KIOSK_PREFS_VOLUME_STEP;
  kiosk_patient_prefs_set_volume (self, (guint) CLAMP (volume, KIOSK_PREFS_VOLUME_MIN,
                                                       KIOSK_PREFS_VOLUME_MAX));
}

/**
 * kiosk_patient_prefs_set_default_language:
 * @self: the choices
 * @lang: (nullable): the clinic's language, which every patient starts in
 */
void
kiosk_patient_prefs_set_default_language (KioskPatientPrefs *self,
                                          const char        *lang)
{
  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  replace_str (&self->default_language, lang);
}

const char *
kiosk_patient_prefs_get_default_language (KioskPatientPrefs *self)
{
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (self), NULL);

  return self->default_language;
}

/**
 * kiosk_patient_prefs_reset:
 * @self: the choices
 *
 * The next patient starts with the clinic's language, normal text,
 * normal contrast and normal volume.
 */
void
kiosk_patient_prefs_reset (KioskPatientPrefs *self)
{
  g_return_if_fail (KIOSK_IS_PATIENT_PREFS (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->default_language != NULL)
    kiosk_patient_prefs_set_language (self, self->default_language);
  kiosk_patient_prefs_set_text_size (self, 100);
  kiosk_patient_prefs_set_high_contrast (self, FALSE);
  kiosk_patient_prefs_set_volume (self, KIOSK_PREFS_VOLUME_DEFAULT);
  g_object_thaw_notify (G_OBJECT (self));
}
