import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import { candidateListTemplate } from './candidate-list-template';

const SCO_HEADERS = [
  '* Nom de naissance',
  '* Prénom',
  '* Date de naissance (format : jj/mm/aaaa)',
  '* Sexe (M ou F)',
  'Nom de la commune',
  'Code postal',
  'Code Insee',
  'Pays',
  'E-mail de convocation',
  'E-mail du destinataire des résultats (formateur, enseignant…)',
  'Identifiant local',
  'Temps majoré ?',
];

describe('candidateListTemplate', () => {
  it('has the §3.2 columns, exactly, for a school', () => {
    expect(readSpreadsheet(candidateListTemplate('SCO'), 'modele.ods')).toEqual([{ line: 1, cells: SCO_HEADERS }]);
  });

  it.each(['SUP', 'PRO'] as const)('adds the billing columns for a %s centre', (centreType) => {
    const [header] = readSpreadsheet(candidateListTemplate(centreType), 'modele.ods');

    expect(header?.cells).toEqual([...SCO_HEADERS, 'Tarification part Pix', 'Code de prépaiement']);
  });
});
