/* sf-welcome-page.c: what a window shows before a project is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-method.h"
#include "sf-welcome-page.h"

struct _SfWelcomePage
{
  AdwBin      parent_instance;

  GtkListBox *projects;
};

G_DEFINE_FINAL_TYPE (SfWelcomePage, sf_welcome_page, ADW_TYPE_BIN)

/* "22 november 2026, 14:03" in the reader's time zone and language. */
char *
sf_format_modified (const char *iso8601)
{
  g_autoptr(GDateTime) utc = iso8601 ? g_date_time_new_from_iso8601 (iso8601, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* Translators: date and time of a project's last change, see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SfLibraryEntry *entry = item;
  const char *name = sf_library_entry_get_name (entry);
  const char *municipality = sf_library_entry_get_municipality (entry);
  g_autofree char *changed = sf_format_modified (sf_library_entry_get_modified (entry));
  g_autofree char *subtitle = NULL;
  g_autofree char *progress = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;
  guint done = sf_library_entry_get_steps_done (entry);

  if (municipality && *municipality)
    /* Translators: municipality · when the project was last changed */
    subtitle = g_strdup_printf (_("%s · changed %s"), municipality, changed);
  else
    subtitle = g_strdup_printf (_("Changed %s"), changed);
  /* Translators: "2 of 5 steps done"; the plural belongs to the five steps */
  progress = g_strdup_printf (_("%u of %u steps done"), done, SF_METHOD_N_STEPS);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name && *name ? name : _("Untitled project"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  label = gtk_label_new (progress);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-path");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", sf_library_entry_get_path (entry));
  return row;
}

void
sf_welcome_page_set_library (SfWelcomePage *self,
                             SfLibrary     *library)
{
  gtk_list_box_bind_model (self->projects, sf_library_get_projects (library), create_row, NULL,
                           NULL);
}

static void
sf_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (sf_welcome_page_parent_class)->dispose (object);
}

static void
sf_welcome_page_class_init (SfWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_welcome_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/startfoto/Startfoto/ui/"
                                               "sf-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SfWelcomePage, projects);
}

static void
sf_welcome_page_init (SfWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
