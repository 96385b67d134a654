/**
 * Draws an `OfficialDocument` as one self-contained, print-ready HTML page (A4 @page, no external
 * resource: fonts of the system, the QR code inline as SVG). Every field prints as
 * `<span class="label">Label:</span> <span class="value">value</span>`.
 */
import type { Block, OfficialDocument, TableBlock } from './model.ts';
import { escapeHtml, nd30HeaderHtml, nd30PageCss, nd30SignatureHtml, nd30TitleHtml } from './nd30.ts';
import { qrSvg } from './qr.ts';

/**
 * The print button's script, inline so that a saved form stays self-contained. The Content-
 * Security-Policy forbids inline event handlers (onclick) and allows this one script by its
 * SHA-256 hash (src/http/app.ts): change a character and the hash follows automatically.
 */
export const PRINT_SCRIPT = "document.addEventListener('click', (event) => { if (event.target instanceof Element && event.target.closest('[data-print]')) window.print(); });";

const FORM_CSS = `
.field { margin: 0 0 4pt; }
.field .label { }
.field .value.strong { font-weight: bold; }
.body-text { text-align: justify; text-indent: 1.27cm; }
.body-text.bold { font-weight: bold; }
.body-text.italic { font-style: italic; }
.grid { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 12pt; }
.landscape .grid { font-size: 10pt; }
.grid th, .grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
.grid th { font-weight: bold; text-align: center; }
.grid td.center { text-align: center; }
.grid caption { position: absolute; left: -9999px; }
.grid thead { display: table-header-group; }
.grid tr { page-break-inside: avoid; }
.qr { display: flex; align-items: center; gap: 8pt; margin: 4pt 0 8pt; }
.qr svg { width: 30mm; height: 30mm; flex: none; }
.qr .qr-label { font-style: italic; font-size: 12pt; }
.qr .qr-url { font-size: 12pt; word-break: break-all; }
.addressee { text-align: center; margin-bottom: 8pt; }
.toolbar { position: fixed; top: 8px; right: 8px; }
.toolbar button { font: inherit; font-size: 12pt; padding: 4px 12px; cursor: pointer; }
`;

function cellText(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function tableHtml(block: TableBlock): string {
  const grouped = block.columns.some((c) => c.group);
  let head: string;
  if (!grouped) {
    head = `<tr>${block.columns.map((c) => `<th scope="col">${cellText(c.label)}</th>`).join('')}</tr>`;
  } else {
    const top: string[] = [];
    const bottom: string[] = [];
    for (let i = 0; i < block.columns.length; ) {
      const column = block.columns[i]!;
      if (!column.group) {
        top.push(`<th scope="col" rowspan="2">${cellText(column.label)}</th>`);
        i++;
        continue;
      }
      let j = i;
      while (j < block.columns.length && block.columns[j]!.group === column.group) {
        bottom.push(`<th scope="col">${cellText(block.columns[j]!.label)}</th>`);
        j++;
      }
      top.push(`<th scope="colgroup" colspan="${j - i}">${cellText(column.group)}</th>`);
      i = j;
    }
    head = `<tr>${top.join('')}</tr><tr>${bottom.join('')}</tr>`;
  }
  const sum = block.columns.reduce((s, c) => s + c.width, 0);
  const cols = block.columns.map((c) => `<col style="width:${((c.width / sum) * 100).toFixed(1)}%">`).join('');
  const body =
    block.rows.length > 0
      ? block.rows.map((row) => `<tr>${row.map((text, i) => `<td${block.columns[i]?.center ? ' class="center"' : ''}>${cellText(text)}</td>`).join('')}</tr>`).join('\n')
      : `<tr><td class="center" colspan="${block.columns.length}">${escapeHtml(block.emptyText ?? '')}</td></tr>`;
  return `<table class="grid"><caption>${escapeHtml(block.caption)}</caption><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

async function blockHtml(block: Block): Promise<string> {
  switch (block.kind) {
    case 'field':
      return `<p class="field"><span class="label">${escapeHtml(block.label)}:</span> <span class="value${block.strong ? ' strong' : ''}">${escapeHtml(block.value)}</span></p>`;
    case 'paragraph': {
      const classes = ['body-text', ...(block.bold ? ['bold'] : []), ...(block.italic ? ['italic'] : [])].join(' ');
      return `<p class="${classes}">${escapeHtml(block.text)}</p>`;
    }
    case 'table':
      return tableHtml(block);
    case 'qr': {
      const svg = (await qrSvg(block.payload)).replace('<svg ', `<svg role="img" aria-label="Mã QR: ${escapeHtml(block.payload)}" `);
      return `<div class="qr" data-qr-payload="${escapeHtml(block.payload)}">${svg}<div><div class="qr-label">${escapeHtml(block.label)}</div><div class="qr-url">${escapeHtml(block.payload)}</div></div></div>`;
    }
  }
}

/** The document as a complete HTML page (UTF-8). */
export async function renderHtml(document: OfficialDocument): Promise<string> {
  const blocks = await Promise.all(document.blocks.map(blockHtml));
  const addressee = document.addressee ? `<p class="addressee">${escapeHtml(document.addressee)}</p>` : '';
  const signatures = document.signatures.length > 0 || document.recipients?.length ? nd30SignatureHtml(document.signatures, document.recipients) : '';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)} – ${escapeHtml(document.fileName)}</title>
<style>${nd30PageCss(document.orientation)}${FORM_CSS}</style>
<script>${PRINT_SCRIPT}</script>
</head>
<body class="${document.orientation}">
<div class="toolbar no-print"><button type="button" data-print>In văn bản</button></div>
<main class="page" data-form="${escapeHtml(document.form)}">
${nd30HeaderHtml(document.header)}
${nd30TitleHtml(document.title, document.subtitle)}
${addressee}
${blocks.join('\n')}
${signatures}
</main>
</body>
</html>
`;
}
