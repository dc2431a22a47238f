// LibreOffice as a PDF producer: DOCX (or HTML) files → PDFs with `soffice --headless
// --convert-to pdf`, all files of one call in one LibreOffice process, with a private HOME and
// user profile (so runs beside other LibreOffice users on the machine never share a lock).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE_PACKAGES = 'libreoffice-writer-nogui fonts-wqy-zenhei';

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) if (existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/**
 * Convert `files` to PDF into `outDir`; returns the PDF path of each input (null where
 * LibreOffice wrote none). `html` opens HTML in Writer (not Writer/Web) as a document.
 */
export function convertToPdf(files: string[], outDir: string, opts: { timeoutMs?: number } = {}): (string | null)[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error(`LibreOffice (soffice) is not installed: apt-get install -y ${SOFFICE_PACKAGES}`);
  if (!files.length) return [];
  const home = mkdtempSync(join(tmpdir(), 'nianbao-soffice-'));
  try {
    const html = files.some((f) => /\.html?$/i.test(f));
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(home, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      ...(html ? ['--infilter=HTML (StarWriter)'] : []),
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      ...files,
    ];
    const r = spawnSync(soffice, args, {
      env: { ...process.env, HOME: home, TMPDIR: home },
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 20 * 60_000,
      killSignal: 'SIGKILL',
    });
    if (r.error) throw new Error(`soffice failed: ${r.error.message}`);
    return files.map((f) => {
      const pdf = join(outDir, `${basename(f, extname(f))}.pdf`);
      return existsSync(pdf) ? pdf : null;
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
