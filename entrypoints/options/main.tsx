import { createRoot } from 'react-dom/client';
import { Options } from '@/components/options/Options';
import '@/assets/surface.css';

createRoot(document.getElementById('root')!).render(<Options />);
