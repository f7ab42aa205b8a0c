import { ConfigError, loadConfig } from '@pix/platform';
import { documentsConfigSchema } from './documents.config';

describe('documents configuration', () => {
  it('defaults to Debian’s Chromium, two pages and the local platform', () => {
    expect(loadConfig(documentsConfigSchema, {})).toMatchObject({
      CHROMIUM_PATH: '/usr/bin/chromium',
      PDF_PAGE_POOL_SIZE: 2,
      PUBLIC_URL: 'http://localhost:3000',
      NATS_URL: 'nats://127.0.0.1:4222',
    });
  });

  it('reads the variables from the environment', () => {
    expect(
      loadConfig(documentsConfigSchema, {
        CHROMIUM_PATH: '/opt/chromium/chrome',
        PDF_PAGE_POOL_SIZE: '4',
        PUBLIC_URL: 'https://certif.example.fr',
      }),
    ).toMatchObject({
      CHROMIUM_PATH: '/opt/chromium/chrome',
      PDF_PAGE_POOL_SIZE: 4,
      PUBLIC_URL: 'https://certif.example.fr',
    });
  });

  it('lists every bad variable at once, the service’s and the platform’s', () => {
    let caught: unknown;
    try {
      loadConfig(documentsConfigSchema, {
        NATS_URL: 'localhost',
        PDF_PAGE_POOL_SIZE: '0',
        PUBLIC_URL: 'ftp://example.fr',
      });
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toEqual([
      expect.stringMatching(/^NATS_URL: .* \(got "localhost"\)$/),
      expect.stringMatching(/^PDF_PAGE_POOL_SIZE: .* \(got "0"\)$/),
      expect.stringMatching(/^PUBLIC_URL: .* \(got "ftp:\/\/example.fr"\)$/),
    ]);
  });
});
