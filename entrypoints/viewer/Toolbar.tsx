// The viewer's toolbar: where the file comes from, page navigation, zoom, find (Ctrl+F), and the
// original file (download, print, open, copy its address).

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import type { PdfView } from './pdf-view';

const ZOOMS = [
  { value: 'auto', label: () => t('zoomAuto') },
  { value: 'page-width', label: () => t('zoomPageWidth') },
  { value: 'page-fit', label: () => t('zoomPageFit') },
  ...[0.5, 0.75, 1, 1.25, 1.5, 2, 3].map((s) => ({ value: String(s), label: () => `${Math.round(s * 100)}%` })),
];

interface Props {
  file: string;
  view: PdfView | null;
  onDownload: () => void;
  onPrint: () => void;
  onOpenOriginal: () => void;
  onCopyLink: () => Promise<boolean>;
}

function hostOf(file: string): string {
  try {
    return new URL(file).host;
  } catch {
    return file;
  }
}

export function Toolbar({ file, view, onDownload, onPrint, onOpenOriginal, onCopyLink }: Props) {
  const [page, setPage] = useState(1);
  const [pages, setPages] = useState(0);
  const [scale, setScale] = useState({ value: 'auto', percent: 100 });
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ current: number; total: number } | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const findInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!view) return;
    const bus = view.eventBus;
    const onPages = () => setPages(view.viewer.pagesCount);
    const onPage = ({ pageNumber }: { pageNumber: number }) => setPage(pageNumber);
    const onScale = ({ scale: s, presetValue }: { scale: number; presetValue?: string }) =>
      setScale({ value: presetValue ?? String(s), percent: Math.round(s * 100) });
    const onCount = ({ matchesCount }: { matchesCount: { current: number; total: number } }) => setMatches(matchesCount);
    const onState = ({ matchesCount }: { matchesCount?: { current: number; total: number } }) => matchesCount && setMatches(matchesCount);
    bus.on('pagesinit', onPages);
    bus.on('pagechanging', onPage);
    bus.on('scalechanging', onScale);
    bus.on('updatefindmatchescount', onCount);
    bus.on('updatefindcontrolstate', onState);
    onPages();
    return () => {
      bus.off('pagesinit', onPages);
      bus.off('pagechanging', onPage);
      bus.off('scalechanging', onScale);
      bus.off('updatefindmatchescount', onCount);
      bus.off('updatefindcontrolstate', onState);
    };
  }, [view]);

  // Ctrl+F (⌘F) searches the whole document, including pages not yet drawn.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        findInput.current?.focus();
        findInput.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const find = (again?: 'next' | 'previous') => {
    if (view && query) view.find(query, again);
  };
  const selectValue = ZOOMS.some((z) => z.value === scale.value) ? scale.value : 'custom';

  return (
    <header class="toolbar">
      <span class="host" title={file} data-role="host">
        {t('viewerHost', { host: hostOf(file) })}
      </span>
      <span class="group">
        <button type="button" data-action="previous-page" title={t('previousPage')} disabled={!view || page <= 1} onClick={() => view?.viewer.previousPage()}>
          ‹
        </button>
        <input
          type="number"
          class="page-input"
          data-role="page-number"
          min={1}
          max={pages || 1}
          value={page}
          aria-label={t('pageNumber')}
          disabled={!view}
          onChange={(e) => {
            const n = Number((e.target as HTMLInputElement).value);
            if (view && Number.isInteger(n) && n >= 1 && n <= view.viewer.pagesCount) view.viewer.currentPageNumber = n;
          }}
        />
        <span class="of" data-role="page-count">{t('pageOf', { pages })}</span>
        <button type="button" data-action="next-page" title={t('nextPage')} disabled={!view || page >= pages} onClick={() => view?.viewer.nextPage()}>
          ›
        </button>
      </span>
      <span class="group">
        <button type="button" data-action="zoom-out" title={t('zoomOut')} disabled={!view} onClick={() => view?.viewer.decreaseScale()}>
          −
        </button>
        <select
          data-role="zoom"
          aria-label={t('zoom')}
          disabled={!view}
          value={selectValue}
          onChange={(e) => {
            if (view) view.viewer.currentScaleValue = (e.target as HTMLSelectElement).value;
          }}
        >
          {ZOOMS.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label()}
            </option>
          ))}
          {selectValue === 'custom' && <option value="custom" disabled>{`${scale.percent}%`}</option>}
        </select>
        <button type="button" data-action="zoom-in" title={t('zoomIn')} disabled={!view} onClick={() => view?.viewer.increaseScale()}>
          +
        </button>
      </span>
      <span class="group find">
        <input
          ref={findInput}
          type="search"
          data-role="find"
          placeholder={t('findPlaceholder')}
          aria-label={t('findPlaceholder')}
          disabled={!view}
          value={query}
          onInput={(e) => {
            const q = (e.target as HTMLInputElement).value;
            setQuery(q);
            if (view) view.find(q);
            if (!q) setMatches(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') find(e.shiftKey ? 'previous' : 'next');
          }}
        />
        <button type="button" data-action="find-previous" title={t('findPrevious')} disabled={!view || !query} onClick={() => find('previous')}>
          ↑
        </button>
        <button type="button" data-action="find-next" title={t('findNext')} disabled={!view || !query} onClick={() => find('next')}>
          ↓
        </button>
        {query && matches && (
          <span class="count" data-role="find-count" role="status">
            {matches.total > 0 ? t('findCount', { current: matches.current, total: matches.total }) : t('findNone')}
          </span>
        )}
      </span>
      <span class="group original">
        <button type="button" data-action="download" title={t('downloadTitle')} disabled={!view} onClick={onDownload}>
          {t('download')}
        </button>
        <button type="button" data-action="print" disabled={!view} onClick={onPrint}>
          {t('print')}
        </button>
        <button type="button" data-action="open-original" onClick={onOpenOriginal}>
          {t('openOriginal')}
        </button>
        <button
          type="button"
          data-action="copy-original-link"
          title={file}
          onClick={async () => {
            setCopied(await onCopyLink());
            setTimeout(() => setCopied(null), 2500);
          }}
        >
          {copied === null ? t('copyOriginalLink') : copied ? t('linkCopied') : t('copyFailed')}
        </button>
      </span>
    </header>
  );
}
