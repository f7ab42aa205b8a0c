import type { DocumentSession } from '@pix/contracts';
import { html } from '../html';
import { INCIDENT_CATEGORIES } from '../incident-codes';
import type { PrintableDocument } from '../printable-document';
import { checkbox, documentPage, documentTitle, repeat, sessionFacts } from './layout';

const TITLE = 'PV d’incident';
export const INCIDENT_ROWS = 12;
export const UNFINISHED_TEST_ROWS = 5;

/** The blank incident report, with the session header; the invigilator fills it in during the session. */
export function incidentReport(session: DocumentSession): PrintableDocument {
  const legend = INCIDENT_CATEGORIES.flatMap((category) =>
    category.codes.map(
      (code, index) =>
        html`<tr>
          ${
            index === 0
              ? html`<th scope="rowgroup" rowspan="${category.codes.length}">
                  ${category.label}<br /><span class="small muted">${category.expected}</span>
                </th>`
              : html``
          }
          <td class="center"><strong>${code.code}</strong></td>
          <td>${code.label}</td>
        </tr>`,
    ),
  );
  const body = html`${documentTitle('Procès-verbal d’incident', session)} ${sessionFacts(session)}
    <p class="notice">
      Une ligne par signalement, rédigé le plus précisément possible. Pour un problème sur une question, faites d’abord
      actualiser la page, puis notez le code et le numéro de la question. Seuls les signalements du surveillant sont
      pris en compte par le jury. Les tests non terminés et les codes sont en page 2.
    </p>

    <h2>Signalements</h2>
    <table class="grid">
      <colgroup>
        <col style="width: 17%" />
        <col style="width: 15%" />
        <col style="width: 14%" />
        <col style="width: 9%" />
        <col style="width: 35%" />
        <col style="width: 10%" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Nom</th>
          <th scope="col">Prénom</th>
          <th scope="col">N° de certification</th>
          <th scope="col">Code(s)</th>
          <th scope="col">Description de l’incident</th>
          <th scope="col">N° de question</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          INCIDENT_ROWS,
          html`<tr>
            <td class="tall"></td>
            <td></td>
            <td></td>
            <td></td>
            <td></td>
            <td></td>
          </tr>`,
        )}
      </tbody>
    </table>

    <section class="page-break">
      <h2>Tests non terminés</h2>
      <p class="small muted">Cocher la raison pour chaque candidat qui n’a pas atteint l’écran de fin de test.</p>
      <table class="grid compact avoid-break">
        <colgroup>
          <col style="width: 22%" />
          <col style="width: 20%" />
          <col style="width: 18%" />
          <col style="width: 20%" />
          <col style="width: 20%" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Prénom</th>
            <th scope="col">N° de certification</th>
            <th scope="col">Abandon du candidat</th>
            <th scope="col">Problème technique</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            UNFINISHED_TEST_ROWS,
            html`<tr>
              <td></td>
              <td></td>
              <td></td>
              <td class="center"><span class="checkbox" aria-hidden="true"></span></td>
              <td class="center"><span class="checkbox" aria-hidden="true"></span></td>
            </tr>`,
          )}
        </tbody>
      </table>

      <h2>Codes des signalements</h2>
      <table class="grid wrap compact">
        <colgroup>
          <col style="width: 30%" />
          <col style="width: 9%" />
          <col style="width: 61%" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Catégorie</th>
            <th scope="col" class="center">Code</th>
            <th scope="col">Signalement</th>
          </tr>
        </thead>
        <tbody>
          ${legend}
        </tbody>
      </table>

      <h2>Observations générales sur la session</h2>
      <div class="write" style="min-height: 24mm"></div>

      <div class="columns avoid-break" style="margin-top: 4mm">
        <div>
          <p>Nom du ou des surveillants&nbsp;: <strong>${session.examiner}</strong></p>
          <p>${checkbox('Aucun incident pendant la session')}</p>
        </div>
        <div>
          <p class="muted small">Date et signature du ou des surveillants</p>
          <div class="write signature"></div>
        </div>
      </div>
    </section>`;
  return {
    fileName: `pv-incident-${session.id}.pdf`,
    html: documentPage(`${TITLE} – session ${session.id}`, body),
    footerLabel: `${TITLE} – session n° ${session.id}`,
  };
}
