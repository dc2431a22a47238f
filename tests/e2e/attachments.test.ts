// Reports that are not the page itself, in Chromium and Firefox: an article page embedding a
// corpus PDF (an <iframe>, or the site's own pdf.js viewer page) and one linking a DOCX or a
// legacy .doc attachment. A small audit button sits beside each; one click shows the verdict.

import { describe, expect, it } from 'vitest';
import { corpusDocs, hasCorpus, truthOf } from './corpus';
import { useDriver } from './context';
import { BROWSERS, waitFor, type Driver, type Tab } from './driver';

const P04 = corpusDocs().find((d) => d.id === 'mutant-p04-honggutan-t4-total');
const P08 = corpusDocs().find((d) => d.id === 'mutant-p08-quxian-t4-total');
const TITLE = '红谷滩区2023年政府信息公开工作年度报告';

function article(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><h1>${TITLE}</h1>${body}</body></html>`;
}

async function clickAudit(tab: Tab, index = 0) {
  const hosts = await waitFor(() => tab.attrs('nianbao-attachment', 'data-nianbao-file'), (h) => h.length > index);
  expect(hosts.length).toBeGreaterThan(index);
  await tab.evaluate(`document.querySelectorAll('nianbao-attachment')[${index}].shadowRoot.querySelector('button.audit').click()`);
  return hosts[index]!;
}

const statusOf = (tab: Tab) => tab.evaluate<[string | null, string | null]>(
  `(() => { const h = document.querySelector('nianbao-attachment'); return [h.getAttribute('data-nianbao-status'), h.getAttribute('data-nianbao-verdict')]; })()`,
);

/** Where the driver can read the extension's frame (Chromium): the rules it lists (info aside, as in the truth). */
async function frameRules(d: Driver, tab: Tab): Promise<string[] | null> {
  await tab.frameEvaluate(`${d.extensionBase}attachment.html`, `document.querySelector('[data-action="details"]')?.click()`);
  return waitFor(
    () => tab.frameEvaluate<string[]>(`${d.extensionBase}attachment.html`, `[...document.querySelectorAll('.nb-finding:not([data-severity="info"])')].map((el) => el.getAttribute('data-rule'))`),
    (r) => r === null || r.length > 0,
    5000,
  );
}

describe.each(BROWSERS)('attachments and embedded PDFs in $name', ({ name, skip }) => {
  describe.skipIf(skip || !hasCorpus)(name, () => {
    const env = useDriver(name);

    it.each([
      ['an <iframe>', `<iframe src="/${P04?.path}" width="700" height="500" title="附件"></iframe>`],
      ["the site's pdf.js viewer", `<iframe src="/static/pdfjs/web/viewer.html?file=${encodeURIComponent(`/${P04?.path}`)}" width="700" height="500"></iframe>`],
    ])('audits a PDF embedded through %s on one click', async (_how, body) => {
      const { driver, server } = env();
      server.page('/static/pdfjs/web/viewer.html', '<!doctype html><title>PDF.js viewer</title><p>viewer</p>');
      const path = `/embed-${_how.length}.html`;
      server.page(path, article(`<p>全文如下：</p>${body}`));
      const tab = await driver.newTab();
      await tab.goto(`http://www.honggutan.gov.cn${path}`);
      const file = await clickAudit(tab);
      expect(file).toBe(`http://www.honggutan.gov.cn/${P04!.path}`);
      expect(await waitFor(() => statusOf(tab), ([s]) => s !== 'running' && s !== null, 60_000)).toEqual(['done', 'errors']);
      const rules = await frameRules(driver, tab);
      if (rules) expect(rules.sort()).toEqual(truthOf(P04!).findings.map((f) => f.rule).sort());
      await tab.close();
    });

    it('audits a DOCX attachment on one click, and explains a legacy .doc', async () => {
      const { driver, server } = env();
      server.page(
        '/attach.html',
        article(
          `<p>附件：<a href="/fixtures/docx/mutant-p08-quxian-t4-total.docx">${TITLE}.docx</a></p>` +
            `<p>附件：<a href="/files/2022nianbao.doc">2022年年报.doc</a></p><p>附件：<a href="/files/notice.pdf">会议通知.pdf</a></p>`,
        ),
      );
      const tab = await driver.newTab();
      await tab.goto('http://www.quxian.gov.cn/attach.html');
      // The page speaks of a report: every attachment gets a button, the notice's too.
      expect(await waitFor(() => tab.attrs('nianbao-attachment', 'data-nianbao-file'), (h) => h.length === 3)).toHaveLength(3);
      await clickAudit(tab, 0);
      expect(await waitFor(() => statusOf(tab), ([s]) => s !== 'running' && s !== null, 30_000)).toEqual(['done', 'errors']);
      const rules = await frameRules(driver, tab);
      if (rules) expect(rules.sort()).toEqual(truthOf(P08!).findings.map((f) => f.rule).sort());

      await clickAudit(tab, 1);
      const legacy = await tab.evaluate<[string | null, string]>(
        `(() => { const h = document.querySelectorAll('nianbao-attachment')[1]; return [h.getAttribute('data-nianbao-status'), h.shadowRoot.querySelector('.note')?.textContent ?? '']; })()`,
      );
      expect(legacy[0]).toBe('unsupported');
      expect(legacy[1]).toMatch(/PDF.*DOCX/);
      expect(server.requests('/files/2022nianbao.doc')).toBe(0);
      await tab.close();
    });

    it('marks nothing on a page that does not speak of a report', async () => {
      const { driver, server } = env();
      server.page('/notice.html', '<!doctype html><meta charset="utf-8"><title>会议通知</title><h1>关于召开会议的通知</h1><p><a href="/files/agenda.pdf">议程.pdf</a></p>');
      const tab = await driver.newTab();
      await tab.goto('http://www.quxian.gov.cn/notice.html');
      await new Promise((r) => setTimeout(r, 1200));
      expect(await tab.attrs('nianbao-attachment', 'data-nianbao-file')).toEqual([]);
      await tab.close();
    });
  });
});
