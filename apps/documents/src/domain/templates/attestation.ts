import type { AttestationData } from '@pix/contracts';
import { formatNumericDate } from '../french-format';
import { html, type SafeHtml } from '../html';
import type { PrintableDocument } from '../printable-document';
import { verificationPageUrl, verificationUrl } from '../verification-qr-code';
import { documentPage } from './layout';

const TITLE = 'Attestation de certification Pix';

/** 16 competences × level 8 × 8 pix (rules §0). */
export const ABSOLUTE_MAX_SCORE = 1024;
const PIX_BY_LEVEL_FOR_ALL_COMPETENCES = 128;
const TOP_LEVEL = 8;

/** France Compétences registered the certification as "professionnalisante" from this date (rules §11). */
export const PROFESSIONALISING_SINCE = '2022-01-01';

type Competence = AttestationData['competences'][number];

interface Area {
  readonly code: string;
  readonly title: string;
  readonly competences: readonly Competence[];
}

/** What the attestation needs besides the certification: where to check it, and its QR code (inline SVG). */
export interface AttestationPrinting {
  readonly publicUrl: string;
  readonly qrCode: SafeHtml;
}

/** File name of one attestation, as downloaded. */
export function attestationFileName(certificationId: number): string {
  return `attestation-pix-${certificationId}.pdf`;
}

/**
 * The attestation of a published, validated certification (rules §11): one A4 page with the holder, the pix score
 * out of the maximum reachable on the certification date, the competence levels by area, and how to verify it.
 */
export function attestation(data: AttestationData, printing: AttestationPrinting): PrintableDocument {
  const maxScore = data.maxReachableLevel * PIX_BY_LEVEL_FOR_ALL_COMPETENCES;
  const body = html`${ATTESTATION_STYLE}
    <div class="attestation">
      <header class="masthead">
        <p class="kicker">Certification Pix · Compétences numériques</p>
        <h1>${TITLE}</h1>
        <p class="lead">
          La certification Pix atteste du niveau de maîtrise des compétences numériques du cadre de référence
          (16&nbsp;compétences réparties en 5&nbsp;domaines), mesuré lors d’un test passé en centre agréé, sous
          surveillance.
        </p>
      </header>

      <div class="identity">
        <table class="facts">
          <tbody>
            <tr>
              <th scope="row">Nom et prénom</th>
              <td>${data.lastName.toUpperCase()} ${data.firstName}</td>
            </tr>
            <tr>
              <th scope="row">Date de naissance</th>
              <td>${formatNumericDate(data.birthdate)} <span class="muted">à</span> ${data.birthplace}</td>
            </tr>
            <tr>
              <th scope="row">Centre</th>
              <td>${data.certificationCenter}</td>
            </tr>
            <tr>
              <th scope="row">Date de passage</th>
              <td>${formatNumericDate(data.certificationDate)}</td>
            </tr>
            <tr>
              <th scope="row">Délivré le</th>
              <td>${formatNumericDate(data.deliveredAt)}</td>
            </tr>
          </tbody>
        </table>
        <div class="score" aria-label="Nombre de pix obtenus">
          <p class="score-label">Nombre de pix</p>
          <p class="score-value">${data.pixScore}<span class="score-max"> / ${maxScore}*</span></p>
        </div>
      </div>

      <h2>Niveaux obtenus par compétence</h2>
      <div class="areas">${areasOf(data.competences).map(areaBlock)}</div>
      <p class="small muted">Une compétence sans niveau n’a pas été certifiée.</p>

      ${scoreNotes(data.maxReachableLevel, maxScore)}

      <div class="verification avoid-break">
        <div class="verification-text">
          <h2>Vérifier cette attestation</h2>
          <p>Code de vérification&nbsp;: <strong class="code">${data.verificationCode}</strong></p>
          <p class="small">
            Saisissez ce code sur <strong>${verificationPageUrl(printing.publicUrl)}</strong>, ou scannez le QR code,
            pour afficher le certificat tel qu’il est enregistré par Pix.
          </p>
          <p class="small muted url">${verificationUrl(printing.publicUrl, data.verificationCode)}</p>
        </div>
        <div class="qr-code" data-qr-url="${verificationUrl(printing.publicUrl, data.verificationCode)}">
          ${printing.qrCode}
        </div>
      </div>

      ${professionalisingNotice(data.deliveredAt)}

      <div class="signature-block avoid-break">
        <p>Pour Pix, le responsable de la certification</p>
        <p class="signature-line" aria-hidden="true"></p>
      </div>

      <footer class="disclaimer small muted">
        Cette attestation rend compte des résultats à la date de délivrance. Seul le certificat consultable avec le code
        de vérification fait foi. Toute reproduction modifiée de ce document constitue un faux.
      </footer>
    </div>`;
  return {
    fileName: attestationFileName(data.certificationId),
    html: documentPage(`${TITLE} – ${data.firstName} ${data.lastName}`, body),
    footerLabel: `${TITLE} – n° ${data.certificationId}`,
  };
}

/** The competences grouped by area, areas and competences in reference order (1.1 … 5.2). */
export function areasOf(competences: readonly Competence[]): Area[] {
  const sorted = [...competences].sort((left, right) => compareCodes(left.code, right.code));
  const areas = new Map<string, { code: string; title: string; competences: Competence[] }>();
  for (const competence of sorted) {
    const area = areas.get(competence.areaCode);
    if (area === undefined) {
      areas.set(competence.areaCode, {
        code: competence.areaCode,
        title: competence.areaTitle,
        competences: [competence],
      });
    } else {
      area.competences.push(competence);
    }
  }
  return [...areas.values()].sort((left, right) => compareCodes(left.code, right.code));
}

function areaBlock(area: Area): SafeHtml {
  return html`<section class="area avoid-break">
    <h3><span class="area-code">${area.code}</span> ${area.title}</h3>
    <table class="levels">
      <tbody>
        ${area.competences.map(
          (competence) =>
            html`<tr class="${competence.level > 0 ? 'certified' : 'not-certified'}">
              <td class="competence-code">${competence.code}</td>
              <td>${competence.name}</td>
              <td class="level">${competence.level > 0 ? html`Niveau ${competence.level}` : html``}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

/** The asterisk of the score: the maximum reachable that day; when it is below 8, the absolute maximum too. */
function scoreNotes(maxReachableLevel: number, maxScore: number): SafeHtml {
  const absolute =
    maxReachableLevel < TOP_LEVEL
      ? html`<p class="note">
          ** Le nombre maximum absolu de pix est de ${ABSOLUTE_MAX_SCORE} (niveau ${TOP_LEVEL} dans chacune des
          16&nbsp;compétences)&nbsp;; les niveaux au-delà du niveau ${maxReachableLevel} ne pouvaient pas encore être
          certifiés.
        </p>`
      : html``;
  return html`<div class="notes small">
    <p class="note">
      * À la date de la certification, le niveau maximal atteignable était le niveau ${maxReachableLevel}, soit un
      maximum de ${maxScore}&nbsp;pix${maxReachableLevel < TOP_LEVEL ? html`**` : html``}.
    </p>
    ${absolute}
  </div>`;
}

function professionalisingNotice(deliveredAt: string): SafeHtml {
  if (deliveredAt < PROFESSIONALISING_SINCE) return html``;
  return html`<p class="notice small">
    La certification Pix est une certification professionnalisante enregistrée par France Compétences au Répertoire
    spécifique.
  </p>`;
}

function compareCodes(left: string, right: string): number {
  return left.localeCompare(right, 'fr', { numeric: true });
}

const ATTESTATION_STYLE = html`<style>
  .attestation h1 {
    font-size: 20pt;
    color: #000091;
  }
  .masthead {
    border-bottom: 0.6mm solid #000091;
    padding-bottom: 2mm;
    margin-bottom: 3mm;
  }
  .lead {
    color: #3a3a3a;
  }
  .identity {
    display: flex;
    gap: 6mm;
    align-items: stretch;
  }
  .identity .facts {
    flex: 1;
  }
  .identity .facts th {
    width: 38mm;
  }
  .score {
    width: 48mm;
    border: 0.4mm solid #000091;
    background: #f5f5fe;
    padding: 3mm;
    text-align: center;
    margin: 2mm 0 3mm;
  }
  .score-label {
    font-weight: bold;
    color: #000091;
  }
  .score-value {
    font-size: 26pt;
    font-weight: bold;
    margin: 0;
  }
  .score-max {
    font-size: 12pt;
    color: #3a3a3a;
  }
  .areas {
    columns: 2;
    column-gap: 6mm;
  }
  .area {
    margin-bottom: 2mm;
  }
  .area h3 {
    font-size: 10pt;
    margin: 0 0 1mm;
    color: #000091;
  }
  .area-code {
    display: inline-block;
    min-width: 5mm;
  }
  .levels {
    width: 100%;
    border-collapse: collapse;
    font-size: 9pt;
  }
  .levels td {
    padding: 0.6mm 1mm;
    border-bottom: 0.2mm solid #dddddd;
    vertical-align: top;
  }
  .levels .competence-code {
    width: 8mm;
    color: #3a3a3a;
  }
  .levels .level {
    width: 16mm;
    text-align: right;
    font-weight: bold;
    white-space: nowrap;
  }
  .levels .not-certified td {
    color: #929292;
  }
  .notes .note {
    margin-bottom: 0.8mm;
  }
  .verification {
    display: flex;
    gap: 5mm;
    align-items: center;
    border: 0.3mm solid #161616;
    padding: 2mm 3mm;
    margin: 3mm 0;
  }
  .verification-text {
    flex: 1;
    min-width: 0;
  }
  .verification h2 {
    margin-top: 0;
  }
  .verification .code {
    font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif;
    font-size: 13pt;
    letter-spacing: 0.06em;
  }
  .verification .url {
    overflow-wrap: anywhere;
  }
  .qr-code {
    width: 30mm;
    height: 30mm;
    flex: none;
  }
  .qr-code svg {
    width: 100%;
    height: 100%;
  }
  .signature-block {
    margin: 3mm 0 2mm auto;
    width: 75mm;
  }
  .signature-line {
    height: 14mm;
    border-bottom: 0.3mm solid #161616;
  }
  .disclaimer {
    border-top: 0.3mm solid #dddddd;
    padding-top: 1.5mm;
  }
</style>`;
