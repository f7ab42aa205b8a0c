import type { SessionStatusCode } from '@pix/contracts';
import { planningWarningLabel, sessionStatusBadge, sessionStatusLabel } from './labels';

describe(sessionStatusLabel.name, () => {
  it.each<[SessionStatusCode, string]>([
    ['created', 'Créée'],
    ['finalized', 'Finalisée'],
    ['in_process', 'Finalisée'],
    ['processed', 'Résultats transmis par Pix'],
  ])('shows the status %s to schools as « %s »', (status, label) => {
    expect(sessionStatusLabel(status)).toBe(label);
  });

  it('marks published results as a success', () => {
    expect(sessionStatusBadge('processed')).toBe('success');
    expect(sessionStatusBadge('created')).toBe('info');
  });

  it('names each planning warning briefly', () => {
    expect(planningWarningLabel('OUTSIDE_CERTIFICATION_WINDOW')).toBe('Hors période de certification');
    expect(planningWarningLabel('TOO_MANY_CANDIDATES_PER_INVIGILATOR')).toBe('Plus de 20 candidats par surveillant');
  });
});
