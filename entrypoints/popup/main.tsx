import { FIRST_ROWS } from '@/components/popup/popup-store';
import { repository } from '@/lib/extension/reminders/repository';
import '@/assets/surface.css';

// The first, bounded read starts before anything else is loaded: opening the database and reading the
// first rows then overlap with fetching and compiling React and the popup, instead of waiting for them.
const firstRows = repository().listPending(FIRST_ROWS);

void import('@/components/popup/mount').then(({ mountPopup }) => mountPopup(document.getElementById('root')!, firstRows));
