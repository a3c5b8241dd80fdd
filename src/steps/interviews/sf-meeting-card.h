/* sf-meeting-card.h: a card of the joint meeting window: a partner's or a theme's key points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: the card "meeting-column" (its heading its first child), each point
 * "meeting-point".
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_MEETING_CARD (sf_meeting_card_get_type ())
G_DECLARE_FINAL_TYPE (SfMeetingCard, sf_meeting_card, SF, MEETING_CARD, GtkBox)

/* @subtitle may be NULL. */
GtkWidget *sf_meeting_card_new       (const char    *heading,
                                      const char    *subtitle);
/* A point's text and a line under it (its partner or themes; NULL or "" for none). */
void       sf_meeting_card_add_point (SfMeetingCard *self,
                                      const char    *text,
                                      const char    *caption);

G_END_DECLS
