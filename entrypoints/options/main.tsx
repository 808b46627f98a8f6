import { mountOptions } from '@/components/options/mount';
import '@/assets/surface.css';
import '@/assets/options.css';

mountOptions(document.getElementById('root')!);
