/**
 * One reader per field a catalog condition can test. A check holds its field's reader, so the value is a
 * named property load, which V8 caches per field, rather than a load by a computed name, which it looks
 * up in a shared table every time. Adding a condition field without its reader does not compile.
 */
import type { AccountFields } from '../accounts/account';
import type { FlagField, NumberField } from './types';

export type ConditionField = 'plan' | 'deployment' | 'ciScore' | NumberField | FlagField;

export type FieldReader = (fields: Partial<AccountFields>) => unknown;

export const FIELD_READERS: Readonly<Record<ConditionField, FieldReader>> = {
  plan: (fields) => fields.plan,
  deployment: (fields) => fields.deployment,
  ciScore: (fields) => fields.ciScore,
  arr: (fields) => fields.arr,
  ciUtilization: (fields) => fields.ciUtilization,
  licenseUtilization: (fields) => fields.licenseUtilization,
  issuesEpicsCreated: (fields) => fields.issuesEpicsCreated,
  activeSubscription: (fields) => fields.activeSubscription,
};
