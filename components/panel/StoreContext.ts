import type { PanelState } from '@/lib/ui/panel/panel-store';
import { createStoreContext } from '../shared/store-context';

const { Provider, useSurface } = createStoreContext<PanelState>('panel');

export const PanelStoreProvider = Provider;
export const usePanel = useSurface;
