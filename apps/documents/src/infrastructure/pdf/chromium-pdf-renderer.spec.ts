import { createLogger } from '@pix/platform';
import type { Browser, LaunchOptions } from 'puppeteer-core';
import { ChromiumPdfRenderer, chromiumArgs, footerTemplate } from './chromium-pdf-renderer';

/** Enough of a puppeteer Browser and Page for the pool: counts what runs at once, can crash on demand. */
class FakeChromium {
  readonly browsers: FakeBrowser[] = [];
  inFlight = 0;
  maxInFlight = 0;
  failNextContent = false;

  launch = async (options: LaunchOptions): Promise<Browser> => {
    const browser = new FakeBrowser(this, options);
    this.browsers.push(browser);
    return browser as unknown as Browser;
  };
}

class FakeBrowser {
  connected = true;
  pagesCreated = 0;
  private readonly listeners: (() => void)[] = [];

  constructor(
    readonly chromium: FakeChromium,
    readonly options: LaunchOptions,
  ) {}

  once(event: string, listener: () => void): this {
    if (event === 'disconnected') this.listeners.push(listener);
    return this;
  }

  async newPage(): Promise<FakePage> {
    this.pagesCreated += 1;
    return new FakePage(this);
  }

  async close(): Promise<void> {
    this.crash();
  }

  crash(): void {
    if (!this.connected) return;
    this.connected = false;
    this.listeners.splice(0).forEach((listener) => listener());
  }
}

class FakePage {
  private closed = false;

  constructor(private readonly owner: FakeBrowser) {}

  browser(): FakeBrowser {
    return this.owner;
  }

  isClosed(): boolean {
    return this.closed;
  }

  async setJavaScriptEnabled(): Promise<void> {
    // the pool only needs the call to succeed
  }

  async setOfflineMode(): Promise<void> {
    // the pool only needs the call to succeed
  }

  async setContent(): Promise<void> {
    const chromium = this.owner.chromium;
    if (!this.owner.connected) throw new Error('Target closed');
    if (chromium.failNextContent) {
      chromium.failNextContent = false;
      this.owner.crash();
      throw new Error('Target closed');
    }
    chromium.inFlight += 1;
    chromium.maxInFlight = Math.max(chromium.maxInFlight, chromium.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  async pdf(): Promise<Uint8Array> {
    this.owner.chromium.inFlight -= 1;
    return new TextEncoder().encode('%PDF-1.4 /Type /Pages /Type /Page /Type /Page %%EOF');
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

const source = { html: '<p>Bonjour</p>', footerLabel: 'Test' };
const logger = createLogger('documents-test', 'silent');

describe(ChromiumPdfRenderer.name, () => {
  let chromium: FakeChromium;
  let renderer: ChromiumPdfRenderer;

  beforeEach(() => {
    chromium = new FakeChromium();
    renderer = new ChromiumPdfRenderer({ executablePath: '/opt/chromium', pagePoolSize: 2 }, logger, chromium.launch);
  });

  afterEach(async () => {
    await renderer.beforeApplicationShutdown();
  });

  it('launches Chromium only at the first rendering, headless, from the configured path', async () => {
    expect(chromium.browsers).toHaveLength(0);

    const pdf = await renderer.render(source);

    expect(pdf.pageCount).toBe(2);
    expect(chromium.browsers).toHaveLength(1);
    expect(chromium.browsers[0]?.options).toMatchObject({
      executablePath: '/opt/chromium',
      headless: true,
      handleSIGTERM: false,
      handleSIGINT: false,
    });
  });

  it('renders with one browser and reuses its pages', async () => {
    for (let index = 0; index < 5; index += 1) await renderer.render(source);

    expect(renderer.launches).toBe(1);
    expect(chromium.browsers[0]?.pagesCreated).toBe(1);
  });

  it('renders no more documents at once than the pool has pages, and queues the others', async () => {
    const renderings = Array.from({ length: 7 }, () => renderer.render(source));

    expect(renderer.queueLength).toBe(5);
    await Promise.all(renderings);

    expect(chromium.maxInFlight).toBe(2);
    expect(renderer.queueLength).toBe(0);
    expect(chromium.browsers[0]?.pagesCreated).toBe(2);
  });

  it('launches a new Chromium after the previous one disconnected', async () => {
    await renderer.render(source);
    chromium.browsers[0]?.crash();

    await renderer.render(source);

    expect(renderer.launches).toBe(2);
    expect(chromium.browsers[1]?.connected).toBe(true);
  });

  it('tries once more on a new Chromium when it crashes during a rendering', async () => {
    await renderer.render(source);
    chromium.failNextContent = true;

    const pdf = await renderer.render(source);

    expect(pdf.pageCount).toBe(2);
    expect(renderer.launches).toBe(2);
  });

  it('reports a failure to start Chromium as DOCUMENT_RENDERING_FAILED', async () => {
    const broken = new ChromiumPdfRenderer({ executablePath: '/nowhere', pagePoolSize: 1 }, logger, () =>
      Promise.reject(new Error('spawn /nowhere ENOENT')),
    );

    await expect(broken.render(source)).rejects.toMatchObject({
      code: 'DOCUMENT_RENDERING_FAILED',
      message: 'Le document n’a pas pu être généré. Réessayez dans quelques instants.',
    });
    await expect(broken.render(source)).rejects.toMatchObject({ code: 'DOCUMENT_RENDERING_FAILED' });
  });

  it('closes Chromium when the application shuts down, and renders nothing afterwards', async () => {
    await renderer.render(source);

    expect(renderer.running).toBe(true);

    await renderer.beforeApplicationShutdown();

    expect(renderer.running).toBe(false);
    expect(chromium.browsers[0]?.connected).toBe(false);
    await expect(renderer.render(source)).rejects.toMatchObject({ code: 'DOCUMENT_RENDERING_FAILED' });
    expect(renderer.launches).toBe(1);
  });

  it('refuses an empty pool', () => {
    expect(() => new ChromiumPdfRenderer({ executablePath: '/opt/chromium', pagePoolSize: 0 }, logger)).toThrow(
      'invalid page pool size 0',
    );
  });
});

describe(chromiumArgs.name, () => {
  it('disables the sandbox only for root', () => {
    expect(chromiumArgs(true)).toEqual(['--no-sandbox', '--disable-dev-shm-usage']);
    expect(chromiumArgs(false)).toEqual(['--disable-dev-shm-usage']);
  });
});

describe(footerTemplate.name, () => {
  it('numbers the pages with Chromium’s classes and escapes the label', () => {
    const footer = footerTemplate('PV <d’incident> & co');

    expect(footer).toContain('page <span class="pageNumber"></span>/<span class="totalPages"></span>');
    expect(footer).toContain('PV &lt;d’incident&gt; &amp; co');
  });
});
