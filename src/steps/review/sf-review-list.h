/* sf-review-list.h: one of step 4's lists (considerations, decisions, communication): a
 * titled boxed list of a store's rows, with a button that adds one through its dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sections (sf-considerations-section.h...) say what their list shows in an
 * SfReviewListKind; the header button is named by the kind and activates list.add. Their
 * rows' and dialogs' functions go in it as they are, cast by SF_REVIEW_LIST_FUNC () (their
 * arguments differ only in the type a pointer points to).
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-record.h"

G_BEGIN_DECLS

typedef struct {
  const char   *add_name;      /* the header button's widget name */
  GType       (*row_type)     (void); /* what row_new makes; the list's other children not */
  GListModel *(*get_model)    (SfProject *project);
  GtkWidget  *(*row_new)      (SfProject *project,
                               gpointer   item);
  /* The record a row shows, and opening its dialog. */
  gpointer    (*row_get)      (gpointer   row);
  void        (*row_edit)     (gpointer   row);
  /* @item: NULL to add one. */
  GtkWidget  *(*dialog_new)   (GtkWidget *parent,
                               SfProject *project,
                               gpointer   item);
} SfReviewListKind;

#define SF_REVIEW_LIST_FUNC(f) ((gpointer) (f))

#define SF_TYPE_REVIEW_LIST (sf_review_list_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewList, sf_review_list, SF, REVIEW_LIST, AdwPreferencesGroup)

/* @kind is static; the texts are translated already. */
GtkWidget *sf_review_list_new    (SfProject              *project,
                                  const SfReviewListKind *kind,
                                  const char             *title,
                                  const char             *description,
                                  const char             *add_label,
                                  const char             *placeholder);
SfProject *sf_review_list_get_project (SfReviewList *self);
/* Opens the dialog of the row of @id, the focus on that row (the page scrolls to it); FALSE
 * if the list has no such row. */
gboolean   sf_review_list_reveal (SfReviewList           *self,
                                  const char             *id);

G_END_DECLS
