import type { ServiceName } from './services';

/** Kinds of messages: commands (imperative), queries, and events (past tense). */
export type MessageKind = 'cmd' | 'qry' | 'evt';

/** `<context>.<cmd|qry|evt>.<name>.v<major>`, e.g. `sessions.cmd.finalize.v1`. */
export type Subject<
  C extends ServiceName = ServiceName,
  K extends MessageKind = MessageKind,
  N extends string = string,
  V extends number = number,
> = `${C}.${K}.${N}.v${V}`;

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;

export function subject<C extends ServiceName, K extends MessageKind, N extends string, V extends number>(
  context: C,
  kind: K,
  name: N,
  version: V,
): Subject<C, K, N, V> {
  if (!NAME_PATTERN.test(name)) throw new Error(`invalid message name "${name}"`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`invalid message version ${version}`);
  return `${context}.${kind}.${name}.v${version}`;
}

const SUBJECT_PATTERN = /^([a-z]+)\.(cmd|qry|evt)\.([a-z][a-z0-9-]*)\.v([1-9][0-9]*)$/;

export interface ParsedSubject {
  readonly context: string;
  readonly kind: MessageKind;
  readonly name: string;
  readonly version: number;
}

export function parseSubject(value: string): ParsedSubject | null {
  const match = SUBJECT_PATTERN.exec(value);
  if (!match) return null;
  const [, context, kind, name, version] = match;
  return { context, kind: kind as MessageKind, name, version: Number(version) };
}
