import type { AttendanceCandidate, DocumentSession } from '@pix/contracts';
import { formatDuration, formatPercentage, formatShortDate, formatTime } from '../french-format';
import { html, type SafeHtml } from '../html';
import type { PrintableDocument } from '../printable-document';
import { TEST_MINUTES, testDurationWithExtraTime, WELCOME_MINUTES } from '../session-timing';
import { sortForAttendance } from './attendance-sheet';
import { documentPage } from './layout';

const TITLE = 'Kit surveillant';

export function invigilatorKit(
  session: DocumentSession,
  candidates: readonly AttendanceCandidate[],
  invigilatorSpaceUrl: string,
): PrintableDocument {
  const body = html`<p class="kicker">Certification Pix · Session n° ${session.id}</p>
    <h1>${TITLE}</h1>
    <p class="warning">
      <strong>Document confidentiel.</strong> Il contient le mot de passe de la session&nbsp;: ne le laissez pas à la
      vue des candidats.
    </p>
    <h2>Détails de la session</h2>
    <table class="facts">
      <tbody>
        <tr>
          <th scope="row">Date</th>
          <td>${formatShortDate(session.date)}</td>
          <th scope="row">Début</th>
          <td>${formatTime(session.time)} <span class="muted small">(heure locale)</span></td>
        </tr>
        <tr>
          <th scope="row">Centre</th>
          <td>${session.certificationCenterName}</td>
          <th scope="row">Site</th>
          <td>${session.address}</td>
        </tr>
        <tr>
          <th scope="row">Salle</th>
          <td>${session.room}</td>
          <th scope="row">Surveillant(s)</th>
          <td>${session.examiner}</td>
        </tr>
      </tbody>
    </table>
    <div class="codes avoid-break">
      <div>
        <p><strong>Numéro de session</strong></p>
        <p class="small muted">À l’usage du surveillant et des candidats</p>
        <p class="value">${session.id}</p>
      </div>
      <div class="secret">
        <p><strong>Mot de passe de la session</strong></p>
        <p class="small muted">À l’usage exclusif du surveillant</p>
        <p class="value">${session.invigilatorPassword}</p>
      </div>
      <div>
        <p><strong>Code d’accès candidat</strong></p>
        <p class="small muted">À communiquer aux candidats au lancement du test</p>
        <p class="value">${session.accessCode}</p>
      </div>
    </div>

    <h2>Comment lancer la session&nbsp;?</h2>
    <p>
      La session dure 2 heures&nbsp;: ${WELCOME_MINUTES} minutes d’accueil, puis ${formatDuration(TEST_MINUTES)} de test
      à partir du moment où le code d’accès est communiqué.
    </p>
    <ol>
      <li>
        Connectez-vous à l’espace surveillant (<strong>${invigilatorSpaceUrl}</strong>) avec votre compte Pix, puis
        saisissez le <strong>numéro de session</strong> et le <strong>mot de passe de la session</strong>.
      </li>
      <li>
        Accueillez les candidats&nbsp;: vérifiez leur pièce d’identité et faites-leur signer la feuille d’émargement.
        Affichez la notice candidat et le numéro de session.
      </li>
      <li>
        <strong>Confirmez la présence</strong> de chaque candidat dans l’espace surveillant&nbsp;: seul un candidat dont
        la présence est confirmée peut commencer son test.
      </li>
      <li>
        Quand tous les candidats sont prêts, donnez les consignes puis <strong>communiquez le code d’accès</strong>.
        Notez l’heure de début du test.
      </li>
    </ol>

    <h2>Pendant le test</h2>
    <ul>
      <li>
        <strong>Suivez le statut</strong> de chaque candidat dans l’espace surveillant (non commencé, en cours, terminé,
        terminé par le surveillant) et passez régulièrement dans les rangs.
      </li>
      <li>
        <strong>Autorisez la reprise</strong> d’un candidat déconnecté (fermeture du navigateur, panne, changement
        d’ordinateur)&nbsp;: il rejoint de nouveau la session, ressaisit le code d’accès et reprend là où il s’était
        arrêté.
      </li>
      <li>
        <strong>Signalez les incidents</strong> sur le PV d’incident avec leur code (numéro de la question pour un
        problème sur une question, après avoir fait actualiser la page). Seuls les signalements du surveillant sont pris
        en compte par le jury.
      </li>
      <li>
        En cas de <strong>suspicion de fraude</strong>, faites-la cesser sans interrompre le test, recueillez les
        preuves et remplissez un PV de fraude (signalement C6).
      </li>
    </ul>

    <div class="avoid-break">
      <h2>Temps majoré</h2>
      <p>
        L’espace surveillant affiche le temps majoré des candidats concernés, mais le test ne s’arrête pas tout
        seul&nbsp;: <strong>c’est au surveillant d’appliquer le temps supplémentaire</strong>.
      </p>
      ${extraTimeList(candidates)}
    </div>

    <h2>Fin du test</h2>
    <ul>
      <li>
        Au bout de ${formatDuration(TEST_MINUTES)} (hors temps majoré), demandez aux candidats qui n’ont pas fini de
        cliquer sur «&nbsp;Je passe&nbsp;» jusqu’à l’écran de fin de test, ou <strong>terminez leur test</strong>
        depuis l’espace surveillant.
      </li>
      <li>
        Chaque candidat doit arriver à l’<strong>écran de fin de test</strong>&nbsp;: constatez-le, faites-le se
        déconnecter, puis faites-le émarger.
      </li>
      <li>
        Remettez à l’administrateur la feuille d’émargement signée, le PV d’incident et, le cas échéant, les PV de
        fraude. La session doit être finalisée dans les 48 heures.
      </li>
    </ul>`;
  return {
    fileName: `kit-surveillant-${session.id}.pdf`,
    html: documentPage(`${TITLE} – session ${session.id}`, body),
    footerLabel: `${TITLE} – session n° ${session.id} – confidentiel`,
  };
}

function extraTimeList(candidates: readonly AttendanceCandidate[]): SafeHtml {
  const concerned = sortForAttendance(candidates).filter(
    (candidate) => candidate.extraTimePercentage !== null && candidate.extraTimePercentage > 0,
  );
  if (concerned.length === 0) {
    return html`<p class="muted">Aucun candidat inscrit ne bénéficie d’un temps majoré.</p>`;
  }
  const rows = concerned.map(
    (candidate) =>
      html`<tr>
        <td>${candidate.lastName}</td>
        <td>${candidate.firstName}</td>
        <td>${formatPercentage(candidate.extraTimePercentage ?? 0)}</td>
        <td>${formatDuration(testDurationWithExtraTime(candidate.extraTimePercentage))}</td>
      </tr>`,
  );
  return html`<table class="grid wrap">
    <thead>
      <tr>
        <th scope="col">Nom de naissance</th>
        <th scope="col">Prénom</th>
        <th scope="col">Temps majoré</th>
        <th scope="col">Durée du test</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
