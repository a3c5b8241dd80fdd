/* sf-report-builder.c: a project's report as a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cover and the contents, then each chosen chapter from a file of its own
 * (sf-report-glance.c, -step1.c, -step2.c, -step3.c, -step4*.c, -mbc*.c, -step5.c,
 * -appendix.c); here too what
 * they share: how people are named, and what a chapter says when its step has not been done.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "sf-date.h"
#include "sf-flat.h"
#include "sf-project-interviews.h"
#include "sf-project-figures.h"
#include "sf-method.h"
#include "sf-partner.h"
#include "sf-report-chapters.h"
#include "sf-project-key-figures.h"

void
sf_report_options_init_default (SfReportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->chapters = SF_REPORT_CHAPTER_ALL;
  options->with_answers = FALSE;
  options->names_as_roles = FALSE;
  options->resident_names = FALSE;
}

const char *
sf_report_chapter_get_title (SfReportChapters chapter)
{
  switch (chapter)
    {
    case SF_REPORT_CHAPTER_AT_A_GLANCE:
      return _("At a Glance");
    case SF_REPORT_CHAPTER_STEP_1:
      return _("Partner Interviews");
    case SF_REPORT_CHAPTER_STEP_2:
      return _("Session with Key Figures");
    case SF_REPORT_CHAPTER_STEP_3:
      return _("Facts and Figures");
    case SF_REPORT_CHAPTER_STEP_4:
      return _("Discussing the Outcomes");
    case SF_REPORT_CHAPTER_STEP_5:
      return _("Presenting to the Boards");
    case SF_REPORT_CHAPTER_MBC:
      return _("Societal Business Case");
    case SF_REPORT_CHAPTER_APPENDIX:
      return _("Appendix");
    case SF_REPORT_CHAPTER_ALL:
    default:
      g_return_val_if_reached ("");
    }
}

/* ---- naming people ---------------------------------------------------------------------- */

static const char *
keep (SfReportContext *ctx,
      char            *text)
{
  g_ptr_array_add (ctx->strings, text);
  return text;
}

/* Whether the report names someone by their role: everyone with names as roles, and private
 * persons (residents) unless their names were asked for. */
static gboolean
by_role (SfReportContext *ctx,
         gboolean         private_person)
{
  return ctx->options->names_as_roles || (private_person && !ctx->options->resident_names);
}

static char *
sentence_case (const char *text)
{
  GString *result = g_string_new (NULL);

  g_string_append_unichar (result, g_unichar_totitle (g_utf8_get_char (text)));
  g_string_append (result, g_utf8_next_char (text));
  return g_string_free (result, FALSE);
}

static const char *
role_label (SfReportContext *ctx,
            const char      *role)
{
  g_autofree char *stripped_role = g_strstrip (g_strdup (role ? role : ""));

  /* A role stands where a name stood: it begins with a capital, as the name did. */
  if (*stripped_role != '\0')
    return keep (ctx, sentence_case (stripped_role));
  /* Translators: in the report, instead of the name of someone whose role is not known. */
  return C_("report", "A person involved");
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return *stripped == '\0';
}

static void
remember_name (SfReportContext *ctx,
               const char      *name,
               const char      *role,
               gboolean         private_person)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));

  /* Very short "names" would eat ordinary words. */
  if (g_utf8_strlen (stripped, -1) < 3 || !by_role (ctx, private_person))
    return;
  for (guint i = 0; i < ctx->names->len; i++)
    if (g_str_equal (g_ptr_array_index (ctx->names, i), stripped))
      return;
  g_ptr_array_add (ctx->names, g_steal_pointer (&stripped));
  g_ptr_array_add (ctx->labels, g_strdup (role_label (ctx, role)));
}

/* Longest first, so that "Ans Koster" is replaced before a shorter name inside it. */
static void
sort_names (SfReportContext *ctx)
{
  for (guint i = 1; i < ctx->names->len; i++)
    for (guint j = i; j > 0; j--)
      {
        char **names = (char **) ctx->names->pdata, **labels = (char **) ctx->labels->pdata;
        char *swap;

        if (strlen (names[j - 1]) >= strlen (names[j]))
          break;
        swap = names[j], names[j] = names[j - 1], names[j - 1] = swap;
        swap = labels[j], labels[j] = labels[j - 1], labels[j - 1] = swap;
      }
}

static void
collect_names (SfReportContext *ctx)
{
  GListModel *people = sf_project_get_people (ctx->project);
  GListModel *partners = sf_project_get_partners (ctx->project);
  GListModel *sessions = sf_project_get_sessions (ctx->project);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);

      remember_name (ctx, sf_person_get_name (person), sf_person_get_role (person),
                     sf_person_role_is_private (sf_person_get_role (person)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      const char *role = sf_partner_get_role (partner);
      gboolean residents = g_strcmp0 (sf_partner_get_domain (partner), "residents") == 0;

      /* A residents' group speaks through a resident. */
      remember_name (ctx, sf_partner_get_contact (partner),
                     residents && (role == NULL || *role == '\0') ? C_("report", "A resident")
                                                                    : role,
                     residents || sf_person_role_is_private (role));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);
      GListModel *participants = sf_project_get_participants (
        ctx->project, sf_record_get_id (SF_RECORD (session)));

      for (guint j = 0; j < g_list_model_get_n_items (participants); j++)
        {
          g_autoptr(SfParticipant) p = g_list_model_get_item (participants, j);

          /* A key figure who is there for no organisation is there as a private person. */
          remember_name (ctx, sf_participant_get_name (p), sf_participant_get_role (p),
                         sf_person_role_is_private (sf_participant_get_role (p)) ||
                         is_blank (sf_participant_get_organisation (p)));
        }
    }
  sort_names (ctx);
}

void
sf_report_context_init (SfReportContext       *ctx,
                        SfProject             *project,
                        const SfReportOptions *options,
                        SfReportDocument      *doc)
{
  *ctx = (SfReportContext) { project, options, doc, NULL, NULL, NULL, NULL };
  ctx->names = g_ptr_array_new_with_free_func (g_free);
  ctx->labels = g_ptr_array_new_with_free_func (g_free);
  ctx->strings = g_ptr_array_new_with_free_func (g_free);
  collect_names (ctx);
}

void
sf_report_context_clear (SfReportContext *ctx)
{
  g_clear_pointer (&ctx->names, g_ptr_array_unref);
  g_clear_pointer (&ctx->labels, g_ptr_array_unref);
  g_clear_pointer (&ctx->strings, g_ptr_array_unref);
  g_clear_pointer (&ctx->precondition_states, g_hash_table_unref);
  g_clear_pointer (&ctx->requirement_checks, g_hash_table_unref);
  g_clear_pointer (&ctx->precondition_statuses, g_hash_table_unref);
  g_clear_pointer (&ctx->preconditions_met, g_array_unref);
}

const char *
sf_report_context_person (SfReportContext *ctx,
                          const char      *name,
                          const char      *role)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));

  if (*stripped == '\0')
    return "";
  /* Someone known to the project, by how they take part anywhere in it; named by the role
   * they have here, if it is known. */
  for (guint i = 0; i < ctx->names->len; i++)
    if (g_str_equal (g_ptr_array_index (ctx->names, i), stripped))
      return role && *role ? role_label (ctx, role) : g_ptr_array_index (ctx->labels, i);
  return by_role (ctx, sf_person_role_is_private (role)) ? role_label (ctx, role) : name;
}

/* Whether @len bytes at @at in @text stand on their own, not inside a longer word: "Ria" is
 * not in "materiaal", "Ans Koster" not in "Hans Koster". */
static gboolean
whole_word (const char *text,
            gsize       at,
            gsize       len)
{
  const char *before = at > 0 ? g_utf8_find_prev_char (text, text + at) : NULL;
  const char *after = text + at + len;

  return (before == NULL || !g_unichar_isalnum (g_utf8_get_char (before))) &&
         (*after == '\0' || !g_unichar_isalnum (g_utf8_get_char (after)));
}

/* Case-insensitive for ASCII letters, which Dutch names are almost always written in. */
const char *
sf_report_context_text (SfReportContext *ctx,
                        const char      *text)
{
  GString *out;

  if (text == NULL)
    return "";
  if (ctx->names->len == 0)
    return text;
  out = g_string_new (text);
  for (guint i = 0; i < ctx->names->len; i++)
    {
      const char *name = g_ptr_array_index (ctx->names, i);
      const char *label = g_ptr_array_index (ctx->labels, i);
      gsize len = strlen (name);

      for (gsize at = 0; at + len <= out->len;)
        if (g_ascii_strncasecmp (out->str + at, name, len) == 0 &&
            whole_word (out->str, at, len))
          {
            g_string_erase (out, at, len);
            g_string_insert (out, at, label);
            at += strlen (label);
          }
        else
          at++;
    }
  return keep (ctx, g_string_free (out, FALSE));
}

/* ---- shared by the chapters ------------------------------------------------------------- */

void
sf_report_add_not_done (SfReportContext *ctx,
                        guint            step)
{
  g_autofree char *text = NULL;

  /* Translators: in the report; %u is the step's number. */
  text = g_strdup_printf (_("Step %u has not been done yet: there is nothing to report."),
                          step);
  sf_report_document_add_paragraph (ctx->doc, text);
}

void
sf_report_add_purpose (SfReportContext *ctx,
                       guint            step)
{
  const SfMethodStep *method = sf_method_get_step (step);

  g_autofree char *markup = NULL;

  if (method == NULL)
    return;
  /* Translators: before the method's purpose of a step, at the start of its chapter. */
  markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Purpose:"),
                                    sf_method_step_get_purpose (method));
  sf_report_document_add_markup (ctx->doc, markup);
}

const char *
sf_report_step_status_label (SfStepStatus status)
{
  switch (status)
    {
    case SF_STEP_IN_PROGRESS:
      return C_("step status", "In progress");
    case SF_STEP_DONE:
      return C_("step status", "Done");
    case SF_STEP_NOT_STARTED:
    default:
      return C_("step status", "Not started");
    }
}

/* The same words as in the app, whatever locale data the machine has. */
char *
sf_report_format_date (const char *iso)
{
  return sf_date_format (iso, SF_DATE_LONG);
}

char *
sf_report_format_number (double   value,
                         gboolean share)
{
  return sf_chart_format_figure (share ? SF_CHART_FORMAT_PERCENT : SF_CHART_FORMAT_NUMBER,
                                 value);
}

SfReportFigure
sf_report_figure (SfProject  *project,
                  const char *indicator_key,
                  const char *flat_id)
{
  SfIndicator *indicator = sf_project_find_indicator_by_key (project, indicator_key);
  SfIndicatorValue *value;
  SfReportFigure figure = { FALSE, 0, FALSE };

  if (indicator == NULL || sf_indicator_get_hidden (indicator))
    return figure;
  value = sf_project_find_indicator_value (project,
                                           sf_record_get_id (SF_RECORD (indicator)), flat_id);
  if (value == NULL || !sf_indicator_value_has_number (value))
    return figure;
  figure.known = TRUE;
  figure.value = sf_indicator_value_get_number (value);
  figure.estimate = sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT;
  return figure;
}

/* ---- the cover -------------------------------------------------------------------------- */

static char *
flat_names (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, sf_flat_get_name (flat));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
partner_names (SfProject *project)
{
  GListModel *partners = sf_project_get_partners (project);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, sf_partner_get_organisation (partner));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The cover lists names while they fit a few lines; a long list becomes a count. */
#define COVER_LIST_MAX_CHARS 240

/* Takes @list and @count; returns one of them. */
static char *
fit_cover (char *list,
           char *count)
{
  if (g_utf8_strlen (list, -1) <= COVER_LIST_MAX_CHARS)
    {
      g_free (count);
      return list;
    }
  g_free (list);
  return count;
}

static void
add_cover (SfReportContext *ctx)
{
  SfProject *project = ctx->project;
  guint n_flats = g_list_model_get_n_items (sf_project_get_flats (project));
  guint n_partners = g_list_model_get_n_items (sf_project_get_partners (project));
  /* Translators: on the report's cover, instead of a list of flats too long for it. */
  g_autofree char *flats = fit_cover (flat_names (project), g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u flat", "%u flats", n_flats), n_flats));
  /* Translators: on the report's cover, instead of a list of partners too long for it. */
  g_autofree char *partners = fit_cover (partner_names (project), g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", n_partners), n_partners));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = sf_report_format_date (today);
  const char *labels[6], *values[6];
  guint n = 0;
  const char *neighbourhood = sf_project_get_neighbourhood (project);

  labels[n] = _("Municipality"), values[n++] = sf_project_get_municipality (project);
  if (neighbourhood != NULL && *neighbourhood != '\0')
    labels[n] = _("Neighbourhood"), values[n++] = neighbourhood;
  if (*flats != '\0')
    labels[n] = _("Flats"), values[n++] = flats;
  if (*partners != '\0')
    labels[n] = _("Partners"), values[n++] = partners;
  labels[n] = _("Date"), values[n++] = date;
  labels[n] = values[n] = NULL;
  sf_report_document_add_cover (ctx->doc, sf_project_get_name (project),
                                sf_project_get_concept_name (project), labels, values);
}

/* "Startfoto, Welthuisflat, Leiden": the parts the project has, nothing personal. */
static char *
keywords_for (SfProject *project)
{
  const char *parts[] = { sf_project_get_concept_name (project),
                          sf_project_get_municipality (project) };
  GString *keywords = g_string_new ("Startfoto");

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (keywords, ", %s", parts[i]);
  return g_string_free (keywords, FALSE);
}

SfReportDocument *
sf_report_build (SfProject             *project,
                 const SfReportOptions *options,
                 GError               **error)
{
  SfReportDocument *doc;
  SfReportContext ctx;
  g_autofree char *keywords = NULL;
  gboolean reading;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  /* Hundreds of reads, as the deck's: one snapshot and one lock for all of them. */
  reading = sf_project_begin_read (project);

  doc = sf_report_document_new (sf_project_get_name (project));
  sf_report_document_set_subject (doc, _("Startfoto: a shared picture of the local situation"));
  keywords = keywords_for (project);
  sf_report_document_set_keywords (doc, keywords);
  sf_report_context_init (&ctx, project, options, doc);
  add_cover (&ctx);
  sf_report_document_add_contents (doc, _("Contents"));
  if (options->chapters & SF_REPORT_CHAPTER_AT_A_GLANCE)
    sf_report_add_glance (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_STEP_1)
    sf_report_add_step1 (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_STEP_2)
    sf_report_add_step2 (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_STEP_3)
    sf_report_add_step3 (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_STEP_4)
    sf_report_add_step4 (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_MBC)
    sf_report_add_mbc (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_STEP_5)
    sf_report_add_step5 (&ctx);
  if (options->chapters & SF_REPORT_CHAPTER_APPENDIX)
    sf_report_add_appendix (&ctx);
  sf_report_context_clear (&ctx);
  if (reading)
    sf_project_end_read (project);
  return doc;
}
