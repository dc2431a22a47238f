import { render } from 'preact';
import { t } from '@/components/i18n';
import '@/components/panel.css';
import { Popup } from './Popup';
import { targetTabId } from './tab';

document.documentElement.lang = t('lang') === 'en' ? 'en' : 'zh-CN';
document.title = t('extName');
void targetTabId().then((tabId) => render(<Popup tabId={tabId} />, document.getElementById("app")!));
