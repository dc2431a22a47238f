// The report's title as publishers vary it: "关于2023年度政府信息公开工作情况的报告", a title
// without the organ ("2023年政府信息公开工作年度报告"), or the title only in the page's <title>
// (the article prints no title line). Body, <title> and the title <meta> tags change together.
// report is not scored; the truth records the new title, and nothing else changes.

import { norm, setCellText } from '../dom';
import type { TruthEdit } from '../truth';
import { htmlTransform, type HtmlTransform } from './common';

interface Places {
  /** Article blocks printing exactly the title (outermost), and table cells (the metadata box). */
  blocks: Element[];
  cells: Element[];
  metas: Element[];
  head: HTMLTitleElement | null;
}

function places(doc: Document, title: string): Places {
  const want = norm(title);
  const hits = [...doc.body.querySelectorAll('h1,h2,h3,div,p,td,span,strong,b')].filter((e) => norm(e.textContent) === want);
  const outer = hits.filter((e) => !hits.some((o) => o !== e && o.contains(e)));
  const head = doc.querySelector('title');
  return {
    blocks: outer.filter((e) => e.tagName !== 'TD'),
    cells: outer.filter((e) => e.tagName === 'TD'),
    metas: [...doc.querySelectorAll('meta[content]')].filter((m) => norm(m.getAttribute('content')).includes(want)),
    head: head && norm(head.textContent).includes(want) ? head : null,
  };
}

/** Replace the title in the page's <title> / a meta content, keeping any site suffix. */
function replaceIn(s: string, title: string, by: string): string {
  const i = s.indexOf(title);
  if (i >= 0) return s.slice(0, i) + by + s.slice(i + title.length);
  return s.replace(/^[^_|\-–—]+/, by);
}

function retitle(id: string, description: string, make: (year: number, title: string) => string | null): HtmlTransform {
  return htmlTransform({
    id,
    description,
    edit(doc, truth) {
      const r = truth.truth.report;
      if (!r?.title || !r.year) return false;
      const title = make(r.year, r.title);
      if (!title || norm(title) === norm(r.title)) return false;
      const p = places(doc, r.title);
      if (!p.blocks.length) return false;
      for (const el of [...p.blocks, ...p.cells]) setCellText(el, title);
      for (const m of p.metas) m.setAttribute('content', replaceIn(m.getAttribute('content')!, r.title, title));
      if (p.head) p.head.textContent = replaceIn(p.head.textContent ?? '', r.title, title);
      setTitle(truth, title);
      return true;
    },
  });
}

function setTitle(truth: TruthEdit, title: string): void {
  truth.note(`report title: ${truth.truth.report!.title} → ${title}`);
  truth.truth.report!.title = title;
}

export const titleGuanyu = retitle(
  'title-guanyu',
  'the title worded “关于2023年度政府信息公开工作情况的报告”',
  (year) => `关于${year}年度政府信息公开工作情况的报告`,
);

export const titleNoOrgan = retitle(
  'title-no-organ',
  'the title without the organ: “2023年政府信息公开工作年度报告”',
  (year) => `${year}年政府信息公开工作年度报告`,
);

export const titleOnlyInHead = htmlTransform({
  id: 'title-only-in-head',
  description: 'the title only in the page <title> (with its site suffix): no title line in the body, no title meta tags',
  edit(doc, truth) {
    const title = truth.truth.report?.title;
    if (!title) return false;
    const p = places(doc, title);
    if (!p.head || !p.blocks.length) return false;
    for (const el of p.blocks) el.remove();
    for (const el of p.cells) setCellText(el, '');
    for (const m of p.metas) m.remove();
    truth.note(`title removed from the body (${p.blocks.length + p.cells.length} places) and the meta tags; kept in <title>: ${p.head.textContent}`);
    return true;
  },
});
