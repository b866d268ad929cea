import { render } from 'preact';
import '@/components/soi.css';
import { SidePanel } from './SidePanel';

render(<SidePanel />, document.getElementById('app')!);
