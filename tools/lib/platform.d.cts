import type { ChildProcess } from 'node:child_process';

export declare const SERVICES: readonly string[];
export declare const ROOT: string;

export interface ManagedProcess {
  readonly name: string;
  readonly logPath: string;
  readonly child: ChildProcess | undefined;
  readonly running: boolean;
  start(): ManagedProcess;
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export interface PlatformOptions {
  natsUrl: string;
  gatewayPort: number;
  logDir: string;
  dataDir?: string;
  databaseUrls?: Record<string, string>;
  env?: Record<string, string>;
}

export interface Platform {
  readonly gatewayUrl: string;
  readonly processes: Map<string, ManagedProcess>;
  start(): void;
  stop(): Promise<void>;
  waitUntilHealthy(timeoutMs?: number): Promise<unknown>;
}

export declare function createPlatform(options: PlatformOptions): Platform;
export declare function startNats(options: { port: number; storeDir: string; logPath: string; binary?: string }): Promise<{
  url: string;
  stop(): Promise<void>;
}>;
