/* sf-report-step4-preconditions.c: the report's preconditions matrix (step 4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table per group of the method (and the project's own): the precondition, how it stands
 * (for the whole project, or per flat when it is about the building), and the partners'
 * choice with their vision. Where no status was set by hand, step 3's suggestion is given
 * with the figure it rests on ("≈" for an estimate). With more flats than fit in a cell, the
 * cell counts them and a table per flat follows. A vision too long for a cell is written in
 * full under the tables, where text breaks across pages.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-flat.h"
#include "sf-method.h"
#include "sf-project-figures.h"
#include "sf-report-step4.h"

/* Per-flat statuses written out in the matrix up to this many flats. */
#define MAX_FLATS_IN_CELL 4
/* A vision longer than this goes under the tables (characters). */
#define MAX_VISION_IN_CELL 400

/* The figure of step 3 that each requirement checks (sf_project_check_requirements). */
static const struct
{
  const char *requirement;
  const char *indicator;
} requirement_figures[] = {
  { "min_dwellings", "s3q1a" },
  { "common_room", "s3q2" },
  { "social_rent", "req_social_rent" },
  { "near_transport_shop", "req_near_transport_shop" },
  { "scooter_storage", "req_scooter_storage" },
};

/* "96 woningen", "ja": the figure the suggestion for @precondition rests on, or NULL. */
static char *
suggestion_figure (SfReportContext *ctx,
                   SfPrecondition  *precondition,
                   const char      *flat_id)
{
  const SfMethodPrecondition *method =
    sf_method_lookup_precondition (sf_precondition_get_method_key (precondition));
  const char *requirement = method ? sf_method_precondition_get_requirement (method) : NULL;

  for (guint i = 0; requirement != NULL && i < G_N_ELEMENTS (requirement_figures); i++)
    if (g_str_equal (requirement_figures[i].requirement, requirement))
      {
        const char *key = requirement_figures[i].indicator;
        SfReportFigure figure = sf_report_figure (ctx->project, key, flat_id);
        SfIndicator *indicator = sf_project_find_indicator_by_key (ctx->project, key);
        g_autofree char *number = NULL;
        const char *unit;

        if (!figure.known || indicator == NULL)
          return NULL;
        if (sf_indicator_get_indicator_type (indicator) == SF_INDICATOR_YES_NO)
          return g_strdup (figure.value != 0 ? _("Yes") : _("No"));
        number = sf_report_format_number (figure.value, FALSE);
        unit = sf_indicator_get_unit (indicator);
        return unit && *unit ? g_strdup_printf ("%s %s", number, unit) : g_steal_pointer (&number);
      }
  return NULL;
}

static void
state_free (gpointer data)
{
  sf_precondition_state_clear (data);
  g_free (data);
}

/* Step 3's checks of @flat_id, made once per report (NULL for the whole project, or when
 * they cannot be read: then each state makes them itself). */
static const SfRequirementResult *
flat_checks (SfReportContext *ctx,
             const char      *flat_id)
{
  SfRequirementResult *checks;

  if (flat_id == NULL)
    return NULL;
  if (ctx->requirement_checks == NULL)
    ctx->requirement_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  checks = g_hash_table_lookup (ctx->requirement_checks, flat_id);
  if (checks != NULL)
    return checks;
  checks = g_new0 (SfRequirementResult, SF_REQUIREMENT_N);
  if (!sf_project_check_requirements (ctx->project, flat_id, checks, NULL))
    {
      g_free (checks);
      return NULL;
    }
  g_hash_table_insert (ctx->requirement_checks, g_strdup (flat_id), checks);
  return checks;
}

const SfPreconditionState *
sf_report_precondition_state (SfReportContext *ctx,
                              SfPrecondition  *precondition,
                              const char      *flat_id)
{
  g_autofree char *key = g_strconcat (sf_record_get_id (SF_RECORD (precondition)), "/",
                                      flat_id ? flat_id : "", NULL);
  SfPreconditionState *state;

  if (ctx->precondition_states == NULL)
    ctx->precondition_states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      state_free);
  state = g_hash_table_lookup (ctx->precondition_states, key);
  if (state != NULL)
    return state;
  /* Read all at once: the matrix asks for every precondition of every flat. */
  if (ctx->precondition_statuses == NULL &&
      (ctx->precondition_statuses = sf_project_read_precondition_statuses (ctx->project,
                                                                           NULL)) == NULL)
    return NULL;
  state = g_new0 (SfPreconditionState, 1);
  if (!sf_project_get_precondition_state_checked (ctx->project, precondition, flat_id,
                                                  flat_checks (ctx, flat_id),
                                                  ctx->precondition_statuses, state, NULL))
    {
      g_free (state);
      return NULL;
    }
  g_hash_table_insert (ctx->precondition_states, g_steal_pointer (&key), state);
  return state;
}

char *
sf_report_precondition_status_text (SfReportContext     *ctx,
                                    SfPrecondition      *precondition,
                                    const char          *flat_id,
                                    const SfPreconditionState *state,
                                    gboolean            *estimate)
{
  GString *text = g_string_new (sf_report_precondition_status_label (state->status));

  *estimate = FALSE;
  if (state->by_hand)
    {
      if (state->basis && *state->basis)
        g_string_append_printf (text, " — %s", sf_report_context_text (ctx, state->basis));
      if (state->suggested && state->suggestion != state->status)
        {
          g_string_append (text, " (");
          /* Translators: after a status set by hand that step 3 no longer agrees with. */
          g_string_append_printf (text, _("step 3 now suggests %s"),
                                  sf_report_precondition_status_label (state->suggestion));
          g_string_append (text, ")");
        }
    }
  else if (state->suggested)
    {
      g_autofree char *figure = suggestion_figure (ctx, precondition, flat_id);

      *estimate = state->estimate;
      g_string_prepend (text, state->estimate ? "≈ " : "");
      g_string_append (text, " (");
      if (figure)
        /* Translators: after a status step 3 suggests; %s is the figure, e.g. "96 dwellings". */
        g_string_append_printf (text, _("suggested by step 3: %s%s"),
                                state->estimate ? "≈ " : "", figure);
      else
        g_string_append (text, _("suggested by step 3"));
      g_string_append (text, ")");
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  const char *id;
  const char *name;
} Flat;

static GArray *
flats_of (SfReportContext *ctx)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Flat));

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      SfFlat *flat = g_list_model_get_item (flats, i);
      Flat entry = { sf_record_get_id (SF_RECORD (flat)), sf_flat_get_name (flat) };

      g_array_append_val (out, entry);
      g_object_unref (flat); /* the list holds it */
    }
  return out;
}

/* A per-flat precondition's cell: a line per flat, or with many flats a count per status. */
static char *
per_flat_cell (SfReportContext *ctx,
               SfPrecondition  *precondition,
               GArray          *flats)
{
  GString *cell = g_string_new (NULL);
  guint counts[SF_PRECONDITION_N_STATUSES] = { 0 };
  g_autofree char *first = NULL;
  gboolean same = TRUE;

  for (guint f = 0; f < flats->len; f++)
    {
      Flat *flat = &g_array_index (flats, Flat, f);
      const SfPreconditionState *state = sf_report_precondition_state (ctx, precondition,
                                                                       flat->id);
      gboolean estimate;

      if (state == NULL)
        continue;
      if (flats->len <= MAX_FLATS_IN_CELL)
        {
          g_autofree char *text = sf_report_precondition_status_text (ctx, precondition, flat->id,
                                                                      state, &estimate);

          g_string_append_printf (cell, "%s%s: %s", cell->len ? "\n" : "", flat->name, text);
          same = same && (first == NULL || g_str_equal (first, text));
          if (first == NULL)
            first = g_steal_pointer (&text);
        }
      counts[state->status]++;
    }
  if (flats->len > 1 && flats->len <= MAX_FLATS_IN_CELL && same && first != NULL)
    {
      /* Translators: a precondition's status when it is the same for every flat. */
      g_string_printf (cell, _("every flat: %s"), first);
    }
  if (flats->len > MAX_FLATS_IN_CELL)
    {
      static const SfPreconditionStatus order[] = {
        SF_PRECONDITION_MET, SF_PRECONDITION_PARTLY, SF_PRECONDITION_NOT_YET,
        SF_PRECONDITION_UNKNOWN,
      };

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        if (counts[order[i]] > 0)
          g_string_append_printf (cell, "%s%u× %s", cell->len ? ", " : "", counts[order[i]],
                                  sf_report_precondition_status_label (order[i]));
    }
  return g_string_free (cell, FALSE);
}

static char *
choice_cell (SfReportContext *ctx,
             SfPrecondition  *precondition,
             GPtrArray       *long_visions)
{
  const char *vision = sf_precondition_get_vision (precondition);
  const char *choice = sf_report_choice_label (sf_precondition_get_choice (precondition));

  if (vision == NULL || *vision == '\0')
    return g_strdup (choice);
  if (g_utf8_strlen (vision, -1) > MAX_VISION_IN_CELL)
    {
      g_ptr_array_add (long_visions, precondition);
      /* Translators: in the preconditions table, when the vision is written out below it. */
      return g_strdup_printf ("%s — %s", choice, _("our vision is below the tables"));
    }
  return g_strdup_printf ("%s — %s", choice, sf_report_context_text (ctx, vision));
}

static SfReportTable *
add_matrix (SfReportContext *ctx,
            const char      *title)
{
  SfReportTable *table;

  sf_report_add_bold (ctx, title);
  table = sf_report_document_add_table (ctx->doc, 3);
  sf_report_table_set_column (table, 0, _("Precondition"), 0.36, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Status"), 0.32, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("Our choice and vision"), 0.32,
                              SF_REPORT_ALIGN_START);
  return table;
}

static void
add_row (SfReportContext *ctx,
         SfReportTable   *table,
         SfPrecondition  *precondition,
         GArray          *flats,
         GPtrArray       *long_visions)
{
  g_autofree char *status = NULL, *choice = choice_cell (ctx, precondition, long_visions);
  gboolean estimate = FALSE;
  const char *cells[3];

  if (sf_precondition_is_per_flat (precondition) && flats->len > 0)
    status = per_flat_cell (ctx, precondition, flats);
  else
    {
      const SfPreconditionState *state = sf_report_precondition_state (ctx, precondition, NULL);

      if (state != NULL)
        status = sf_report_precondition_status_text (ctx, precondition, NULL, state, &estimate);
    }
  cells[0] = sf_report_context_text (ctx, sf_precondition_get_text (precondition));
  cells[1] = status ? status : "";
  cells[2] = choice;
  sf_report_table_add_row (table, cells);
}

/* With more flats than fit in a cell: a table per flat of its per-flat preconditions. */
static void
add_per_flat (SfReportContext *ctx,
              GListModel      *preconditions,
              GArray          *flats)
{
  for (guint f = 0; flats->len > MAX_FLATS_IN_CELL && f < flats->len; f++)
    {
      Flat *flat = &g_array_index (flats, Flat, f);
      g_autofree char *title = NULL;
      SfReportTable *table;

      /* Translators: a table of the report's preconditions; %s is the flat's name. */
      title = g_strdup_printf (_("Preconditions for the building: %s"), flat->name);
      sf_report_add_bold (ctx, title);
      table = sf_report_document_add_table (ctx->doc, 2);
      sf_report_table_set_column (table, 0, _("Precondition"), 0.5, SF_REPORT_ALIGN_START);
      sf_report_table_set_column (table, 1, _("Status"), 0.5, SF_REPORT_ALIGN_START);
      for (guint i = 0; i < g_list_model_get_n_items (preconditions); i++)
        {
          g_autoptr(SfPrecondition) precondition = g_list_model_get_item (preconditions, i);
          const SfPreconditionState *state;
          g_autofree char *status = NULL;
          gboolean estimate;
          const char *cells[2];

          if (!sf_precondition_is_per_flat (precondition) ||
              (state = sf_report_precondition_state (ctx, precondition, flat->id)) == NULL)
            continue;
          status = sf_report_precondition_status_text (ctx, precondition, flat->id, state,
                                                       &estimate);
          cells[0] = sf_report_context_text (ctx, sf_precondition_get_text (precondition));
          cells[1] = status;
          sf_report_table_add_row (table, cells);
        }
    }
}

void
sf_report_step4_add_preconditions (SfReportContext *ctx)
{
  GListModel *preconditions = sf_project_get_preconditions (ctx->project);
  g_autoptr(GArray) flats = flats_of (ctx);
  g_autoptr(GPtrArray) long_visions = g_ptr_array_new ();
  guint total = 0;

  if (sf_project_count_preconditions_discussed (ctx->project, &total) == 0 || total == 0)
    return;
  sf_report_document_add_section (ctx->doc, _("The preconditions"));
  sf_report_document_add_paragraph (
    ctx->doc, _("The preconditions of Rotterdam’s Thuisplusflat and Amsterdam’s Lang Leven "
                "Thuisflat, and the project’s own: how each stands, per flat where it is about "
                "the building, and what the partners choose to do with it."));
  for (guint g = 0; g <= sf_method_get_n_precondition_groups (); g++)
    {
      /* The method's groups, then the project's own (of any group) under a table of their
       * own. */
      gboolean own = g == sf_method_get_n_precondition_groups ();
      const char *key = own ? NULL : sf_method_get_precondition_group_key (g);
      SfReportTable *table = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (preconditions); i++)
        {
          g_autoptr(SfPrecondition) precondition = g_list_model_get_item (preconditions, i);
          gboolean mine = sf_precondition_get_method_key (precondition) == NULL;

          if (own ? !mine : (mine || g_strcmp0 (sf_precondition_get_group (precondition),
                                                key) != 0))
            continue;
          if (table == NULL)
            table = add_matrix (ctx, own ? _("Our own preconditions")
                                         : sf_method_get_precondition_group_title (g));
          add_row (ctx, table, precondition, flats, long_visions);
        }
    }
  sf_report_document_add_caption (ctx->doc, _("“≈”: suggested by step 3 from an estimate or an "
                                               "average."));
  add_per_flat (ctx, preconditions, flats);
  if (long_visions->len > 0)
    {
      sf_report_document_add_section (ctx->doc, _("Our vision on the preconditions"));
      for (guint i = 0; i < long_visions->len; i++)
        {
          SfPrecondition *precondition = g_ptr_array_index (long_visions, i);
          const char *text = sf_precondition_get_text (precondition);

          sf_report_add_bold (ctx, sf_report_context_text (ctx, text));
          sf_report_document_add_paragraph (
            ctx->doc, sf_report_context_text (ctx, sf_precondition_get_vision (precondition)));
        }
    }
}
