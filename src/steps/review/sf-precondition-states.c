/* sf-precondition-states.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-method.h"
#include "sf-precondition-states.h"

struct _SfPreconditionStates
{
  SfProject *project;
  GPtrArray *flats;  /* of SfFlat, as they were at the last check */
  GArray    *checks; /* SF_REQUIREMENT_N results per flat */
};

SfPreconditionStates *
sf_precondition_states_new (SfProject *project)
{
  SfPreconditionStates *self = g_new0 (SfPreconditionStates, 1);

  self->project = g_object_ref (project);
  self->flats = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_array_new (FALSE, TRUE, sizeof (SfRequirementResult));
  sf_precondition_states_recheck (self);
  return self;
}

void
sf_precondition_states_free (SfPreconditionStates *self)
{
  g_clear_object (&self->project);
  g_ptr_array_unref (self->flats);
  g_array_unref (self->checks);
  g_free (self);
}

void
sf_precondition_states_recheck (SfPreconditionStates *self)
{
  GListModel *flats = sf_project_get_flats (self->project);
  guint n = g_list_model_get_n_items (flats);

  g_ptr_array_set_size (self->flats, 0);
  g_array_set_size (self->checks, n * SF_REQUIREMENT_N);
  for (guint i = 0; i < n; i++)
    {
      SfFlat *flat = g_list_model_get_item (flats, i);
      SfRequirementResult *results = &g_array_index (self->checks, SfRequirementResult,
                                                     i * SF_REQUIREMENT_N);
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (self->flats, flat);
      /* Unreadable figures suggest nothing; the status set by hand still shows. */
      if (!sf_project_check_requirements (self->project, sf_record_get_id (SF_RECORD (flat)),
                                          results, &error))
        g_warning ("Cannot check step 3's requirements: %s", error->message);
    }
}

guint
sf_precondition_states_get_n_flats (SfPreconditionStates *self)
{
  return self->flats->len;
}

SfFlat *
sf_precondition_states_get_flat (SfPreconditionStates *self,
                                 guint                 index)
{
  g_return_val_if_fail (index < self->flats->len, NULL);

  return g_ptr_array_index (self->flats, index);
}

void
sf_precondition_states_get (SfPreconditionStates *self,
                            SfPrecondition       *precondition,
                            int                   flat,
                            SfPreconditionState  *state)
{
  g_autoptr(GError) error = NULL;
  const char *flat_id = NULL;
  const SfRequirementResult *checks = NULL;

  if (flat >= 0 && (guint) flat < self->flats->len)
    {
      flat_id = sf_record_get_id (g_ptr_array_index (self->flats, flat));
      checks = &g_array_index (self->checks, SfRequirementResult, flat * SF_REQUIREMENT_N);
    }
  /* The statuses set by hand are the project's, read at once and kept until one changes. */
  if (!sf_project_get_precondition_state_checked (self->project, precondition, flat_id, checks,
                                                  NULL, state, &error))
    {
      g_warning ("Cannot read how a precondition stands: %s", error->message);
      sf_precondition_state_clear (state);
      *state = (SfPreconditionState) { .basis = g_strdup ("") };
    }
}

/* The figure step 3's check rests on: the dwellings counted, or the answer yes or no. */
static char *
describe_figure (SfPreconditionStates      *self,
                 SfPrecondition            *precondition,
                 int                        flat,
                 const SfPreconditionState *state)
{
  const SfMethodPrecondition *method =
    sf_method_lookup_precondition (sf_precondition_get_method_key (precondition));
  const char *about = state->estimate ? "≈ " : "";
  SfFlat *the_flat = g_ptr_array_index (self->flats, flat);
  int dwellings = sf_flat_get_dwellings (the_flat);

  if (g_strcmp0 (sf_method_precondition_get_requirement (method), "min_dwellings") == 0 &&
      dwellings >= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s%d dwelling", "%s%d dwellings",
                                         dwellings), about, dwellings);
  return g_strconcat (about, state->suggestion == SF_PRECONDITION_MET ? _("yes") : _("no"),
                      NULL);
}

char *
sf_precondition_states_describe_suggestion (SfPreconditionStates      *self,
                                            SfPrecondition            *precondition,
                                            int                        flat,
                                            const SfPreconditionState *state)
{
  g_autofree char *figure = NULL;

  if (!state->suggested || flat < 0 || (guint) flat >= self->flats->len)
    return NULL;
  figure = describe_figure (self, precondition, flat, state);
  if (sf_precondition_state_differs (state))
    /* Translators: step 3's figures changed after the status was set by hand, e.g. "Step 3
     * now suggests: not yet (≈ 60 dwellings)". */
    return g_strdup_printf (_("Step 3 now suggests: %s (%s)"),
                            sf_precondition_status_label (state->suggestion), figure);
  /* Translators: what step 3's figures say, e.g. "Step 3 suggests: met (96 dwellings)". */
  return g_strdup_printf (_("Step 3 suggests: %s (%s)"),
                          sf_precondition_status_label (state->suggestion), figure);
}

gboolean
sf_precondition_state_differs (const SfPreconditionState *state)
{
  return state->by_hand && state->suggested && state->status != state->suggestion;
}

const char *
sf_precondition_status_label (SfPreconditionStatus status)
{
  switch (status)
    {
    case SF_PRECONDITION_MET:
      return C_("precondition", "Met");
    case SF_PRECONDITION_PARTLY:
      return C_("precondition", "Partly");
    case SF_PRECONDITION_NOT_YET:
      return C_("precondition", "Not yet");
    case SF_PRECONDITION_UNKNOWN:
    case SF_PRECONDITION_N_STATUSES:
    default:
      return C_("precondition", "Unknown");
    }
}

const char *
sf_precondition_choice_label (SfChoice choice)
{
  switch (choice)
    {
    case SF_CHOICE_ADOPT:
      return C_("precondition", "Adopt");
    case SF_CHOICE_DIFFER:
      return C_("precondition", "Fill in differently");
    case SF_CHOICE_REJECT:
      return C_("precondition", "Do not adopt");
    case SF_CHOICE_NONE:
    case SF_CHOICE_N:
    default:
      return C_("precondition", "Not chosen yet");
    }
}

gboolean
sf_precondition_has_concept (SfPrecondition *precondition,
                             SfConcepts      concept)
{
  const SfMethodPrecondition *method =
    sf_method_lookup_precondition (sf_precondition_get_method_key (precondition));

  return method != NULL && (sf_method_precondition_get_concepts (method) & concept) != 0;
}

char *
sf_precondition_concepts_label (SfPrecondition *precondition)
{
  const SfConcepts concepts[] = { SF_CONCEPT_THUISPLUSFLAT, SF_CONCEPT_LANG_LEVEN };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (concepts); i++)
    if (sf_precondition_has_concept (precondition, concepts[i]))
      g_strv_builder_add (names, sf_concept_get_name (concepts[i]));
  strv = g_strv_builder_end (names);
  if (strv[0] == NULL)
    return g_strdup (C_("precondition", "Our own"));
  return g_strjoinv (", ", strv);
}
