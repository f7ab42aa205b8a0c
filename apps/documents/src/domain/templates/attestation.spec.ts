import QRCode from 'qrcode';
import { buildAttestation } from '../../testing/builders';
import { html } from '../html';
import { QR_CODE_OPTIONS, qrCodeSvg, verificationUrl } from '../verification-qr-code';
import { attestation, areasOf } from './attestation';

const PUBLIC_URL = 'https://certif.example.fr';
const printing = { publicUrl: PUBLIC_URL, qrCode: html`<svg data-test="qr"></svg>` };

/** The page's text without tags, whitespace collapsed: what a reader sees. */
function textOf(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe(attestation.name, () => {
  it('prints the holder, the centre, the delivery date and the score out of the maximum reachable', () => {
    const document = attestation(
      buildAttestation({
        certificationId: 1201,
        firstName: 'Léa',
        lastName: 'Roux',
        birthdate: '2009-05-20',
        birthplace: 'Bordeaux',
        certificationCenter: 'Collège Victor Hugo',
        certificationDate: '2099-03-16',
        deliveredAt: '2099-03-30',
        pixScore: 384,
        maxReachableLevel: 5,
      }),
      printing,
    );
    const text = textOf(document.html.value);

    expect(document.fileName).toBe('attestation-pix-1201.pdf');
    expect(document.footerLabel).toBe('Attestation de certification Pix – n° 1201');
    expect(text).toContain('Attestation de certification Pix');
    expect(text).toContain('Nom et prénom ROUX Léa');
    expect(text).toContain('Date de naissance 20/05/2009 à Bordeaux');
    expect(text).toContain('Centre Collège Victor Hugo');
    expect(text).toContain('Date de passage 16/03/2099');
    expect(text).toContain('Délivré le 30/03/2099');
    expect(text).toContain('384 / 640*');
    expect(text).toContain('Pour Pix, le responsable de la certification');
    expect(text).toContain('Seul le certificat consultable avec le code de vérification fait foi.');
  });

  it('computes the maximum as the reachable level × 128, whatever the data says it is', () => {
    const text = textOf(
      attestation(buildAttestation({ pixScore: 512, maxReachableLevel: 6, maxReachableScore: 0 }), printing).html.value,
    );

    expect(text).toContain('512 / 768*');
    expect(text).toContain('le niveau maximal atteignable était le niveau 6, soit un maximum de 768 pix**');
  });

  it('adds the note on the absolute maximum of 1024 pix only while the reachable level is below 8', () => {
    const level7 = textOf(attestation(buildAttestation({ maxReachableLevel: 7 }), printing).html.value);
    const level8 = textOf(attestation(buildAttestation({ maxReachableLevel: 8, pixScore: 1000 }), printing).html.value);

    expect(level7).toContain('** Le nombre maximum absolu de pix est de 1024');
    expect(level8).toContain('1000 / 1024*');
    expect(level8).toContain('soit un maximum de 1024 pix.');
    expect(level8).not.toContain('maximum absolu');
    expect(level8).not.toContain('**');
  });

  it('lists the 16 competences under their 5 areas, the level only when above 0', () => {
    const data = buildAttestation();
    const competences = data.competences.map((competence) => {
      if (competence.code === '1.2') return { ...competence, level: 0 };
      if (competence.code === '3.4') return { ...competence, level: -1 };
      if (competence.code === '5.2') return { ...competence, level: 6 };
      return competence;
    });
    const markup = attestation({ ...data, competences }, printing).html.value;
    const text = textOf(markup);

    expect(text).toContain('1 Informations et données');
    expect(text).toContain('5 Environnement numérique');
    expect(text).toContain('1.1 Mener une recherche et une veille d’information Niveau 3');
    expect(text).toContain('1.2 Gérer des données 1.3 Traiter des données Niveau 3');
    expect(text).toContain('3.4 Programmer 4 Protection et sécurité');
    expect(text).toContain('5.2 Construire un environnement numérique Niveau 6');
    expect(text).not.toContain('Niveau 0');
    expect(text).not.toContain('Niveau -1');
    expect(text.match(/Niveau \d/g)).toHaveLength(14);
    expect(markup.match(/class="not-certified"/g)).toHaveLength(2);
  });

  it('orders areas and competences by code, whatever order they arrive in', () => {
    const areas = areasOf([...buildAttestation().competences].reverse());

    expect(areas.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(areas.flatMap((area) => area.competences.map((competence) => competence.code))).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
    ]);
  });

  it('gives the verification code, the verification page and the QR code it is handed', () => {
    const markup = attestation(buildAttestation({ verificationCode: 'P-K3MB7TQX' }), printing).html.value;
    const text = textOf(markup);

    expect(text).toContain('Code de vérification : P-K3MB7TQX');
    expect(text).toContain('Saisissez ce code sur https://certif.example.fr/verification');
    expect(text).toContain('https://certif.example.fr/verification/P-K3MB7TQX');
    expect(markup).toContain('<svg data-test="qr"></svg>');
  });

  it('prints the France Compétences notice from 2022-01-01 on, not before', () => {
    const notice = 'certification professionnalisante enregistrée par France Compétences';

    expect(textOf(attestation(buildAttestation({ deliveredAt: '2022-01-01' }), printing).html.value)).toContain(notice);
    expect(textOf(attestation(buildAttestation({ deliveredAt: '2021-12-31' }), printing).html.value)).not.toContain(
      notice,
    );
  });

  it('escapes every text coming from the certification', () => {
    const markup = attestation(
      buildAttestation({
        firstName: '<script>alert(1)</script>',
        lastName: 'O’Brien & "Fils"',
        birthplace: '<img src=x onerror=alert(1)>',
        certificationCenter: 'Lycée <b>Pasteur</b>',
        verificationCode: 'P-"><svg onload=x>',
        competences: buildAttestation().competences.map((competence, index) =>
          index === 0 ? { ...competence, name: '<i>Chercher</i>', areaTitle: 'Infos & <données>' } : competence,
        ),
      }),
      printing,
    ).html.value;

    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<b>Pasteur');
    expect(markup).not.toContain('<i>Chercher');
    expect(markup).not.toContain('"><svg onload');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('O’BRIEN &amp; &quot;FILS&quot;');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).toContain('Lycée &lt;b&gt;Pasteur&lt;/b&gt;');
    expect(markup).toContain('&lt;i&gt;Chercher&lt;/i&gt;');
    expect(markup).toContain('Infos &amp; &lt;données&gt;');
  });
});

describe(qrCodeSvg.name, () => {
  it('draws the QR code of the certificate’s verification page', async () => {
    const url = verificationUrl('https://certif.example.fr/', 'P-K3MB7TQX');

    const svg = (await qrCodeSvg(url)).value;

    expect(url).toBe('https://certif.example.fr/verification/P-K3MB7TQX');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>.*<\/svg>$/s);
    // Same symbol as the library draws for this URL, and not the one of another code.
    expect(svg).toBe((await QRCode.toString(url, QR_CODE_OPTIONS)).trim());
    expect(svg).not.toBe((await QRCode.toString(verificationUrl(PUBLIC_URL, 'P-K3MB7TQY'), QR_CODE_OPTIONS)).trim());
    // The symbol's data segments hold exactly the URL.
    const segments = QRCode.create(url, { errorCorrectionLevel: QR_CODE_OPTIONS.errorCorrectionLevel }).segments;
    const decoded = segments.map((segment) =>
      typeof segment.data === 'string' ? segment.data : Buffer.from(segment.data).toString('utf8'),
    );
    expect(decoded.join('')).toBe(url);
  });
});
