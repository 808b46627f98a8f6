import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import '@/assets/surface.css';

createRoot(document.getElementById('root')!).render(<Popup />);
