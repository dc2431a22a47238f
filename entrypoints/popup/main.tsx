import { render } from 'preact';
import { htmlLang, t } from '@/components/i18n';
import '@/components/panel.css';
import { Popup } from './Popup';
import { targetTabId } from './tab';

document.documentElement.lang = htmlLang();
document.title = t('extName');
void targetTabId().then((tabId) => render(<Popup tabId={tabId} />, document.getElementById("app")!));
