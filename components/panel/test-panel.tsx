/**
 * Component tests of the side panel: the real store and components over a fake backend. A test pushes
 * the background's tab state and answers the actions the way the background would.
 */
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Account } from '@/lib/shared/accounts/account';
import type { BackgroundToPanel, PendingStartView, TabView } from '@/lib/shared/messaging/tab-state';
import type { MakeAdminResult, PanelBackend } from '@/lib/ui/panel/panel-backend';
import { createPanelStore } from '@/lib/ui/panel/panel-store';
import type { RecordPage } from '@/lib/shared/urls/record-urls';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import type { PopupBackend } from '../popup/popup-backend';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import { PanelStoreProvider } from './StoreContext';
import { PendingBackendContext } from './PendingView';

export const TAB_ID = 7;

export interface PanelOptions {
  today?: string;
  settings?: Settings;
}

export const emptyChecklist = (): PopupBackend => ({
  listPending: async () => ({ rows: [], setAside: null }),
  countPending: async () => ({ overdue: 0, today: 0, week: 0, later: 0 }),
  lastUndo: async () => null,
  markSent: async () => ({ ok: false, error: 'none' }),
  snooze: async () => ({ ok: false, error: 'none' }),
  skip: async () => ({ ok: false, error: 'none' }),
  undo: async () => ({ ok: false, error: 'none' }),
  openAccount: async () => undefined,
});

export function fakeBackend(options: PanelOptions = {}) {
  let push: (message: BackgroundToPanel) => void = () => undefined;
  const backend = {
    followTabs: (onTab: (tabId: number) => void) => {
      onTab(TAB_ID);
      return () => undefined;
    },
    watchTab: (_tabId: number, onMessage: (message: BackgroundToPanel) => void) => {
      push = onMessage;
      return () => undefined;
    },
    loadInputs: vi.fn(async () => ({ catalog: CURRENT_CATALOG, settings: options.settings ?? DEFAULT_SETTINGS, sends: [], today: options.today ?? '2026-11-23' })),
    onInputsChanged: () => () => undefined,
    startPlaybook: vi.fn<PanelBackend['startPlaybook']>(),
    prefill: vi.fn<PanelBackend['prefill']>(),
    recordSend: vi.fn<PanelBackend['recordSend']>(),
    makeAdmin: vi.fn<(tabId: number, contactId: string) => Promise<MakeAdminResult>>(),
    reloadTab: vi.fn(async () => undefined),
    undoStart: vi.fn(async () => ({ ok: true })),
    setTaskDates: vi.fn<PanelBackend['setTaskDates']>(),
    openOptionsAt: vi.fn(async () => undefined),
  } satisfies PanelBackend;
  return { backend, push: (message: BackgroundToPanel) => push(message) };
}

/** Renders `ui` inside a panel store; `show` pushes a tab state and waits until it is planned. */
export function renderPanel(ui: ReactNode, options: PanelOptions = {}) {
  const fake = fakeBackend(options);
  const { store, start } = createPanelStore(fake.backend);
  start();
  const rendered = render(
    <PendingBackendContext.Provider value={emptyChecklist}>
      <PanelStoreProvider value={store}>{ui}</PanelStoreProvider>
    </PendingBackendContext.Provider>,
  );
  async function show(view: TabView, page: RecordPage | null = null, pendingStart?: PendingStartView): Promise<void> {
    await act(async () => {
      fake.push({ type: 'state', state: { tabId: TAB_ID, page, view, ...(pendingStart ? { pendingStart } : {}) } });
      await vi.waitFor(() => {
        if (view.status === 'ready' && store.getState().plan?.accountId !== view.account.id) throw new Error('not planned yet');
      });
    });
  }
  return { ...rendered, ...fake, store, show };
}

/** A ready view of `account` as the background sends it. */
export function readyView(account: Account, extra: Partial<Extract<TabView, { status: 'ready' }>> = {}): TabView {
  const adminFix = account.source === 'gainsight' ? ({ kind: 'in-gainsight' } as const) : ({ kind: 'one-click' } as const);
  return { status: 'ready', account, reading: false, adminFix, canStart: account.source === 'gainsight', ...extra };
}
