/* kiosk-speech-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What kiosk-speech.c (the object and its API) and kiosk-speech-espeak.c
 * (the speech engine) share. */

#pragma once

#include "kiosk-speech.h"

G_BEGIN_DECLS

struct _KioskSpeech
{
  GObject  parent_instance;

  guint    volume;     /* percent, 0..MAX_VOLUME; espeak-ng's own scale */
  gboolean speaking;
  guint    poll_id;
};

/* kiosk-speech.c */
void     kiosk_speech_set_speaking       (KioskSpeech  *self,
                                          gboolean      speaking);

/* kiosk-speech-espeak.c */
char    *kiosk_speech_backend_find_voice (const char   *lang);
void     kiosk_speech_backend_cancel     (KioskSpeech  *self);
gboolean kiosk_speech_backend_speak      (KioskSpeech  *self,
                                          const char   *text,
                                          const char   *lang,
                                          GError      **error);
gboolean kiosk_speech_backend_synthesize (const char   *text,
                                          const char   *lang,
                                          gint16      **samples,
                                          gsize        *n_samples,
                                          guint        *sample_rate,
                                          GError      **error);

void         kiosk_speech_set_volume        (KioskSpeech          *self,
                                             guint                 percent);
guint        kiosk_speech_get_volume        (KioskSpeech          *self);
gboolean     kiosk_speech_synthesize        (const char           *text,
                                             const char           *lang,
                                             gint16              **samples,
                                             gsize                *n_samples,
                                             guint                *sample_rate,
                                             GError              **error);

G_END_DECLS
