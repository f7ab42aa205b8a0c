import type { DocumentSession } from '@pix/contracts';
import { formatDuration, formatLongDate, formatTime } from '../french-format';
import { html } from '../html';
import type { PrintableDocument } from '../printable-document';
import { TEST_MINUTES } from '../session-timing';
import { documentPage } from './layout';

const TITLE = 'Notice candidat';

/**
 * Projected or handed out when the candidates arrive. It shows the session number but never the access code
 * (given out only when the test starts, rules §2.2) nor the invigilator password.
 */
export function candidateNotice(session: DocumentSession, pixUrl: string): PrintableDocument {
  const body = html`<p class="kicker">Certification Pix</p>
    <h1>${TITLE}</h1>
    <p>
      ${session.certificationCenterName} · ${formatLongDate(session.date)} à ${formatTime(session.time)} · Salle&nbsp;:
      ${session.room}
    </p>
    <div class="codes">
      <div>
        <p><strong>Numéro de session</strong></p>
        <p class="value">${session.id}</p>
      </div>
      <div>
        <p><strong>Code d’accès</strong></p>
        <p>Il vous sera donné par le surveillant au lancement du test.</p>
      </div>
    </div>

    <h2>À prévoir</h2>
    <ul>
      <li>Apportez une <strong>pièce d’identité</strong>.</li>
      <li>
        Connaissez vos <strong>identifiants Pix</strong>&nbsp;: adresse e-mail ou identifiant, et mot de passe (ou ceux
        de votre ENT si vous accédez à Pix par le GAR).
      </li>
    </ul>

    <h2>Rejoindre la session</h2>
    <ol>
      <li>Ouvrez <strong>${pixUrl}</strong> et connectez-vous à votre compte Pix.</li>
      <li>Ouvrez le menu «&nbsp;Certification&nbsp;».</li>
      <li>
        Saisissez le <strong>numéro de session (${session.id})</strong>, votre <strong>nom de naissance</strong>, votre
        <strong>prénom</strong> et votre <strong>date de naissance</strong>, exactement comme sur votre pièce
        d’identité.
      </li>
      <li>
        Attendez que le surveillant confirme votre présence, puis saisissez le <strong>code d’accès</strong> qu’il
        communiquera au lancement du test.
      </li>
    </ol>

    <h2>Pendant le test</h2>
    <ul>
      <li>Le test dure ${formatDuration(TEST_MINUTES)}, plus votre temps majoré si vous en bénéficiez.</li>
      <li>
        Pour passer une question sans y répondre, cliquez sur «&nbsp;<strong>Je passe</strong>&nbsp;». Quand le temps
        est écoulé, cliquez sur «&nbsp;Je passe&nbsp;» jusqu’à l’écran de fin de test.
      </li>
      <li>Si une question ne s’affiche pas correctement, levez la main&nbsp;: le surveillant vous dira quoi faire.</li>
      <li>
        Communiquer avec une autre personne, consulter une antisèche ou se faire passer pour quelqu’un d’autre est une
        fraude.
      </li>
    </ul>

    <h2>En cas de déconnexion</h2>
    <p>
      Si votre ordinateur s’éteint, si le navigateur se ferme ou si vous êtes déconnecté&nbsp;:
      <strong>demandez au surveillant d’autoriser la reprise</strong> de votre test, rejoignez de nouveau la session
      depuis le menu «&nbsp;Certification&nbsp;» avec les mêmes informations, puis
      <strong>saisissez de nouveau le code d’accès</strong>. Le test reprend là où il s’était arrêté.
    </p>

    <h2>À la fin</h2>
    <p class="warning">
      <strong>Ne quittez pas la salle avant l’écran de fin de test.</strong> Appelez le surveillant pour qu’il le voie,
      déconnectez-vous de votre compte Pix, puis signez la feuille d’émargement.
    </p>`;
  return {
    fileName: `notice-candidat-${session.id}.pdf`,
    html: documentPage(`${TITLE} – session ${session.id}`, body, 'large'),
    footerLabel: `${TITLE} – session n° ${session.id}`,
  };
}
