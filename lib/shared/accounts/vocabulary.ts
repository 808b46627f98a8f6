/**
 * The words an account's values come in: calendar dates, segments, plans, deployments, CI scores and
 * contact permissions. Apart from the account shape so the field registry can use them without a cycle.
 */

/** A calendar date with no time zone, `YYYY-MM-DD`. Day arithmetic happens on these, never on instants. */
export type IsoDate = string;

export const SEGMENTS = ['Tech Touch', 'Scale', 'CSM-Assigned'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const PLANS = ['Free', 'Premium', 'Ultimate'] as const;
export type Plan = (typeof PLANS)[number];

export const DEPLOYMENTS = ['SaaS', 'Self-Managed', 'Dedicated'] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

export const CI_SCORES = ['Green', 'Yellow', 'Red'] as const;
export type CiScore = (typeof CI_SCORES)[number];

export const PERMISSIONS = ['Owner', 'Maintainer'] as const;
export type Permission = (typeof PERMISSIONS)[number];
