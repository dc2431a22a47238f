import { render } from 'preact';
import { t } from '@/components/i18n';
import '@/components/panel.css';
import { Viewer } from './Viewer';

// The takeover rule appends the original URL unencoded: everything after "?file=" is the URL.
function fileParam(): string | null {
  const i = location.href.indexOf('?file=');
  return i < 0 ? null : location.href.slice(i + '?file='.length) || null;
}

document.documentElement.lang = t('lang') === 'en' ? 'en' : 'zh-CN';
document.title = t('viewerTitle');
render(<Viewer file={fileParam()} />, document.getElementById('app')!);
