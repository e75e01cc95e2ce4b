/* kiosk-speech.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kiosk-document.h"

G_BEGIN_DECLS

/* Reads pages aloud with espeak-ng. Display-free: the UI owns a KioskSpeech,
 * calls kiosk_speech_speak() and follows its "speaking" property. */

#define KIOSK_SPEECH_DEFAULT_VOLUME 100   /* percent; range 0..200 */

#define KIOSK_TYPE_SPEECH (kiosk_speech_get_type ())

G_DECLARE_FINAL_TYPE (KioskSpeech, kiosk_speech, KIOSK, SPEECH, GObject)

gboolean     kiosk_speech_is_supported      (void);
gboolean     kiosk_speech_has_voice         (const char           *lang);
KioskSpeech *kiosk_speech_new               (void);
gboolean     kiosk_speech_speak             (KioskSpeech          *self,
                                             const char           *text,
                                             const char           *lang,
                                             GError              **error);
void         kiosk_speech_stop              (KioskSpeech          *self);
gboolean     kiosk_speech_get_speaking      (KioskSpeech          *self);
char        *kiosk_speech_text_for_document (const char           *title,
                                             const KioskDocument  *document);

G_END_DECLS
