import { ConfigError, gatewayConfigSchema, loadConfig, serviceConfigSchema } from './config';

describe(loadConfig.name, () => {
  it('fills in defaults for a bare environment', () => {
    const config = loadConfig(serviceConfigSchema, {});

    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('.data');
    expect(config.NATS_REQUEST_TIMEOUT_MS).toBe(5000);
  });

  it('coerces numbers and splits lists', () => {
    const config = loadConfig(gatewayConfigSchema, {
      GATEWAY_PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });

    expect(config.GATEWAY_PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig(serviceConfigSchema, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    let caught: unknown;
    try {
      loadConfig(gatewayConfigSchema, {
        NATS_URL: 'http://nats',
        GATEWAY_PORT: 'eighty',
        LOG_LEVEL: 'loud',
        CORS_ORIGINS: 'not a url',
      });
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ConfigError);
    const variables = (caught as ConfigError).problems.map((problem) => problem.split(':')[0]);
    expect(variables.sort()).toEqual(['CORS_ORIGINS.0', 'GATEWAY_PORT', 'LOG_LEVEL', 'NATS_URL']);
    expect((caught as ConfigError).message).toContain('GATEWAY_PORT');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadConfig(serviceConfigSchema, { DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
  });
});
