import { render } from 'preact';
import { htmlLang, t } from '@/components/i18n';
import '@/components/panel.css';
import { fileParam, isGovCnUrl } from '@/lib/messages/gov-url';
import { startPdfWorker } from './pdfjs';
import { fetchFile, Viewer } from './Viewer';

document.documentElement.lang = htmlLang();
document.title = t('viewerTitle');
const app = document.getElementById('app')!;
const refuse = (text: string) => render(<p class="message refused" data-refused="true">{text}</p>, app);

const file = fileParam(location.href);
// A page that frames the viewer could click its buttons or change the badge through it: refuse to run.
if (window.top !== window.self) refuse(t('viewerFramed'));
else if (!file) refuse(t('viewerNoFile'));
else if (!isGovCnUrl(file)) refuse(t('viewerBadFile', { url: file }));
else {
  // The file and pdf.js's worker load while the page renders.
  const bytes = fetchFile(file);
  bytes.catch(() => {}); // reported by the viewer
  startPdfWorker();
  render(<Viewer file={file} bytes={bytes} />, app);
}
