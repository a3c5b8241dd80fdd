/* sf-remark-action-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action starts as the remark's text, for the partner to say who takes it up; when is a
 * quarter of the coming two years (a precise date can be set in the plan later). The action
 * and the remark's resolution are one undoable step in the store.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-project-remarks.h"
#include "sf-remark-action-dialog.h"
#include "sf-store-text.h"
#include "sf-toplevel.h"

#define N_QUARTERS 8

typedef struct
{
  SfProject *project;
  char      *remark_id;
  GtkWidget *parent;
  GtkWidget *what;
  GtkWidget *partner;
  GtkWidget *when;
  GPtrArray *partner_ids;
  GPtrArray *quarters;     /* "" (none), then "2027-Q1"... */
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->project);
  g_free (request->remark_id);
  g_object_unref (request->parent);
  g_ptr_array_unref (request->partner_ids);
  g_ptr_array_unref (request->quarters);
  g_free (request);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Request          *request)
{
  guint partner = gtk_drop_down_get_selected (GTK_DROP_DOWN (request->partner));
  guint when = gtk_drop_down_get_selected (GTK_DROP_DOWN (request->when));
  SfActionFields fields = { NULL };
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add"))
    return;
  fields.what = gtk_editable_get_text (GTK_EDITABLE (request->what));
  fields.responsible_id = partner < request->partner_ids->len
                          ? g_ptr_array_index (request->partner_ids, partner) : NULL;
  fields.due = when < request->quarters->len ? g_ptr_array_index (request->quarters, when) : "";
  fields.status = SF_ACTION_OPEN;
  id = sf_project_remark_to_action (request->project, request->remark_id, &fields, &error);
  if (id == NULL)
    sf_feedback_error (request->parent, _("The remark could not be turned into an action"),
                       error);
}

static void
what_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (
    dialog, "add", !sf_store_text_is_blank (gtk_editable_get_text (entry)));
}

static GtkWidget *
labelled (GtkWidget  *box,
          const char *label,
          GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), widget);
  return widget;
}

/* The partners of the register, as names to choose from and their ids. */
static GtkWidget *
partner_chooser (Request *request)
{
  GListModel *partners = sf_project_get_partners (request->project);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      gtk_string_list_append (names, sf_partner_get_organisation (partner));
      g_ptr_array_add (request->partner_ids, g_strdup (sf_record_get_id (SF_RECORD (partner))));
    }
  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
}

/* No date, then this quarter and the seven after it. */
static GtkWidget *
quarter_chooser (Request *request)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  int year = g_date_time_get_year (now);
  int quarter = (g_date_time_get_month (now) - 1) / 3 + 1;

  gtk_string_list_append (names, _("No date yet"));
  g_ptr_array_add (request->quarters, g_strdup (""));
  for (guint i = 0; i < N_QUARTERS; i++)
    {
      /* Translators: a quarter of a year, as in "Q1 2027" ("K1 2027") */
      g_autofree char *name = g_strdup_printf (_("Q%d %d"), quarter, year);

      gtk_string_list_append (names, name);
      g_ptr_array_add (request->quarters, g_strdup_printf ("%d-Q%d", year, quarter));
      if (++quarter > 4)
        {
          quarter = 1;
          year++;
        }
    }
  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
}

void
sf_remark_action_dialog_show (GtkWidget *parent,
                              SfProject *project,
                              SfRemark  *remark)
{
  Request *request = g_new0 (Request, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog;

  request->project = g_object_ref (project);
  request->remark_id = g_strdup (sf_record_get_id (SF_RECORD (remark)));
  request->parent = g_object_ref (parent);
  request->partner_ids = g_ptr_array_new_with_free_func (g_free);
  request->quarters = g_ptr_array_new_with_free_func (g_free);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
             sf_toplevel_of (parent), _("Turn into an Action"),
             _("The action goes into the plan for the coming year, with one partner "
               "responsible.")));
  gtk_widget_set_name (GTK_WIDGET (dialog), "remark-action-dialog");
  request->what = labelled (box, _("_What"), gtk_entry_new ());
  gtk_widget_set_name (request->what, "remark-action-what");
  gtk_editable_set_text (GTK_EDITABLE (request->what), sf_remark_get_text (remark));
  request->partner = labelled (box, _("_Responsible"), partner_chooser (request));
  gtk_widget_set_name (request->partner, "remark-action-partner");
  request->when = labelled (box, _("Wh_en"), quarter_chooser (request));
  gtk_widget_set_name (request->when, "remark-action-when");
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "add", _("_Add to Plan"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (request->partner_ids->len == 0)
    {
      adw_message_dialog_set_body (dialog, _("An action needs a partner responsible for it: "
                                             "add the partners to the register first."));
      adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
    }
  else
    {
      g_signal_connect (request->what, "changed", G_CALLBACK (what_changed_cb), dialog);
      what_changed_cb (GTK_EDITABLE (request->what), dialog);
    }
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), request,
                         (GClosureNotify) (void (*) (void)) request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
