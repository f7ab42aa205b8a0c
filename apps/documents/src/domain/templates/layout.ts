import type { DocumentSession } from '@pix/contracts';
import { formatLongDate, formatTime } from '../french-format';
import { html, type SafeHtml } from '../html';

// System fonts installed by apt (fonts-liberation2, fonts-dejavu-core); Chromium embeds the subsets it uses.
// DejaVu Sans covers the few characters Liberation Sans lacks.
const STYLE = html`<style>
  @page {
    size: A4;
    margin: 14mm 14mm 18mm 14mm;
  }
  * {
    box-sizing: border-box;
  }
  html {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  body {
    margin: 0;
    font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif;
    font-size: 10pt;
    line-height: 1.35;
    color: #161616;
  }
  h1 {
    font-size: 17pt;
    margin: 0 0 2mm;
  }
  h2 {
    font-size: 11.5pt;
    margin: 3.5mm 0 1.5mm;
    color: #000091;
    break-after: avoid;
  }
  p {
    margin: 0 0 1.5mm;
  }
  ul,
  ol {
    margin: 0 0 1.5mm;
    padding-left: 6mm;
  }
  li {
    margin-bottom: 1mm;
  }
  .kicker {
    font-size: 8.5pt;
    font-weight: bold;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: #000091;
  }
  .muted {
    color: #3a3a3a;
  }
  .small {
    font-size: 8.5pt;
  }
  .sheet + .sheet,
  .page-break {
    break-before: page;
  }
  .avoid-break {
    break-inside: avoid;
  }
  .facts {
    width: 100%;
    border-collapse: collapse;
    margin: 2mm 0 3mm;
    table-layout: fixed;
  }
  .facts th {
    width: 27mm;
    padding: 0.8mm 2mm 0.8mm 0;
    text-align: left;
    vertical-align: top;
    font-weight: normal;
    color: #3a3a3a;
  }
  .facts.form th {
    width: 36mm;
  }
  .facts.form td {
    padding-top: 1.5mm;
  }
  .facts.form .line {
    display: block;
    min-width: 0;
    height: 4.5mm;
  }
  .facts td {
    padding: 0.8mm 4mm 0.8mm 0;
    vertical-align: top;
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .clamp-2,
  .clamp-3 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .clamp-2 {
    -webkit-line-clamp: 2;
  }
  .clamp-3 {
    -webkit-line-clamp: 3;
  }
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th,
  .grid td {
    border: 0.3mm solid #161616;
    padding: 1mm 1.6mm;
    text-align: left;
    vertical-align: middle;
  }
  .grid thead th {
    background: #e3e3fd;
    font-size: 8.5pt;
    line-height: 1.2;
  }
  .grid tbody td {
    height: 9mm;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .grid.attendance th,
  .grid.attendance td {
    font-size: 9pt;
  }
  .grid.attendance tbody td {
    height: 8.5mm;
  }
  .grid tbody td.tall {
    height: 13mm;
  }
  .grid.wrap tbody td {
    height: 7mm;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .grid.compact th,
  .grid.compact td {
    padding: 0.6mm 1.6mm;
    font-size: 9pt;
    line-height: 1.25;
  }
  .grid.compact tbody td {
    height: 8mm;
  }
  .grid.compact.wrap tbody td {
    height: 5mm;
  }
  .grid td.center,
  .grid th.center {
    text-align: center;
  }
  .box {
    border: 0.3mm solid #161616;
    padding: 1.5mm 2mm;
  }
  .write {
    border: 0.3mm solid #161616;
    min-height: 9mm;
  }
  .write.m {
    min-height: 15mm;
  }
  .write.l {
    min-height: 32mm;
  }
  .checkbox {
    display: inline-block;
    width: 3.4mm;
    height: 3.4mm;
    margin-right: 1.5mm;
    border: 0.3mm solid #161616;
    vertical-align: -0.5mm;
  }
  .choices {
    list-style: none;
    padding-left: 0;
    columns: 2;
  }
  .line {
    display: inline-block;
    min-width: 60mm;
    border-bottom: 0.3mm dotted #161616;
  }
  .signature {
    height: 20mm;
  }
  body.large {
    font-size: 11.5pt;
  }
  .codes {
    display: flex;
    gap: 3mm;
    margin: 3mm 0;
  }
  .codes > div {
    flex: 1;
    border: 0.4mm solid #000091;
    padding: 2mm 3mm;
  }
  .codes .value {
    font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif;
    font-size: 17pt;
    font-weight: bold;
    letter-spacing: 0.06em;
  }
  .codes .secret {
    border-color: #ce0500;
  }
  .notice {
    border-left: 1.2mm solid #000091;
    background: #f5f5fe;
    padding: 2mm 3mm;
    margin: 2mm 0;
  }
  .warning {
    border-left: 1.2mm solid #ce0500;
    background: #fef4f4;
    padding: 2mm 3mm;
    margin: 2mm 0;
  }
  .columns {
    display: flex;
    gap: 5mm;
  }
  .columns > * {
    flex: 1;
    min-width: 0;
  }
</style>`;

/** The whole HTML page of a document, in French, with the print style. */
export function documentPage(title: string, body: SafeHtml, bodyClass = ''): SafeHtml {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        ${STYLE}
      </head>
      <body class="${bodyClass}">
        ${body}
      </body>
    </html>`;
}

/** The title block: "Certification Pix", the document name and the session number. */
export function documentTitle(title: string, session: DocumentSession): SafeHtml {
  return html`<p class="kicker">Certification Pix · Session n° ${session.id}</p>
    <h1>${title}</h1>`;
}

/** The session's identity, as printed at the top of every document. */
export function sessionFacts(session: DocumentSession): SafeHtml {
  return html`<table class="facts">
    <tbody>
      <tr>
        <th scope="row">N° de session</th>
        <td>${session.id}</td>
        <th scope="row">Centre</th>
        <td><span class="clamp-2">${session.certificationCenterName}</span></td>
      </tr>
      <tr>
        <th scope="row">Date</th>
        <td>${formatLongDate(session.date)}</td>
        <th scope="row">Site</th>
        <td><span class="clamp-2">${session.address}</span></td>
      </tr>
      <tr>
        <th scope="row">Heure de début</th>
        <td>${formatTime(session.time)} <span class="muted small">(heure locale)</span></td>
        <th scope="row">Salle</th>
        <td><span class="clamp-2">${session.room}</span></td>
      </tr>
    </tbody>
  </table>`;
}

/** An empty square to tick by hand, followed by its label. */
export function checkbox(label: string): SafeHtml {
  return html`<span class="checkbox" aria-hidden="true"></span>${label}`;
}

/** `count` copies of a row, for forms filled in by hand. */
export function repeat(count: number, row: SafeHtml): SafeHtml[] {
  return Array.from({ length: count }, () => row);
}
