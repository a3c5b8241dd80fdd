/* sf-search-view.c: what a search found in the project, grouped by step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each hit is a row with the text around the match, the match in bold; activating it opens
 * the step it belongs to and, where that page can, the place itself ("view.reveal"). A hit
 * in something marked confidential carries the confidential marker.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-method.h"
#include "sf-search.h"
#include "sf-search-view.h"
#include "sf-page-registry.h"

#define MAX_HITS 200

struct _SfSearchView
{
  AdwBin     parent_instance;

  SfProject *project;
  GtkWidget *stack;
  GtkWidget *results; /* AdwPreferencesPage, rebuilt per query */
  GtkWidget *empty;   /* AdwStatusPage */
  guint      n_hits;
};

G_DEFINE_FINAL_TYPE (SfSearchView, sf_search_view, ADW_TYPE_BIN)

static const struct {
  const char *kind;
  const char *label;
} kind_labels[] = {
  { "answer", N_("Answer") },
  { "statement", N_("Statement") },
  { "key_point", N_("Key point") },
  { "interview", N_("Interview notes") },
  { "session", N_("Session notes") },
  { "flat", N_("Flat") },
  { "indicator", N_("Figure") },
  { "indicator_value", N_("Figure") },
  { "precondition", N_("Precondition") },
  { "plan_action", N_("Action") },
  { "decision", N_("Decision") },
  { "consideration", N_("Consideration") },
  { "remark", N_("Remark") },
  { "review_note", N_("Meeting note") },
  { "slide", N_("Slide") },
};

static const char *
kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    if (g_str_equal (kind, kind_labels[i].kind))
      return _(kind_labels[i].label);
  return _("Partner");
}

/* The snippet marks matches with \x02 and \x03; the rest is user text, so it is escaped. */
static char *
snippet_markup (const char *snippet)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_auto(GStrv) parts = g_strsplit_set (snippet, "\x02\x03", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (parts[i], -1);

      if (i % 2 == 1)
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static GtkWidget *
hit_row (SfSearchHit *hit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *markup = snippet_markup (hit->snippet);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  /* A figure's hit says which figure of which flat. */
  subtitle = hit->context ? g_strdup_printf ("%s · %s", kind_label (hit->kind), hit->context)
                          : g_strdup (kind_label (hit->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (hit->confidential)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sf_confidential_marker_new ());
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Confidential"), -1);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  /* Activating the row shows the hit where it is kept. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "view.reveal");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(uss)", hit->step, hit->kind,
                                    hit->ref);
  return row;
}

void
sf_search_view_set_query (SfSearchView *self,
                          const char   *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = sf_search_find (self->project, query, MAX_HITS, &error);
  GtkWidget *groups[SF_METHOD_N_STEPS + 1] = { NULL };
  GtkWidget *page = adw_preferences_page_new ();

  if (hits == NULL)
    {
      g_warning ("Search failed: %s", error->message);
      hits = g_ptr_array_new ();
    }
  self->n_hits = hits->len;

  for (guint i = 0; i < hits->len; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);
      guint step = MIN (hit->step, SF_METHOD_N_STEPS);

      if (groups[step] == NULL)
        {
          /* Flats are on the project's overview, before the steps. */
          g_autofree char *title = step == 0 ? g_strdup (sf_page_registry_get_page_title (0))
                                             : g_strdup_printf (_("Step %u: %s"), step,
                                                                sf_method_step_get_short_title (
                                                                  sf_method_get_step (step)));

          groups[step] = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (groups[step]), title);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[step]), hit_row (hit));
    }
  for (guint step = 0; step <= SF_METHOD_N_STEPS; step++)
    if (groups[step] != NULL)
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (groups[step]));

  if (self->results != NULL)
    gtk_stack_remove (GTK_STACK (self->stack), self->results);
  self->results = page;
  gtk_stack_add_named (GTK_STACK (self->stack), page, "results");
  gtk_stack_set_visible_child (GTK_STACK (self->stack), hits->len > 0 ? page : self->empty);
}

guint
sf_search_view_get_n_hits (SfSearchView *self)
{
  return self->n_hits;
}

static void
sf_search_view_dispose (GObject *object)
{
  SfSearchView *self = SF_SEARCH_VIEW (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_search_view_parent_class)->dispose (object);
}

static void
sf_search_view_class_init (SfSearchViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_search_view_dispose;
}

static void
sf_search_view_init (SfSearchView *self)
{
  self->stack = gtk_stack_new ();
  self->empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("Nothing Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("Search looks in answers, notes, key points, statements, "
                                     "partners, flats and figures. Accents do not matter."));
  gtk_stack_add_named (GTK_STACK (self->stack), self->empty, "empty");
  adw_bin_set_child (ADW_BIN (self), self->stack);
}

GtkWidget *
sf_search_view_new (SfProject *project)
{
  SfSearchView *self = g_object_new (SF_TYPE_SEARCH_VIEW, NULL);

  self->project = g_object_ref (project);
  return GTK_WIDGET (self);
}
