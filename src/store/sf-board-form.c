/* sf-board-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-board-form.h"

struct _SfBoardForm
{
  SfRecord parent_instance;

  char *partner_id;
  int   form;
};

G_DEFINE_FINAL_TYPE (SfBoardForm, sf_board_form, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_FORM,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_board_form_load (SfRecord     *record,
                   sqlite3_stmt *stmt)
{
  SfBoardForm *self = SF_BOARD_FORM (record);

  sf_record_set_string (record, &self->partner_id, stmt, 1, properties[PROP_PARTNER_ID]);
  sf_record_set_enum (record, &self->form, stmt, 2, SF_BOARD_FORM_N_VALUES, SF_BOARD_FORM_NONE,
                      properties[PROP_FORM]);
}

static void
sf_board_form_finalize (GObject *object)
{
  SfBoardForm *self = SF_BOARD_FORM (object);

  g_free (self->partner_id);
  G_OBJECT_CLASS (sf_board_form_parent_class)->finalize (object);
}

static void
sf_board_form_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfBoardForm *self = SF_BOARD_FORM (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_FORM:
      g_value_set_int (value, self->form);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_board_form_class_init (SfBoardFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_board_form_finalize;
  object_class->get_property = sf_board_form_get_property;
  SF_RECORD_CLASS (klass)->load = sf_board_form_load;

  properties[PROP_PARTNER_ID] =
    g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_FORM] =
    g_param_spec_int ("form", NULL, NULL, 0, SF_BOARD_FORM_N_VALUES - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_board_form_init (SfBoardForm *self)
{
}

const char *
sf_board_form_get_partner_id (SfBoardForm *self)
{
  return self->partner_id != NULL ? self->partner_id : "";
}

SfBoardFormKind
sf_board_form_get_form (SfBoardForm *self)
{
  return (SfBoardFormKind) self->form;
}
