/* sf-merge-dialog.c: the preview of merging a copy into its project, then merging it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project is copied on the main thread, as SfProject is not thread-safe, and the copy is
 * read and weighed on a worker while the dialog shows a spinner (sf_merge_plan_new_async ()).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sf-conflicts-dialog.h"
#include "sf-feedback.h"
#include "sf-merge-dialog.h"
#include "sf-project-conflicts.h"
#include "sf-toplevel.h"

/* How many of the conflicts the preview lists; the rest are counted. */
#define SHOWN_CONFLICTS 5

typedef struct
{
  GtkWidget   *anchor;  /* weak: its window may close meanwhile */
  SfProject   *project;
  char        *path;
  SfMergePlan *plan;
  gboolean     planning;
} Preview;

static void
preview_free (gpointer  data,
              GClosure *closure)
{
  Preview *preview = data;

  g_clear_weak_pointer (&preview->anchor);
  g_object_unref (preview->project);
  g_free (preview->path);
  g_clear_pointer (&preview->plan, sf_merge_plan_free);
  g_free (preview);
}

static GtkWidget *
line (const char *text,
      const char *name,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_name (label, name);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Flat “De Zilverreiger”: name — before: A · here: B · in the copy: C" */
static char *
conflict_text (SfMergePlan     *plan,
               SfMergeConflict *conflict)
{
  g_autofree char *what = sf_merge_plan_describe (plan, conflict);
  g_autofree char *base = sf_merge_plan_value_text (plan, conflict, conflict->base);
  g_autofree char *mine = sf_merge_plan_value_text (plan, conflict, conflict->mine);
  g_autofree char *theirs = sf_merge_plan_value_text (plan, conflict, conflict->theirs);

  /* Translators: a conflict in the merge preview: what, then its value before the copy was
   * made, in this project, and in the copy. */
  return g_strdup_printf (_("%s — before: %s · here: %s · in the copy: %s"),
                          what, base, mine, theirs);
}

static GtkWidget *
summary (SfMergePlan *plan)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GPtrArray *conflicts = sf_merge_plan_get_conflicts (plan);

  if (sf_merge_plan_is_empty (plan))
    gtk_box_append (GTK_BOX (box),
                    line (_("The copy holds nothing this project does not have already."),
                          "merge-nothing", NULL));
  for (guint part = 0; part < SF_MERGE_N_PARTS; part++)
    {
      const SfMergeCounts *counts = sf_merge_plan_get_counts (plan, part);
      g_autofree char *text = NULL;

      if (counts->added + counts->changed + counts->removed == 0)
        continue;
      /* Translators: a part of the project in the merge preview, e.g. "Interviews: 2 added,
       * 1 changed, 0 removed". */
      text = g_strdup_printf (_("%s: %u added, %u changed, %u removed"),
                              sf_merge_part_name (part), counts->added, counts->changed,
                              counts->removed);
      gtk_box_append (GTK_BOX (box), line (text, "merge-part", NULL));
    }
  if (conflicts->len > 0)
    {
      g_autofree char *text = g_strdup_printf (
        ngettext ("%u conflict: this project’s version is kept until you decide",
                  "%u conflicts: this project’s version is kept until you decide",
                  conflicts->len), conflicts->len);

      gtk_widget_set_margin_top (box, 6);
      gtk_box_append (GTK_BOX (box), line (text, "merge-conflicts", "heading"));
      for (guint i = 0; i < conflicts->len && i < SHOWN_CONFLICTS; i++)
        {
          g_autofree char *about = conflict_text (plan, g_ptr_array_index (conflicts, i));

          gtk_box_append (GTK_BOX (box), line (about, "merge-conflict", NULL));
        }
      if (conflicts->len > SHOWN_CONFLICTS)
        {
          g_autofree char *more = g_strdup_printf (_("and %u more"),
                                                   conflicts->len - SHOWN_CONFLICTS);

          gtk_box_append (GTK_BOX (box), line (more, "merge-more", "dim-label"));
        }
    }
  if (!sf_merge_plan_has_base (plan))
    gtk_box_append (GTK_BOX (box),
                    line (_("The copy does not say what it started from: removals cannot be "
                            "known, and what differs is a conflict."),
                          "merge-no-base", "warning"));
  return box;
}

/* The plan is ready: shown, unless the dialog was closed meanwhile (@weak is NULL). */
static void
plan_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  GtkWidget **weak = data;
  g_autoptr(GError) error = NULL;
  SfMergePlan *plan = sf_merge_plan_new_finish (result, &error);
  AdwMessageDialog *dialog = *weak != NULL ? ADW_MESSAGE_DIALOG (*weak) : NULL;
  Preview *preview = dialog ? g_object_get_data (G_OBJECT (dialog), "sf-preview") : NULL;

  g_clear_weak_pointer (weak);
  g_free (weak);
  if (preview == NULL)
    {
      sf_merge_plan_free (plan);
      return;
    }
  preview->planning = FALSE;
  preview->plan = plan;
  if (plan == NULL)
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

      gtk_window_destroy (GTK_WINDOW (dialog));
      if (parent != NULL)
        sf_feedback_error (GTK_WIDGET (parent), _("The copy could not be merged"), error);
      return;
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (adw_message_dialog_get_extra_child (
                                   dialog)), summary (plan));
  if (!sf_merge_plan_is_empty (plan))
    {
      adw_message_dialog_set_response_enabled (dialog, "merge", TRUE);
      adw_message_dialog_set_default_response (dialog, "merge");
    }
}

/* Planning can take a while: it starts once the spinner is on screen. */
static void
on_map (GtkWidget *dialog,
        Preview   *preview)
{
  GtkWidget **weak;

  if (preview->plan != NULL || preview->planning)
    return;
  preview->planning = TRUE;
  weak = g_new0 (GtkWidget *, 1);
  g_set_weak_pointer (weak, dialog);
  sf_merge_plan_new_async (preview->project, preview->path, NULL, NULL, plan_ready_cb, weak);
}

/* A merge being written: the plan and where to tell of it, once the dialog is gone. */
typedef struct
{
  GtkWidget   *anchor; /* weak */
  SfProject   *project;
  SfMergePlan *plan;
} Merging;

static void
merged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Merging *merging = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint conflicts = sf_merge_plan_get_conflicts (merging->plan)->len;
  gboolean merged = sf_project_apply_merge_finish (merging->project, result, &error);

  if (merging->anchor != NULL && !merged)
    sf_feedback_error (merging->anchor, _("The copy could not be merged"), error);
  else if (merging->anchor != NULL)
    {
      if (conflicts == 0)
        title = g_strdup (_("Copy merged"));
      else
        title = g_strdup_printf (ngettext ("Copy merged · %u conflict waits for a decision",
                                           "Copy merged · %u conflicts wait for a decision",
                                           conflicts), conflicts);
      sf_feedback_undo_toast (merging->anchor, merging->project, title);
      if (conflicts > 0)
        sf_conflicts_dialog_present (merging->anchor, merging->project);
    }
  g_clear_weak_pointer (&merging->anchor);
  g_object_unref (merging->project);
  sf_merge_plan_free (merging->plan);
  g_free (merging);
}

/* Written on a worker: the window goes on meanwhile (sf_project_apply_merge_async ()). */
static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Preview          *preview)
{
  Merging *merging;

  if (!g_str_equal (response, "merge") || preview->plan == NULL || preview->anchor == NULL)
    return;
  merging = g_new0 (Merging, 1);
  g_set_weak_pointer (&merging->anchor, preview->anchor);
  merging->project = g_object_ref (preview->project);
  merging->plan = g_steal_pointer (&preview->plan);
  sf_project_apply_merge_async (merging->project, merging->plan, NULL, merged_cb, merging);
}

void
sf_merge_dialog_present (GtkWidget  *anchor,
                         SfProject  *project,
                         const char *theirs_path)
{
  g_autofree char *name = g_filename_display_basename (theirs_path);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    sf_toplevel_of (anchor), _("Merge the Copy?"), NULL));
  Preview *preview = g_new0 (Preview, 1);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *area = gtk_scrolled_window_new ();

  g_set_weak_pointer (&preview->anchor, anchor);
  preview->project = g_object_ref (project);
  preview->path = g_strdup (theirs_path);
  gtk_widget_set_name (GTK_WIDGET (dialog), "merge-dialog");
  adw_message_dialog_format_body (dialog, _("What merging “%s” into this project changes:"),
                                  name);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (area), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (area), 220);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (area), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (area), TRUE);
  gtk_widget_set_size_request (area, 360, -1);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  /* The spinner, then the summary, in room of one size: a dialog on screen does not always
   * grow with what it shows, and a long list of conflicts scrolls. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (area), spinner);
  adw_message_dialog_set_extra_child (dialog, area);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "merge", FALSE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "sf-preview", preview);
  g_signal_connect (dialog, "map", G_CALLBACK (on_map), preview);
  /* Freed with the dialog: closing it after a response emits the close response too. */
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), preview, preview_free,
                         0);
  gtk_window_present (GTK_WINDOW (dialog));
}
