import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { NotFoundFallback } from './http-exception.filter';

export interface ConsoleBundle {
  readonly root: string;
  /** Answers a browser navigation to a console route (e.g. /sessions/12) with index.html. */
  readonly fallback: NotFoundFallback;
}

/** The built Angular console, if present: static files at `/`, index.html for client-side routes. */
export function loadConsoleBundle(directory: string): ConsoleBundle | undefined {
  const root = resolve(directory);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) return undefined;
  const indexHtml = readFileSync(indexPath);
  const fallback = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const path = request.url.split('?')[0] ?? '';
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (request.method !== 'GET' || path.startsWith('/api') || !wantsHtml || /\.[a-z0-9]+$/i.test(path)) return false;
    void reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    return true;
  };
  return { root, fallback };
}
