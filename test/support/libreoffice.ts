/**
 * DOCX → PDF → text with the real LibreOffice and poppler (installed by scripts/setup.sh --test),
 * to check what a citizen would read on the printed form. All files go through ONE soffice
 * run (each start costs ~1.5 s), with its own throw-away profile so parallel runs never share one.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfText {
  /** pdftotext output in reading order. */
  text: string;
  pages: number;
  /** Size of the first page in points, e.g. "595.276 x 841.89" for A4 portrait. */
  pageSize: string;
}

/** Text, page count and page size of a PDF file (poppler's pdftotext and pdfinfo). */
export async function pdfText(pdf: string): Promise<PdfText> {
  await Promise.all([requireTool('pdftotext'), requireTool('pdfinfo')]);
  const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  const { stdout: info } = await run('pdfinfo', [pdf]);
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0), pageSize: /^Page size:\s+([\d.]+ x [\d.]+)/m.exec(info)?.[1] ?? '' };
}

async function requireTool(tool: string): Promise<void> {
  try {
    await run('which', [tool]);
  } catch {
    throw new Error(`${tool} is not installed: run "bash scripts/setup.sh --test" (it installs libreoffice-writer-nogui and poppler-utils).`);
  }
}

/** Converts every DOCX (name → bytes) to PDF in one LibreOffice run and returns the text of each. */
export async function docxToPdfText(files: Readonly<Record<string, Buffer>>): Promise<Record<string, PdfText>> {
  await requireTool('soffice');
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-docx-'));
  try {
    const profile = path.join(work, 'profile');
    const out = path.join(work, 'pdf');
    const inputs = await Promise.all(
      Object.entries(files).map(async ([name, bytes]) => {
        const file = path.join(work, `${name}.docx`);
        await fs.writeFile(file, bytes);
        return file;
      }),
    );
    await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', out, ...inputs], { timeout: 180_000 });
    const result: Record<string, PdfText> = {};
    for (const name of Object.keys(files)) result[name] = await pdfText(path.join(out, `${name}.pdf`));
    return result;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** Text with every run of white space made one space (lines wrap differently in a PDF). */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
