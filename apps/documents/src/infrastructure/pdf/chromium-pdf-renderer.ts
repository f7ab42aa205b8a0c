import type { BeforeApplicationShutdown } from '@nestjs/common';
import { DocumentsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { AppLogger } from '@pix/platform';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import { escapeHtml } from '../../domain/html';
import type { PdfRenderer, PdfSource, RenderedPdf } from '../../domain/pdf-renderer';
import { countPdfPages } from './pdf-page-count';

export interface ChromiumPdfRendererOptions {
  /** Debian's Chromium by default (CHROMIUM_PATH). */
  readonly executablePath: string;
  /** How many PDFs are rendered at once, one tab each (PDF_PAGE_POOL_SIZE); later requests wait their turn. */
  readonly pagePoolSize: number;
  /** Limit for loading the HTML and for printing it, each. */
  readonly timeoutMs?: number;
}

export type BrowserLauncher = (options: LaunchOptions) => Promise<Browser>;

const DEFAULT_TIMEOUT_MS = 30_000;
const FONTS = `'Liberation Sans', 'DejaVu Sans', sans-serif`;

/** The footer Chromium prints in the bottom margin of every page: the document on the left, `page i/n` right. */
export function footerTemplate(label: string): string {
  return (
    `<div style="width: 100%; margin: 0 14mm 5mm; display: flex; justify-content: space-between; ` +
    `font-family: ${FONTS}; font-size: 8pt; color: #3a3a3a;">` +
    `<span>${escapeHtml(label)}</span>` +
    `<span>page <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`
  );
}

/** Chromium flags: no sandbox only where it cannot work (root, e.g. in a container); /dev/shm is small in Docker. */
export function chromiumArgs(isRoot: boolean): string[] {
  return [...(isRoot ? ['--no-sandbox'] : []), '--disable-dev-shm-usage'];
}

/**
 * Renders PDFs with ONE headless Chromium, launched at the first request and launched again if it crashed or
 * got disconnected. Up to `pagePoolSize` tabs print at once and are reused; other requests queue in order.
 */
export class ChromiumPdfRenderer implements PdfRenderer, BeforeApplicationShutdown {
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;
  private readonly idlePages: Page[] = [];
  private readonly waiting: (() => void)[] = [];
  private busySlots = 0;
  private closed = false;
  private launchCount = 0;
  private renderCount = 0;

  constructor(
    private readonly options: ChromiumPdfRendererOptions,
    private readonly logger: AppLogger,
    private readonly launch: BrowserLauncher = (launchOptions) => puppeteer.launch(launchOptions),
  ) {
    if (!Number.isInteger(options.pagePoolSize) || options.pagePoolSize < 1) {
      throw new Error(`invalid page pool size ${options.pagePoolSize}`);
    }
  }

  /** How many times Chromium was started (1 unless it crashed). */
  get launches(): number {
    return this.launchCount;
  }

  /** PDFs rendered successfully since the start. */
  get renders(): number {
    return this.renderCount;
  }

  /** Whether a Chromium is up right now. */
  get running(): boolean {
    return this.browser?.connected ?? false;
  }

  /** Requests waiting for a free tab. */
  get queueLength(): number {
    return this.waiting.length;
  }

  async render(source: PdfSource): Promise<RenderedPdf> {
    await this.acquireSlot();
    try {
      try {
        return await this.renderOnce(source);
      } catch (error) {
        // Chromium is gone (crashed or killed under this request, or failed to start): one more try, on a new one.
        if (this.closed || this.browser !== null) throw error;
        this.logger.warn({ err: error }, 'Chromium is not available; trying once more with a new one');
        return await this.renderOnce(source);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'PDF rendering failed');
      throw new DomainError(
        DocumentsErrorCode.DOCUMENT_RENDERING_FAILED,
        'Le document n’a pas pu être généré. Réessayez dans quelques instants.',
      );
    } finally {
      this.releaseSlot();
    }
  }

  /**
   * Closes Chromium after every module is destroyed (onModuleDestroy), so that the attestation batch worker can
   * finish the PDFs it has in flight while shutting down.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    const browser = this.browser ?? (await this.launching?.catch(() => null)) ?? null;
    this.browser = null;
    this.idlePages.length = 0;
    if (browser !== null) await browser.close().catch(() => undefined);
  }

  private async renderOnce(source: PdfSource): Promise<RenderedPdf> {
    const timeout = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const page = await this.takePage();
    let reusable = false;
    try {
      await page.setContent(source.html, { waitUntil: 'load', timeout });
      const bytes = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(source.footerLabel),
        timeout,
      });
      reusable = true;
      this.renderCount += 1;
      return { bytes, pageCount: countPdfPages(bytes) };
    } finally {
      await this.giveBack(page, reusable);
    }
  }

  private async takePage(): Promise<Page> {
    const browser = await this.currentBrowser();
    for (let page = this.idlePages.pop(); page !== undefined; page = this.idlePages.pop()) {
      if (!page.isClosed() && page.browser() === browser) return page;
    }
    const page = await browser.newPage();
    // The templates need neither scripts nor the network: a page that cannot run or fetch anything.
    await page.setJavaScriptEnabled(false);
    await page.setOfflineMode(true);
    return page;
  }

  private async giveBack(page: Page, reusable: boolean): Promise<void> {
    const current = this.browser;
    if (reusable && !this.closed && current !== null && page.browser() === current && !page.isClosed()) {
      this.idlePages.push(page);
      return;
    }
    await page.close().catch(() => undefined);
  }

  private async currentBrowser(): Promise<Browser> {
    if (this.closed) throw new Error('the PDF renderer is shut down');
    if (this.browser !== null && this.browser.connected) return this.browser;
    this.forget(this.browser);
    this.launching ??= this.startBrowser().finally(() => {
      this.launching = null;
    });
    return this.launching;
  }

  private async startBrowser(): Promise<Browser> {
    const browser = await this.launch({
      executablePath: this.options.executablePath,
      headless: true,
      args: chromiumArgs(process.getuid?.() === 0),
      // Nest's shutdown hooks close Chromium (beforeApplicationShutdown); puppeteer must not exit the process on a signal.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    this.launchCount += 1;
    browser.once('disconnected', () => {
      if (!this.closed) this.logger.warn('Chromium disconnected; it will be launched again at the next request');
      this.forget(browser);
    });
    if (this.closed) {
      await browser.close().catch(() => undefined);
      throw new Error('the PDF renderer is shut down');
    }
    this.browser = browser;
    this.logger.info({ executablePath: this.options.executablePath, launches: this.launchCount }, 'Chromium started');
    return browser;
  }

  private forget(browser: Browser | null): void {
    if (browser === null || this.browser !== browser) return;
    this.browser = null;
    this.idlePages.length = 0;
  }

  private acquireSlot(): Promise<void> {
    if (this.busySlots < this.options.pagePoolSize) {
      this.busySlots += 1;
      return Promise.resolve();
    }
    // The slot is handed over by releaseSlot, in arrival order.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next === undefined) this.busySlots -= 1;
    else next();
  }
}
