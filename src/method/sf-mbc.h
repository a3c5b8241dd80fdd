/* sf-mbc.h: the societal business case of a flat (maatschappelijke business case), after
 * Rotterdam's MBC Thuisplusflat (Obelon): its parameters, and the calculation per flat per year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure: no project, no store. The store gathers a flat's figures and the project's parameters
 * into an SfMbcInput; sf_mbc_calculate () does the rest. A figure that cannot be known is
 * unknown (known FALSE, value 0), never NaN, infinity or a silent zero, and every total says
 * which inputs it misses (SfMbcMissing).
 *
 * The seed's 13 residents whose severe loneliness is prevented: 318 x (16% - 11%) gives 16,
 * not 13. Its 13 is 318 x 4% = 12.7 (a quarter of the 16% severely lonely), and Tabels 9, 10,
 * 14 and 15 all use 13, so the share prevented is one parameter of 4% of the residents. People
 * are whole: residents reached are rounded, as the seed rounds 19.08 to 19 and 12.72 to 13.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SF_MBC_UNIT_EURO,        /* euro per year */
  SF_MBC_UNIT_EURO_WEEK,   /* euro per client per week */
  SF_MBC_UNIT_SHARE,       /* a fraction, 0.075 = 7.5 % (at most 1) */
  SF_MBC_UNIT_CLIENTS,     /* clients in the reference flat */
  SF_MBC_UNIT_RESIDENTS,
} SfMbcUnit;

/* The care kinds of Tabel 4 (chapter 4), in its order. */
typedef enum {
  SF_MBC_CARE_WMO,
  SF_MBC_CARE_NURSING,   /* Zvw wijkverpleging */
  SF_MBC_CARE_GP,        /* Zvw huisartsenzorg */
  SF_MBC_CARE_ZVW_OTHER,
  SF_MBC_CARE_WLZ,       /* Wlz zorg thuis */
  SF_MBC_CARE_N
} SfMbcCare;

typedef enum {
  SF_MBC_REFERENCE_RESIDENTS,
  SF_MBC_CLIENTS_WMO, SF_MBC_CLIENTS_NURSING, SF_MBC_CLIENTS_GP, SF_MBC_CLIENTS_ZVW_OTHER,
  SF_MBC_CLIENTS_WLZ,
  SF_MBC_COST_WMO, SF_MBC_COST_NURSING, SF_MBC_COST_GP, SF_MBC_COST_ZVW_OTHER, SF_MBC_COST_WLZ,
  SF_MBC_PREVENTION, SF_MBC_PREVENTION_LOW_BOUND, SF_MBC_PREVENTION_HIGH_BOUND,
  SF_MBC_SOCIAL_NOW, SF_MBC_SOCIAL_TARGET, SF_MBC_GP_OTHER_COST, SF_MBC_SOCIAL_SAVED,
  SF_MBC_SEVERE_PREVENTED, SF_MBC_SEVERE_CARE_COST, SF_MBC_SEVERE_GP_SAVED,
  SF_MBC_RAMP_YEAR1, SF_MBC_RAMP_YEAR2, SF_MBC_RAMP_YEAR3,
  /* the provider's cost lines: the first year, and every year after it */
  SF_MBC_COST_PERSONNEL_1, SF_MBC_COST_PERSONNEL_LATER,
  SF_MBC_COST_MANAGEMENT_1, SF_MBC_COST_MANAGEMENT_LATER,
  SF_MBC_COST_TRAINING_1, SF_MBC_COST_TRAINING_LATER,
  SF_MBC_COST_ACTIVITIES_1, SF_MBC_COST_ACTIVITIES_LATER,
  SF_MBC_COST_BUILDING_1, SF_MBC_COST_BUILDING_LATER,
  SF_MBC_COST_CLEANING_1, SF_MBC_COST_CLEANING_LATER,
  SF_MBC_COST_PR_1, SF_MBC_COST_PR_LATER,
  /* the provider's income lines */
  SF_MBC_INCOME_START, SF_MBC_INCOME_EXTRA_1,
  SF_MBC_INCOME_WMO_WEEK, SF_MBC_INCOME_WMO_CLIENTS,
  SF_MBC_INCOME_TENDER_BASE, SF_MBC_INCOME_TENDER_CONDITIONAL,
  SF_MBC_N_PARAMS
} SfMbcParam;

#define SF_MBC_YEARS 3

/* What a figure misses (a bit per input). */
typedef enum {
  SF_MBC_MISSING_NONE      = 0,
  SF_MBC_MISSING_RESIDENTS = 1 << 0,
} SfMbcMissing;

/* Where a flat's figure comes from. */
typedef enum {
  SF_MBC_ORIGIN_STEP3,      /* the flat's own figure, exact */
  SF_MBC_ORIGIN_ESTIMATE,   /* the flat's own figure, an estimate or an average ("≈") */
  SF_MBC_ORIGIN_ASSUMPTION, /* the Rotterdam average scaled by the flat's residents */
  SF_MBC_ORIGIN_UNKNOWN,
} SfMbcOrigin;

typedef struct {
  gboolean known;
  double   value;   /* 0 when unknown */
} SfMbcAmount;

typedef struct {
  const char *key;     /* kept in project files: never changes */
  const char *label;   /* translated */
  SfMbcUnit   unit;
  double      value;   /* Rotterdam's */
  const char *source;  /* translated: a table or page of the seed, or "eigen aanname" */
} SfMbcParamInfo;

/* Translated when asked (the language can change in a test, and reports are built on a
 * worker thread), so returned by value. */
SfMbcParamInfo        sf_mbc_param_info      (SfMbcParam   param);
/* The parameter of @key, or SF_MBC_N_PARAMS. */
SfMbcParam            sf_mbc_param_from_key  (const char  *key);
/* Whether @value can be @param's: refuses a negative value, a share above 100 %, a reference
 * flat of no residents, and anything not finite, with a translated message. */
gboolean              sf_mbc_param_check     (SfMbcParam   param,
                                              double       value,
                                              GError     **error);
/* @values[SF_MBC_N_PARAMS] set to Rotterdam's. */
void                  sf_mbc_defaults        (double      *values);

typedef struct {
  double      params[SF_MBC_N_PARAMS];
  SfMbcAmount residents;           /* of the flat */
  SfMbcOrigin residents_origin;    /* ASSUMPTION: the dwellings stood in for them */
  SfMbcAmount clients[SF_MBC_CARE_N];   /* the flat's own counts; unknown: the average */
  gboolean    clients_estimate[SF_MBC_CARE_N];
} SfMbcInput;

/* @input with Rotterdam's parameters and no figures of a flat. */
void                  sf_mbc_input_init      (SfMbcInput  *input);

typedef struct {
  SfMbcAmount clients;
  SfMbcOrigin origin;
  SfMbcAmount cost;                /* clients x cost per client */
} SfMbcCareLine;

typedef struct {
  SfMbcAmount costs;               /* the concept's cost lines */
  SfMbcAmount income;              /* the provider's income lines */
  SfMbcAmount ramp;                /* the share of the effects reached */
  SfMbcAmount benefits;            /* the effects x ramp */
  SfMbcAmount result;              /* benefits - costs */
  SfMbcAmount cumulative;
} SfMbcYear;

typedef enum {
  SF_MBC_SENS_PREVENTION,
  SF_MBC_SENS_SEVERE,
  SF_MBC_SENS_SOCIAL,
  SF_MBC_SENS_CARE_COSTS,
  SF_MBC_SENS_CONCEPT_COSTS,
  SF_MBC_SENS_N
} SfMbcSensitivity;

typedef struct {
  SfMbcAmount low, expected, high;  /* the cumulative result over the years */
} SfMbcRange;

typedef struct {
  SfMbcCareLine care[SF_MBC_CARE_N];
  SfMbcAmount   care_total;
  SfMbcAmount   prevention;
  SfMbcAmount   prevention_low_bound, prevention_high_bound;  /* the optimistic range */
  SfMbcAmount   social_residents;
  SfMbcAmount   social_saving_per_resident;
  SfMbcAmount   social;
  SfMbcAmount   severe_residents;
  SfMbcAmount   severe_care;        /* Tabel 9 */
  SfMbcAmount   severe_gp;          /* Tabel 10 */
  SfMbcAmount   effects;            /* at full effect, per year (Tabel 14) */
  SfMbcYear     years[SF_MBC_YEARS];
  SfMbcRange    sensitivity[SF_MBC_SENS_N];
  SfMbcSensitivity strongest;       /* which moves the cumulative result most */
  SfMbcMissing  missing;            /* what the totals miss */
} SfMbcResult;

void                  sf_mbc_calculate       (const SfMbcInput *input,
                                              SfMbcResult      *result);

const char           *sf_mbc_care_label      (SfMbcCare         care);
const char           *sf_mbc_sensitivity_label (SfMbcSensitivity which);
/* What @missing misses, translated ("the number of residents"), or NULL for nothing. */
char                 *sf_mbc_describe_missing (SfMbcMissing     missing);

/* The effects the seed names but does not value (P.M.), in its order. */
typedef struct {
  const char *section;  /* the seed's paragraph, "4.4.3" */
  const char *title;    /* translated */
  const char *text;     /* translated */
} SfMbcPmItem;

guint                 sf_mbc_n_pm_items      (void);
SfMbcPmItem           sf_mbc_pm_item         (guint             index);

/* Where the seed contradicts itself, and which number the calculation follows. */
typedef struct {
  const char *where;    /* translated: "Tabel 11 and Tabel 14" */
  double      printed;  /* one number the seed prints */
  double      other;    /* the number it contradicts */
  const char *text;     /* translated: what and which one Startfoto follows */
} SfMbcInconsistency;

guint                 sf_mbc_n_inconsistencies (void);
SfMbcInconsistency    sf_mbc_inconsistency   (guint             index);

/* An amount of money in whole euros, the user's way: "€ 1.234" in Dutch, "€1,234" in
 * English; "unknown" when it is. */
char                 *sf_mbc_format_euro     (double            value);
char                 *sf_mbc_format_amount   (SfMbcAmount       amount);

G_END_DECLS
