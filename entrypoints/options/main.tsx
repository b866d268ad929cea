import { render } from 'preact';
import '@/components/soi.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
