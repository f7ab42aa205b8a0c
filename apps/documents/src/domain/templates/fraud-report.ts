import type { DocumentSession } from '@pix/contracts';
import { html } from '../html';
import type { PrintableDocument } from '../printable-document';
import { checkbox, documentPage, documentTitle, sessionFacts } from './layout';

const TITLE = 'PV de fraude';

/** The blank fraud report (one per candidate concerned), with the session header. */
export function fraudReport(session: DocumentSession): PrintableDocument {
  const body = html`${documentTitle('Procès-verbal de fraude', session)} ${sessionFacts(session)}
    <p class="notice">
      Un procès-verbal par candidat. Faites cesser la fraude sans interrompre le test du candidat, recueillez les
      preuves, puis rédigez ce procès-verbal le plus précisément possible. La fraude est aussi
      <strong>signalée sur le PV d’incident avec le code C6</strong> (suspicion de fraude).
    </p>

    <h2>Candidat</h2>
    <table class="facts form">
      <tbody>
        <tr>
          <th scope="row">Nom de naissance</th>
          <td><span class="line"></span></td>
          <th scope="row">Prénom</th>
          <td><span class="line"></span></td>
        </tr>
        <tr>
          <th scope="row">Date de naissance</th>
          <td><span class="line"></span></td>
          <th scope="row">N° de certification</th>
          <td><span class="line"></span></td>
        </tr>
        <tr>
          <th scope="row">Heure des faits</th>
          <td><span class="line"></span></td>
          <th scope="row">N° de question <span class="small">(si connu)</span></th>
          <td><span class="line"></span></td>
        </tr>
      </tbody>
    </table>

    <h2>Nature des faits</h2>
    <ul class="choices">
      <li>${checkbox('Communication avec une autre personne, dans la salle ou à l’extérieur')}</li>
      <li>${checkbox('Consultation d’informations non autorisées (antisèche)')}</li>
      <li>${checkbox('Usurpation d’identité')}</li>
      <li>${checkbox('Autre (à préciser ci-dessous)')}</li>
    </ul>

    <h2>Description précise des faits</h2>
    <div class="write" style="min-height: 32mm"></div>

    <h2>Preuves recueillies</h2>
    <ul class="choices">
      <li>${checkbox('Capture d’écran')}</li>
      <li>${checkbox('Photographie')}</li>
      <li>${checkbox('Preuve matérielle')}</li>
      <li>${checkbox('Autre')}</li>
    </ul>
    <p class="small muted">Description des preuves et de l’endroit où elles sont conservées&nbsp;:</p>
    <div class="write m"></div>

    <h2>Mesures prises</h2>
    <div class="write m"></div>

    <div class="columns avoid-break" style="margin-top: 4mm">
      <div>
        <p>Nom et prénom du surveillant&nbsp;:</p>
        <p><span class="line" style="min-width: 85mm"></span></p>
        <p style="margin-top: 4mm">Fait le&nbsp;: <span class="line" style="min-width: 40mm"></span></p>
      </div>
      <div>
        <p class="muted small">Signature du surveillant</p>
        <div class="write signature"></div>
      </div>
    </div>`;
  return {
    fileName: `pv-fraude-${session.id}.pdf`,
    html: documentPage(`${TITLE} – session ${session.id}`, body),
    footerLabel: `${TITLE} – session n° ${session.id}`,
  };
}
