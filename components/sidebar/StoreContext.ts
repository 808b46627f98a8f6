import { createStoreContext } from '../shared/store-context';
import type { SidebarState } from './store';

const { Provider, useSurface } = createStoreContext<SidebarState>('sidebar');

export const SidebarStoreProvider = Provider;
export const useSidebar = useSurface;
