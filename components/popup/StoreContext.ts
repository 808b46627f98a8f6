import { createStoreContext } from '../shared/store-context';
import type { PopupState } from './popup-state';

const { Provider, useSurface } = createStoreContext<PopupState>('popup');

export const PopupStoreProvider = Provider;
export const usePopup = useSurface;
