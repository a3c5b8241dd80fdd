/* sf-project-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-page.h"

typedef struct
{
  SfProject *project;
  char      *title;
} SfProjectPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SfProjectPage, sf_project_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_TITLE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_project_page_dispose (GObject *object)
{
  SfProjectPagePrivate *priv =
    sf_project_page_get_instance_private (SF_PROJECT_PAGE (object));

  /* AdwBin drops the child; a page's own dispose runs first and may still need the project. */
  G_OBJECT_CLASS (sf_project_page_parent_class)->dispose (object);
  g_clear_object (&priv->project);
}

static void
sf_project_page_finalize (GObject *object)
{
  SfProjectPagePrivate *priv =
    sf_project_page_get_instance_private (SF_PROJECT_PAGE (object));

  g_free (priv->title);
  G_OBJECT_CLASS (sf_project_page_parent_class)->finalize (object);
}

static void
sf_project_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfProjectPagePrivate *priv =
    sf_project_page_get_instance_private (SF_PROJECT_PAGE (object));

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, priv->project);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_project_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SfProjectPagePrivate *priv =
    sf_project_page_get_instance_private (SF_PROJECT_PAGE (object));

  switch (prop_id)
    {
    case PROP_PROJECT:
      priv->project = g_value_dup_object (value);
      break;
    case PROP_TITLE:
      priv->title = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_project_page_class_init (SfProjectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sf_project_page_dispose;
  object_class->finalize = sf_project_page_finalize;
  object_class->get_property = sf_project_page_get_property;
  object_class->set_property = sf_project_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SF_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_project_page_init (SfProjectPage *self)
{
}

SfProject *
sf_project_page_get_project (SfProjectPage *self)
{
  SfProjectPagePrivate *priv = sf_project_page_get_instance_private (self);

  g_return_val_if_fail (SF_IS_PROJECT_PAGE (self), NULL);
  return priv->project;
}

const char *
sf_project_page_get_title (SfProjectPage *self)
{
  SfProjectPagePrivate *priv = sf_project_page_get_instance_private (self);

  g_return_val_if_fail (SF_IS_PROJECT_PAGE (self), NULL);
  return priv->title;
}

gboolean
sf_project_page_reveal (SfProjectPage *self,
                        const char    *kind,
                        const char    *ref)
{
  SfProjectPageClass *klass;

  g_return_val_if_fail (SF_IS_PROJECT_PAGE (self), FALSE);
  klass = SF_PROJECT_PAGE_GET_CLASS (self);
  return klass->reveal != NULL && klass->reveal (self, kind, ref);
}
