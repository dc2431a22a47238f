import { render } from 'preact';
import { htmlLang, t } from '@/components/i18n';
import '@/components/panel.css';
import { fileParam, isGovCnUrl } from '@/lib/messages/gov-url';
import { Attachment } from './Attachment';

document.documentElement.lang = htmlLang();
const file = fileParam(location.href);
const app = document.getElementById('app')!;
// This page is meant to sit in a gov.cn article beside the attachment's link; it changes no
// badge and only reads http(s) gov.cn files.
if (!file || !isGovCnUrl(file)) render(<p class="refused" data-refused="true">{t('viewerBadFile', { url: file ?? '' })}</p>, app);
else render(<Attachment file={file} />, app);
