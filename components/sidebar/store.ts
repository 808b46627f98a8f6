import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RecordPage } from '@/lib/pages/record-urls';
import type { SidebarView } from './view';

/** One store per mounted sidebar: what page it is on, whether it is open, and what it shows. */
export interface SidebarState {
  page: RecordPage | null;
  open: boolean;
  view: SidebarView;
  setOpen(open: boolean): void;
  toggle(): void;
  show(page: RecordPage, view: SidebarView): void;
}

export type SidebarStore = StoreApi<SidebarState>;

export function createSidebarStore(initialOpen: boolean, onOpenChange: (open: boolean) => void): SidebarStore {
  return createStore<SidebarState>()((set, get) => ({
    page: null,
    open: initialOpen,
    view: { status: 'loading' },
    setOpen(open) {
      set({ open });
      onOpenChange(open);
    },
    toggle() {
      get().setOpen(!get().open);
    },
    show(page, view) {
      set({ page, view });
    },
  }));
}
