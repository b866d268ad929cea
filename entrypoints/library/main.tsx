import { render } from 'preact';
import '@/components/soi.css';
import { Library } from './Library';

render(<Library />, document.getElementById('app')!);
