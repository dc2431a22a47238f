import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from './Popup';

const name = browser.i18n.getMessage('extName');
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = name;
render(<Popup name={name} status={browser.i18n.getMessage('popupStatus')} />, document.getElementById('app')!);
