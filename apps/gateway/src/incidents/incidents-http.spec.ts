import multipart from '@fastify/multipart';
import { DomainError } from '@pix/kernel';
import Fastify, { type FastifyInstance } from 'fastify';
import { readFraudReportForm } from './incidents-http';

const MiB = 1024 * 1024;
const BOUNDARY = '----pix-test-boundary';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

type Part = { name: string; value: string } | { name: string; fileName: string; bytes: Buffer };

function multipartBody(parts: Part[]): Buffer {
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      'bytes' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n'
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`,
    ),
    'bytes' in part ? part.bytes : Buffer.from(part.value),
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

const fields: Part[] = [
  { name: 'candidateId', value: '7' },
  { name: 'occurredAt', value: '2025-03-14T09:42:00Z' },
  { name: 'description', value: 'Téléphone sous la table' },
  { name: 'invigilatorName', value: 'Mme Martin' },
];

// The reader alone, behind the same multipart settings as the gateway (one file by default, thrown size limits).
describe(readFraudReportForm.name, () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify();
    await app.register(multipart, { limits: { fileSize: 5 * MiB, files: 1 }, throwFileSizeLimit: true });
    app.post('/form', async (request, reply) => {
      try {
        const form = await readFraudReportForm(request);
        return {
          ...form,
          files: form.files.map((file) => ({
            fileName: file.fileName,
            size: Buffer.from(file.base64, 'base64').length,
          })),
        };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return reply.status(400).send({ code: error.code, message: error.message, details: error.details });
      }
    });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  const post = (parts: Part[]) =>
    app.inject({
      method: 'POST',
      url: '/form',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipartBody(parts),
    });

  it('reads the fields and up to five files, beyond the gateway’s one-file default', async () => {
    const files = Array.from({ length: 5 }, (_, index) => ({ name: 'files', fileName: `p${index}.png`, bytes: PNG }));

    const response = await post([...fields, ...files]);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      candidateId: 7,
      occurredAt: '2025-03-14T09:42:00Z',
      description: 'Téléphone sous la table',
      invigilatorName: 'Mme Martin',
      files: files.map((file) => ({ fileName: file.fileName, size: PNG.length })),
    });
  });

  it('ignores an empty file input (no file chosen)', async () => {
    const response = await post([...fields, { name: 'files', fileName: '', bytes: Buffer.alloc(0) }]);

    expect(response.json()).toMatchObject({ files: [] });
  });

  it('refuses a sixth file', async () => {
    const files = Array.from({ length: 6 }, () => ({ name: 'files', fileName: 'p.png', bytes: PNG }));

    const response = await post([...fields, ...files]);

    expect(response.json()).toEqual({
      code: 'FRAUD_REPORT_INVALID',
      message: 'Le PV de fraude comporte des informations invalides.',
      details: { problems: [{ field: 'files', message: 'Joignez au plus 5 fichiers.' }] },
    });
  });

  it('refuses a file over 2 MiB while streaming', async () => {
    const response = await post([...fields, { name: 'files', fileName: 'big.png', bytes: Buffer.alloc(2 * MiB + 1) }]);

    expect(response.json()).toMatchObject({
      code: 'EVIDENCE_FILE_TOO_LARGE',
      message: 'Un fichier joint est trop volumineux : 2 Mo au maximum par fichier.',
    });
  });

  it('refuses files over 5 MiB together', async () => {
    const files = [1, 2, 3].map((index) => ({ name: 'files', fileName: `${index}.png`, bytes: Buffer.alloc(2 * MiB) }));

    const response = await post([...fields, ...files]);

    expect(response.json()).toMatchObject({
      code: 'EVIDENCE_FILE_TOO_LARGE',
      message: 'Les fichiers joints sont trop volumineux : 5 Mo au maximum en tout.',
    });
  });

  it('refuses missing fields with one French message each', async () => {
    const response = await post([{ name: 'candidateId', value: 'abc' }]);

    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        issues: [
          { path: 'candidateId', message: 'candidateId doit être le numéro d’un candidat de la session.' },
          { path: 'occurredAt', message: 'Indiquez l’heure des faits (occurredAt).' },
          { path: 'description', message: 'Décrivez précisément les faits (description).' },
          { path: 'invigilatorName', message: 'Indiquez le nom du surveillant (invigilatorName).' },
        ],
      },
    });
  });

  it('refuses a JSON body: the PV comes as a form', async () => {
    const response = await app.inject({ method: 'POST', url: '/form', payload: { candidateId: 7 } });

    expect(response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});
