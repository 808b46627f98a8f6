performance.mark('d:script');
import { extensionBackend } from '@/components/popup/backend';
import { createPopupStore } from '@/components/popup/store';
import { toIsoDate } from '@/lib/dates/local';
import '@/assets/surface.css';

// The first, bounded read starts before React is even loaded, so opening the database and fetching
// the first rows overlap with loading and compiling React instead of waiting for it.
const store = createPopupStore(extensionBackend(), toIsoDate(new Date()));
void store.getState().load();

void import('@/components/popup/mount').then(({ mountPopup }) => mountPopup(document.getElementById('root')!, store));
