import { CommonErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { FastifyRequest } from 'fastify';
import { HTTP_MESSAGES } from './error-status';
import { readUpload } from './upload';

/** A multipart request as the plugin hands it over: one file, read whole, cut or not at the limit. */
function multipartRequest(bytes: Buffer, truncated: boolean): FastifyRequest {
  return {
    isMultipart: () => true,
    file: async () => ({ filename: 'eleves.csv', file: { truncated }, toBuffer: async () => bytes }),
  } as unknown as FastifyRequest;
}

describe(readUpload.name, () => {
  it('hands over the file that fitted under the limit', async () => {
    const upload = await readUpload(multipartRequest(Buffer.from('INE;Nom\n'), false));

    expect(upload).toEqual({ fileName: 'eleves.csv', bytes: Buffer.from('INE;Nom\n') });
  });

  it('refuses a file the plugin cut at the limit without raising (413), instead of passing its first part on', async () => {
    const refusal = await readUpload(multipartRequest(Buffer.alloc(1024, 0x41), true)).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: HTTP_MESSAGES.fileTooLarge });
  });
});
