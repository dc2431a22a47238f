// The Firefox build: Mozilla's linter (web-ext lint, as addons.mozilla.org runs it) finds no
// error, and the MV2 manifest keeps the same permissions. (The build runs in a real Firefox ESR in
// the other e2e files, through puppeteer-core: see driver.ts.)

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it, vi } from 'vitest';

describe('firefox build', () => {
  it('passes web-ext lint without errors', async () => {
    const webExt = (await import('web-ext')).default;
    const dir = inject('firefoxExtensionDir');
    // The linter prints its whole JSON report; keep the test output readable.
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const result = await webExt.cmd
      .lint(
        { sourceDir: dir, output: 'json', selfHosted: false, boring: true, warningsAsErrors: false },
        { shouldExitProgram: false },
      )
      .finally(() => log.mockRestore());
    expect(result.errors.map((e) => `${e.code} ${e.file ?? ''}`)).toEqual([]);
  });

  it('asks for the same access as the Chrome build', async () => {
    const manifest = JSON.parse(await readFile(join(inject('firefoxExtensionDir'), 'manifest.json'), 'utf8'));
    // clipboardWrite: the background page makes the overlay's copies (Chrome's offscreen permission
    // has no Firefox counterpart: its background has a document of its own).
    expect(manifest.permissions.sort()).toEqual(
      ['activeTab', 'storage', 'scripting', 'declarativeNetRequestWithHostAccess', 'clipboardWrite', '*://*.gov.cn/*'].sort(),
    );
    expect(manifest.web_accessible_resources).toEqual(['viewer.html', 'attachment.html', 'listing.html']);
    expect(manifest.content_scripts).toEqual([
      { matches: ['*://*.gov.cn/*'], run_at: 'document_idle', js: ['detect.js'] },
    ]);
  });
});
