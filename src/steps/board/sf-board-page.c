/* sf-board-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 5's page: the method's texts and questions (SfStepPage) with the step's own parts, each
 * a section of its own file: the board meeting, its board members, and each board's support.
 */
#include "config.h"

#include "sf-board-meeting-section.h"
#include "sf-board-members-section.h"
#include "sf-board-page.h"
#include "sf-deck-section.h"
#include "sf-support-section.h"

struct _SfBoardPage
{
  SfStepPage parent_instance;

  GtkWidget *meeting;
  GtkWidget *support;
  GtkWidget *deck;
};

G_DEFINE_FINAL_TYPE (SfBoardPage, sf_board_page, SF_TYPE_STEP_PAGE)

static void
sf_board_page_constructed (GObject *object)
{
  SfBoardPage *self = SF_BOARD_PAGE (object);
  SfStepPage *page = SF_STEP_PAGE (object);
  SfProject *project;

  G_OBJECT_CLASS (sf_board_page_parent_class)->constructed (object);
  project = sf_project_page_get_project (SF_PROJECT_PAGE (object));

  /* The meeting and who speaks for each board. */
  self->meeting = sf_board_meeting_section_new (project);
  sf_step_page_add_section (page, self->meeting);
  sf_step_page_add_section (page, sf_board_members_section_new (project));

  /* The deck shown to the boards, and presenting it. */
  self->deck = sf_deck_section_new (project);
  sf_step_page_add_section (page, self->deck);

  /* Each board's answer to each intended decision. */
  self->support = sf_support_section_new (project);
  sf_step_page_add_section (page, self->support);
}

/* A search hit of this step: the part that shows it. */
static gboolean
sf_board_page_reveal (SfProjectPage *page,
                      const char    *kind,
                      const char    *ref)
{
  SfBoardPage *self = SF_BOARD_PAGE (page);

  if (g_str_equal (kind, "board_meeting"))
    return sf_board_meeting_section_reveal (SF_BOARD_MEETING_SECTION (self->meeting));
  if (g_str_equal (kind, "slide"))
    return sf_deck_section_reveal (SF_DECK_SECTION (self->deck), ref);
  if (g_str_equal (kind, "board_support"))
    return sf_support_section_reveal (SF_SUPPORT_SECTION (self->support), ref);
  return FALSE;
}

/* F5 anywhere on the step presents the deck, as in a presentation program. */
static gboolean
present_cb (GtkWidget *widget,
            GVariant  *args,
            gpointer   data)
{
  return gtk_widget_activate_action (SF_BOARD_PAGE (widget)->deck, "deck.present", NULL);
}

static void
sf_board_page_class_init (SfBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sf_board_page_constructed;
  SF_PROJECT_PAGE_CLASS (klass)->reveal = sf_board_page_reveal;
  gtk_widget_class_add_binding (GTK_WIDGET_CLASS (klass), GDK_KEY_F5, 0, present_cb, NULL);
}

static void
sf_board_page_init (SfBoardPage *self)
{
}
