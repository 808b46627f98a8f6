import { createStoreContext } from '../shared/store-context';
import type { OptionsState } from './store';

const { Provider, useSurface } = createStoreContext<OptionsState>('options');

export const OptionsStoreProvider = Provider;
export const useOptions = useSurface;
