import type { AttendanceCandidate, DocumentSession } from '@pix/contracts';
import { formatNumericDate, truncate } from '../french-format';
import { html, type SafeHtml } from '../html';
import { type ListPage, paginate } from '../pagination';
import type { PrintableDocument } from '../printable-document';
import { documentPage, documentTitle, sessionFacts } from './layout';

/** Rules §12: 20 candidates per page, cells cut to 21 characters. */
export const CANDIDATES_PER_PAGE = 20;
export const MAX_CELL_CHARACTERS = 21;

const TITLE = 'Feuille d’émargement';
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Candidates in the order of the sheet: last name, then first name (French collation, accents ignored). */
export function sortForAttendance(candidates: readonly AttendanceCandidate[]): AttendanceCandidate[] {
  return [...candidates].sort(
    (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
  );
}

/** SCO centres identify a pupil by class; other centres by the external id they gave at enrolment. */
export function identifierColumn(session: DocumentSession): {
  readonly label: string;
  readonly value: (candidate: AttendanceCandidate) => string;
} {
  return session.centreType === 'SCO'
    ? { label: 'Classe', value: (candidate) => candidate.division ?? '' }
    : { label: 'Identifiant externe', value: (candidate) => candidate.externalId ?? '' };
}

export function attendanceSheet(
  session: DocumentSession,
  candidates: readonly AttendanceCandidate[],
): PrintableDocument {
  const pages = paginate(sortForAttendance(candidates), CANDIDATES_PER_PAGE);
  const body = html`${pages.map((page) => sheetPage(session, page, candidates.length))}`;
  return {
    fileName: `feuille-emargement-${session.id}.pdf`,
    html: documentPage(`${TITLE} – session ${session.id}`, body),
    footerLabel: `${TITLE} – session n° ${session.id}`,
  };
}

function sheetPage(session: DocumentSession, page: ListPage<AttendanceCandidate>, total: number): SafeHtml {
  const identifier = identifierColumn(session);
  const cell = (text: string) => truncate(text, MAX_CELL_CHARACTERS);
  const rows = page.rows.map(
    (candidate) =>
      html`<tr>
        <td>${cell(candidate.lastName)}</td>
        <td>${cell(candidate.firstName)}</td>
        <td>${formatNumericDate(candidate.birthdate)}</td>
        <td>${cell(identifier.value(candidate))}</td>
        <td></td>
      </tr>`,
  );
  return html`<section class="sheet">
    ${documentTitle(TITLE, session)} ${sessionFacts(session)}
    <div class="box avoid-break">
      <div class="columns">
        <div>
          <p class="muted small">Surveillé par</p>
          <p class="clamp-3"><strong>${session.examiner}</strong></p>
        </div>
        <div>
          <p class="muted small">Signature du ou des surveillants</p>
          <div class="write"></div>
        </div>
      </div>
    </div>
    <p class="small muted" style="margin-top: 2mm">
      ${total} candidat${total > 1 ? 's' : ''} inscrit${total > 1 ? 's' : ''} à la session
    </p>
    <table class="grid attendance">
      <colgroup>
        <col style="width: 27%" />
        <col style="width: 22%" />
        <col style="width: 12%" />
        <col style="width: 20%" />
        <col style="width: 19%" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Nom de naissance</th>
          <th scope="col">Prénom</th>
          <th scope="col">Date de naissance</th>
          <th scope="col">${identifier.label}</th>
          <th scope="col">Signature</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}
