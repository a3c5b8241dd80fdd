/* sf-deck-content.c: the slides step 5's deck makes from the project, in the method's order:
 * who we are, why, how, what we found, the preconditions, the plan, the intended decisions,
 * the question to the boards, and thanks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts are a few short lines: the boards read them from a beamer. Everything a user typed
 * passes through sf_report_context_text () for "names as roles", and nothing confidential is
 * read here (decisions, plans, figures and themes have no confidential mark).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-deck-private.h"
#include "sf-plan-timeline.h"
#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-project-figures.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-plan.h"
#include "sf-project-review.h"
#include "sf-report-document.h"
#include "sf-report-mbc.h"

/* The bars of the themes chart on a slide, the last one "other" when there are more. */
#define SLIDE_THEMES 6
/* The business case's flats on a slide: one row of tiles. */
#define SLIDE_MBC_FLATS 4

const char *
sf_deck_default_ask (void)
{
  return _("We ask you to support the plan for the coming year and the intended decisions, "
           "and to make people and means available for them.");
}

static void
add (GPtrArray    *slides,
     const char   *ref,
     const char   *title,
     GPtrArray    *lines,
     SfDeckVisual  visual)
{
  g_autofree char *body = NULL;
  SfDeckSlide *slide;

  g_ptr_array_add (lines, NULL);
  body = g_strjoinv ("\n", (char **) lines->pdata);
  slide = sf_deck_slide_new (ref, title, body);
  slide->visual = visual;
  g_ptr_array_add (slides, slide);
}

/* The list of names from @model by @name_of, ", "-separated. */
static char *
join_names (GListModel   *model,
            const char *(*name_of) (gpointer item))
{
  g_autoptr(GString) text = g_string_new ("");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *name = name_of (item);

      if (name != NULL && *name != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_title (SfDeck    *self,
           GPtrArray *slides)
{
  SfProject *project = self->project;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  SfBoardMeeting *meeting = sf_project_get_board_meeting (project);
  const char *date = meeting != NULL ? sf_board_meeting_get_date (meeting) : NULL;
  const char *municipality = sf_project_get_municipality (project);
  const char *neighbourhood = sf_project_get_neighbourhood (project);

  if (municipality != NULL && *municipality != '\0')
    g_ptr_array_add (lines, neighbourhood != NULL && *neighbourhood != '\0'
                            ? g_strdup_printf ("%s, %s", municipality, neighbourhood)
                            : g_strdup (municipality));
  g_ptr_array_add (lines, g_strdup (_("Presentation to the partners' boards")));
  /* The day the boards see it, once it is planned. */
  g_ptr_array_add (lines, sf_report_format_date (date != NULL && *date != '\0' ? date : today));
  add (slides, "title", sf_project_get_name (project), lines, SF_DECK_VISUAL_NONE);
  ((SfDeckSlide *) g_ptr_array_index (slides, slides->len - 1))->plain = TRUE;
}

static void
add_why (SfDeck    *self,
         GPtrArray *slides)
{
  const char *concept = sf_project_get_concept_name (self->project);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *flats = join_names (sf_project_get_flats (self->project),
                                       (const char *(*) (gpointer)) sf_flat_get_name);
  /* Translators: the title of the deck's second slide; %s is the project's name of the
   * concept, "Welthuisflat" by default. */
  g_autofree char *title = g_strdup_printf (_("Why a %s?"), concept);

  g_ptr_array_add (lines, g_strdup (_("Residents live independently and grow old pleasantly, "
                                      "also when their need for care and welfare increases.")));
  g_ptr_array_add (lines, g_strdup (_("Housing, care and welfare work on it together, with the "
                                      "municipality and the residents.")));
  if (*flats != '\0')
    /* Translators: on the deck's "why" slide: the flats of the project. */
    g_ptr_array_add (lines, g_strdup_printf (_("Flats: %s"), flats));
  add (slides, "why", title, lines, SF_DECK_VISUAL_NONE);
}

static const char *
interview_partner (gpointer item)
{
  SfInterview *interview = item;

  return sf_interview_get_status (interview) >= SF_INTERVIEW_HELD
         ? sf_interview_get_partner_name (interview) : NULL;
}

/* "from 3 March 2026 to 20 April 2026", or one date, of the interviews held. */
static char *
interview_dates (GListModel *interviews)
{
  const char *first = NULL, *last = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, i);
      const char *date = sf_interview_get_date (interview);

      if (interview_partner (interview) == NULL || date == NULL || *date == '\0')
        continue;
      if (first == NULL || g_strcmp0 (date, first) < 0)
        first = date;
      if (last == NULL || g_strcmp0 (date, last) > 0)
        last = date;
    }
  if (first == NULL)
    return NULL;
  from = sf_report_format_date (first);
  to = sf_report_format_date (last);
  /* Translators: when the partner interviews were held, on the deck's "how" slide. */
  return g_str_equal (first, last) ? g_steal_pointer (&from)
                                   : g_strdup_printf (_("%s to %s"), from, to);
}

static void
add_how (SfDeck    *self,
         GPtrArray *slides)
{
  SfProject *project = self->project;
  GListModel *interviews = sf_project_get_interviews (project);
  GListModel *sessions = sf_project_get_sessions (project);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *partners = join_names (interviews, interview_partner);
  g_autofree char *dates = interview_dates (interviews);
  SfReviewMeeting *meeting = sf_project_get_review_meeting (project);
  guint filled = 0, total = 0;

  if (*partners != '\0')
    g_ptr_array_add (lines, dates != NULL
                            /* Translators: on the deck's "how" slide: partners, dates. */
                            ? g_strdup_printf (_("Partner interviews: %s (%s)"), partners, dates)
                            : g_strdup_printf (_("Partner interviews: %s"), partners));
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *date = sf_report_format_date (sf_session_get_date (session));

      if (sf_session_get_held (session))
        g_ptr_array_add (lines, *date != '\0'
                                ? g_strdup_printf (_("Session with key figures: %s"), date)
                                : g_strdup (_("Session with key figures")));
    }
  sf_project_get_inventory_progress (project, &filled, &total);
  if (filled > 0)
    /* Translators: on the deck's "how" slide: step 3's figures gathered. */
    g_ptr_array_add (lines, g_strdup_printf (_("Facts and figures: %u of %u figures gathered"),
                                             filled, total));
  if (meeting != NULL && sf_review_meeting_get_held (meeting))
    {
      g_autofree char *date = sf_report_format_date (sf_review_meeting_get_date (meeting));

      g_ptr_array_add (lines, *date != '\0'
                              ? g_strdup_printf (_("Joint review of the Startfoto: %s"), date)
                              : g_strdup (_("Joint review of the Startfoto")));
    }
  add (slides, "how", _("How we went about it"), lines, SF_DECK_VISUAL_NONE);
}

static void
add_findings (SfDeck    *self,
              GPtrArray *slides)
{
  GListModel *flats = sf_project_get_flats (self->project);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (lines, g_strdup (_("What the partners and key figures raised most often.")));
  add (slides, "themes", _("What we heard"), lines, SF_DECK_VISUAL_THEMES);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      g_autofree char *ref = g_strconcat ("figures:", sf_record_get_id (SF_RECORD (flat)), NULL);
      /* Translators: a slide's title: the key figures of the flat named. */
      g_autofree char *title = g_strdup_printf (_("Key figures: %s"), sf_flat_get_name (flat));
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      add (slides, ref, title, none, SF_DECK_VISUAL_TILES);
      ((SfDeckSlide *) g_ptr_array_index (slides, slides->len - 1))->flat_id =
        g_strdup (sf_record_get_id (SF_RECORD (flat)));
    }
  g_ptr_array_set_size (lines, 0);
  g_ptr_array_add (lines, g_strdup_printf (_("How many of the preconditions for a %s are met."),
                                           sf_project_get_concept_name (self->project)));
  add (slides, "preconditions", _("Preconditions"), lines, SF_DECK_VISUAL_PRECONDITIONS);
}

/* The business case's result per flat, under the disclaimer in one line: the boards see what
 * it is before they see an amount. */
static void
add_mbc (SfDeck    *self,
         GPtrArray *slides)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (sf_project_get_flats (self->project));

  g_ptr_array_add (lines, g_strdup (sf_report_mbc_disclaimer_short ()));
  add (slides, "mbc", sf_report_chapter_get_title (SF_REPORT_CHAPTER_MBC), lines,
       n > 0 ? SF_DECK_VISUAL_MBC : SF_DECK_VISUAL_NONE);
  ((SfDeckSlide *) g_ptr_array_index (slides, slides->len - 1))->plain = TRUE;
}

static void
add_plan (SfDeck    *self,
          GPtrArray *slides)
{
  guint n = g_list_model_get_n_items (sf_project_get_plan (self->project));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (lines, n == 0 ? g_strdup (_("The plan has no actions yet."))
                                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u action, by quarter.",
                                                                 "%u actions, by quarter.", n),
                                                    n));
  add (slides, "plan", _("The plan for the coming year"), lines,
       n > 0 ? SF_DECK_VISUAL_PLAN : SF_DECK_VISUAL_NONE);
}

static void
add_decisions (SfDeck    *self,
               GPtrArray *slides)
{
  GListModel *decisions = sf_project_get_decisions (self->project);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(SfDecision) decision = g_list_model_get_item (decisions, i);

      if (sf_decision_get_status (decision) == SF_DECISION_PROPOSED)
        g_ptr_array_add (lines, g_strdup (sf_report_context_text (
          &self->ctx, sf_decision_get_text (decision))));
    }
  if (lines->len == 0)
    g_ptr_array_add (lines, g_strdup (_("No intended decisions yet.")));
  add (slides, "decisions", _("Intended decisions"), lines, SF_DECK_VISUAL_NONE);
}

static void
add_ask_and_closing (SfDeck    *self,
                     GPtrArray *slides)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  SfBoardMeeting *meeting = sf_project_get_board_meeting (self->project);
  const char *question = meeting != NULL ? sf_board_meeting_get_question (meeting) : NULL;

  /* The question the board meeting puts, as the user wrote it there. */
  g_ptr_array_add (lines, g_strdup (question != NULL && *question != '\0'
                                    ? sf_report_context_text (&self->ctx, question)
                                    : sf_deck_default_ask ()));
  add (slides, "ask", _("Our question to you"), lines, SF_DECK_VISUAL_NONE);
  g_ptr_array_set_size (lines, 0);
  g_ptr_array_add (lines, g_strdup (_("Questions and discussion")));
  g_ptr_array_add (lines, g_strdup (sf_project_get_name (self->project)));
  add (slides, "closing", _("Thank you"), lines, SF_DECK_VISUAL_NONE);
  ((SfDeckSlide *) g_ptr_array_index (slides, slides->len - 1))->plain = TRUE;
}

void
sf_deck_add_generated (SfDeck    *self,
                       GPtrArray *slides)
{
  add_title (self, slides);
  add_why (self, slides);
  add_how (self, slides);
  add_findings (self, slides);
  add_mbc (self, slides);
  add_plan (self, slides);
  add_decisions (self, slides);
  add_ask_and_closing (self, slides);
}

guint
sf_deck_add_visual (SfDeck      *self,
                    SfDeckSlide *slide,
                    guint        max_rows)
{
  switch (slide->visual)
    {
    case SF_DECK_VISUAL_THEMES:
      /* Fewer than the report's: a beamer shows them larger. The slide's title names the
       * chart, so it has none of its own. */
      sf_report_add_top_themes (&self->ctx, SLIDE_THEMES, FALSE);
      return 0;
    case SF_DECK_VISUAL_TILES:
      sf_report_add_flat_tiles (&self->ctx, slide->flat_id, NULL);
      return 0;
    case SF_DECK_VISUAL_PRECONDITIONS:
      {
        guint rows = sf_report_add_preconditions_met (&self->ctx, max_rows, TRUE);
        g_autofree char *more = NULL;

        if (rows <= max_rows)
          return rows;
        /* Translators: under a table on a slide cut short to fit; %u flats are not shown. */
        more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more flat",
                                             "… and %u more flats", rows - max_rows),
                                rows - max_rows);
        sf_report_document_add_caption (self->ctx.doc, more);
        return rows;
      }
    case SF_DECK_VISUAL_PLAN:
      {
        SfTimeline *timeline = sf_plan_timeline_new (self->project);

        sf_timeline_set_title (timeline, NULL);
        sf_report_document_add_timeline (self->ctx.doc, timeline);
        return 0;
      }
    case SF_DECK_VISUAL_MBC:
      {
        guint shown = MIN (SLIDE_MBC_FLATS, max_rows);
        guint flats = sf_report_add_mbc_results (&self->ctx, shown);
        g_autofree char *more = NULL;

        if (flats > shown)
          {
            more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more flat",
                                                 "… and %u more flats", flats - shown),
                                    flats - shown);
            sf_report_document_add_caption (self->ctx.doc, more);
          }
        return MIN (flats, SLIDE_MBC_FLATS);
      }
    case SF_DECK_VISUAL_NONE:
    default:
      return 0;
    }
}
