import type { RecordPage } from '@/lib/pages/record-urls';

/** What the panel body shows; each state has a plain sentence for the user. */
export type SidebarView =
  | { status: 'loading'; message?: string }
  | { status: 'error'; title: string; message: string; action?: { label: string; href: string } }
  | { status: 'ready'; title: string; subtitle?: string; page?: RecordPage };
