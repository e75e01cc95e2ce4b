/* kiosk-speech.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-speech"

#include "config.h"

#include "kiosk-speech-private.h"

#define MAX_VOLUME 200

G_DEFINE_FINAL_TYPE (KioskSpeech, kiosk_speech, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SPEAKING,
  PROP_VOLUME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Speaking state
 */

void
kiosk_speech_set_speaking (KioskSpeech *self,
                           gboolean     speaking)
{
  speaking = !!speaking;
  if (self->speaking == speaking)
    return;

  self->speaking = speaking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKING]);
}

/*
 * GObject
 */

static void
kiosk_speech_dispose (GObject *object)
{
  KioskSpeech *self = KIOSK_SPEECH (object);

  kiosk_speech_backend_cancel (self);
  self->speaking = FALSE;

  G_OBJECT_CLASS (kiosk_speech_parent_class)->dispose (object);
}

static void
kiosk_speech_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KioskSpeech *self = KIOSK_SPEECH (object);

  switch (prop_id)
    {
    case PROP_SPEAKING:
      g_value_set_boolean (value, self->speaking);
      break;

    case PROP_VOLUME:
      g_value_set_uint (value, self->volume);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_speech_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KioskSpeech *self = KIOSK_SPEECH (object);

  switch (prop_id)
    {
    case PROP_VOLUME:
      kiosk_speech_set_volume (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_speech_class_init (KioskSpeechClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kiosk_speech_dispose;
  object_class->get_property = kiosk_speech_get_property;
  object_class->set_property = kiosk_speech_set_property;

  /**
   * KioskSpeech:speaking:
   *
   * Whether text is being read aloud. It turns %FALSE by itself when the
   * end is reached, within a fraction of a second.
   */
  properties[PROP_SPEAKING] =
    g_param_spec_boolean ("speaking", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KioskSpeech:volume:
   *
   * The loudness in percent of espeak-ng's normal volume, from 0 to 200.
   */
  properties[PROP_VOLUME] =
    g_param_spec_uint ("volume", NULL, NULL,
                       0, MAX_VOLUME, KIOSK_SPEECH_DEFAULT_VOLUME,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kiosk_speech_init (KioskSpeech *self)
{
  self->volume = KIOSK_SPEECH_DEFAULT_VOLUME;
}

/*
 * Public API
 */

/**
 * kiosk_speech_is_supported:
 *
 * Returns: %TRUE if the kiosk was built with espeak-ng and can read aloud;
 *   without it, the Read aloud button is not shown
 */
gboolean
kiosk_speech_is_supported (void)
{
#ifdef HAVE_ESPEAK
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * kiosk_speech_has_voice:
 * @lang: a language folder's name
 *
 * Returns: whether the kiosk can read @lang aloud in a voice of that
 *   language; where it cannot, the Read aloud button is not shown
 */
gboolean
kiosk_speech_has_voice (const char *lang)
{
  g_autofree char *voice = NULL;

  if (!kiosk_speech_is_supported () || lang == NULL)
    return FALSE;
  voice = kiosk_speech_backend_find_voice (lang);
  return voice != NULL;
}

/**
 * kiosk_speech_new:
 *
 * Creates a reader. The speech engine itself starts on first use. Use it
 * from the main thread only.
 *
 * Returns: (transfer full): a new #KioskSpeech
 */
KioskSpeech *
kiosk_speech_new (void)
{
  return g_object_new (KIOSK_TYPE_SPEECH, NULL);
}

/**
 * kiosk_speech_speak:
 * @self: a #KioskSpeech
 * @text: plain UTF-8 text, for example from
 *   kiosk_speech_text_for_document()
 * @lang: (nullable): a language code such as "en" or "es"; a language
 *   without a voice is read in English
 * @error: return location for a #GError
 *
 * Starts reading @text aloud through the audio output and returns at
 * once; whatever was being read, by any #KioskSpeech, stops first.
 * #KioskSpeech:speaking is %TRUE until the end is reached or
 * kiosk_speech_stop() is called. Blank text stops speech and reads
 * nothing.
 *
 * The error is %G_IO_ERROR_NOT_SUPPORTED when the kiosk was built without
 * espeak-ng, and %G_IO_ERROR_FAILED when the speech engine or the audio
 * device cannot be opened; its message can be shown to patients.
 *
 * Returns: %TRUE if reading started, or there was nothing to read
 */
gboolean
kiosk_speech_speak (KioskSpeech  *self,
                    const char   *text,
                    const char   *lang,
                    GError      **error)
{
  g_return_val_if_fail (KIOSK_IS_SPEECH (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return kiosk_speech_backend_speak (self, text, lang, error);
}

/**
 * kiosk_speech_stop:
 * @self: a #KioskSpeech
 *
 * Stops reading aloud at once. Does nothing if @self is not reading.
 */
void
kiosk_speech_stop (KioskSpeech *self)
{
  g_return_if_fail (KIOSK_IS_SPEECH (self));

  kiosk_speech_backend_cancel (self);
  kiosk_speech_set_speaking (self, FALSE);
}

/**
 * kiosk_speech_get_speaking:
 * @self: a #KioskSpeech
 *
 * Returns: %TRUE while text is being read aloud
 */
gboolean
kiosk_speech_get_speaking (KioskSpeech *self)
{
  g_return_val_if_fail (KIOSK_IS_SPEECH (self), FALSE);

  return self->speaking;
}

/**
 * kiosk_speech_set_volume:
 * @self: a #KioskSpeech
 * @percent: the loudness, where 100 (%KIOSK_SPEECH_DEFAULT_VOLUME) is
 *   espeak-ng's normal volume; values above 200 are taken as 200
 *
 * Sets the volume of the next text read aloud. espeak-ng queues a change
 * of volume behind the text it is reading, so text already being read
 * keeps its volume to the end.
 */
void
kiosk_speech_set_volume (KioskSpeech *self,
                         guint        percent)
{
  g_return_if_fail (KIOSK_IS_SPEECH (self));

  percent = MIN (percent, MAX_VOLUME);
  if (self->volume == percent)
    return;

  self->volume = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

/**
 * kiosk_speech_get_volume:
 * @self: a #KioskSpeech
 *
 * Returns: the volume in percent, from 0 to 200
 */
guint
kiosk_speech_get_volume (KioskSpeech *self)
{
  g_return_val_if_fail (KIOSK_IS_SPEECH (self), KIOSK_SPEECH_DEFAULT_VOLUME);

  return self->volume;
}

/**
 * kiosk_speech_synthesize:
 * @text: plain UTF-8 text
 * @lang: (nullable): a language code such as "en" or "es"; a language
 *   without a voice is rendered in English
 * @samples: (out) (transfer full) (nullable): 16-bit mono samples, or
 *   %NULL when there are none; free with g_free()
 * @n_samples: (out): the number of samples
 * @sample_rate: (out): samples per second
 * @error: return location for a #GError
 *
 * Renders @text into memory at the normal volume, without a sound card.
 * Blank text renders to no samples and is not an error.
 *
 * This switches the process's one speech engine into memory mode, so it
 * must not be called while a #KioskSpeech is reading aloud: that reading
 * stops. It is meant for processes that only render, such as tests.
 *
 * The error is %G_IO_ERROR_NOT_SUPPORTED when the kiosk was built without
 * espeak-ng, and %G_IO_ERROR_FAILED when the speech engine cannot start.
 *
 * Returns: %TRUE on success
 */
gboolean
kiosk_speech_synthesize (const char  *text,
                         const char  *lang,
                         gint16     **samples,
                         gsize       *n_samples,
                         guint       *sample_rate,
                         GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (samples != NULL, FALSE);
  g_return_val_if_fail (n_samples != NULL, FALSE);
  g_return_val_if_fail (sample_rate != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *samples = NULL;
  *n_samples = 0;
  *sample_rate = 0;

  return kiosk_speech_backend_synthesize (text, lang, samples, n_samples, sample_rate, error);
}

