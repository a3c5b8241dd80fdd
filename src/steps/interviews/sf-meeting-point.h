/* sf-meeting-point.h: a key point on a card of the joint meeting window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_MEETING_POINT (sf_meeting_point_get_type ())
G_DECLARE_FINAL_TYPE (SfMeetingPoint, sf_meeting_point, SF, MEETING_POINT, GtkBox)

/* Its text, and a line naming its partner or themes (@caption NULL or "": none). */
GtkWidget *sf_meeting_point_new (const char *text,
                                 const char *caption);

G_END_DECLS
