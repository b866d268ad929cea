import { render } from 'preact';
import '@/components/soi.css';
import '@/components/viewer/viewer.css';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import { fileParam } from '@/components/viewer/file-param';

render(<ViewerApp initialUrl={fileParam(location.search)} />, document.getElementById('app')!);
