import type { StoreApi } from 'zustand/vanilla';
import { plainMessage } from '@/lib/shared/reminders/errors';
import type { DomainStatus } from '@/lib/shared/urls/custom-domains';
import type { Catalog, Program, Sender } from '@/lib/shared/programs/types';
import type { FlagPath, TextPath } from '@/lib/shared/settings/paths';
import type { Settings } from '@/lib/shared/settings/schema';
import type { CheckedSettings, StoredProblems } from '@/lib/extension/settings/stored-settings';
import type { FieldErrors } from '@/lib/shared/settings/validate';
import type { ManifestFacts, OptionsBackend } from '../options-backend';

/** Each part of the page reports in its own live regions, next to the controls that caused it. */
export type NoticeArea = 'settings' | 'catalog' | 'domains' | 'data';

export interface Notice {
  kind: 'status' | 'error';
  text: string;
  /** One line per problem, e.g. `programs[3].steps[0].offsetDays: expected a number`. */
  details?: string[];
}

export interface CommonSlice {
  phase: 'loading' | 'ready' | 'error';
  loadError: string | null;
  manifest: ManifestFacts;
  notices: Partial<Record<NoticeArea, Notice>>;
  load(): Promise<void>;
  notify(area: NoticeArea, notice: Notice | null): void;
}

export interface SettingsSlice {
  /** What is stored, as the extension uses it (each stored invalid field at its default). */
  saved: Settings;
  /** What the form shows, as typed (may be invalid). */
  draft: Settings;
  /**
   * Stored fields that did not validate. Each shows as its field's error until the user changes that
   * field; until then a save keeps the stored value.
   */
  storedProblems: StoredProblems;
  /** Fields the user changed since the settings were loaded or saved. */
  changed: readonly string[];
  /** What each field shows: the draft's validation, else its stored problem. */
  errors: FieldErrors;
  saving: boolean;
  setText(path: TextPath, value: string): void;
  setFlag(path: FlagPath, value: boolean): void;
  /** Replaces a list-valued program setting (segment spellings, event dates and links) as edited. */
  setProgramsList<K extends 'segmentSpellings' | 'eventDates' | 'eventLinks'>(key: K, value: Settings['programs'][K]): void;
  setProgramEnabled(programId: string, enabled: boolean): void;
  /** Who sends a program; the catalog's own choice is stored as no choice, so a catalog update still applies. */
  setProgramSender(program: Pick<Program, 'id' | 'sender'>, sender: Sender): void;
  /** Validates and stores the draft; false (and nothing stored) while any field is invalid. */
  save(): Promise<boolean>;
  discard(): void;
  /** Settings changed elsewhere (another tab, the background adding a domain). */
  adoptStored(checked: CheckedSettings): void;
}

export interface CatalogSlice {
  customCatalog: Catalog | null;
  /** All or nothing: on any error the stored catalog stays as it was. */
  importCatalogText(text: string): Promise<boolean>;
  resetCatalog(): Promise<void>;
  exportCatalog(): void;
}

export interface DomainsSlice {
  domains: DomainStatus[];
  domainInput: string;
  domainError: string | null;
  setDomainInput(value: string): void;
  /** Call straight from the click or key handler: it asks the browser before anything else is awaited. */
  addDomain(input?: string): Promise<void>;
  removeDomain(domain: string): Promise<void>;
}

export interface DataSlice {
  exportBackup(): Promise<void>;
  importBackup(text: string): Promise<boolean>;
  clearEverything(): Promise<void>;
}

export type OptionsState = CommonSlice & SettingsSlice & CatalogSlice & DomainsSlice & DataSlice;
export type OptionsStore = StoreApi<OptionsState>;

/** How each slice is built: zustand's set/get plus the backend it talks to. */
export type Slice<T> = (set: OptionsStore['setState'], get: OptionsStore['getState'], backend: OptionsBackend) => T;

/** What went wrong, as its author said it (without Chrome's "Uncaught Error: " from the background). */
export const errorText = (error: unknown): string => plainMessage(error);
