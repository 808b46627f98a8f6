import { mountOptions } from '@/components/options/mount';
import '@/assets/surface.css';

mountOptions(document.getElementById('root')!);
