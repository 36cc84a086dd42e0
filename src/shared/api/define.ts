import type { z } from 'zod';

/**
 * Who may call a method. 'public' needs no one logged in (setup, the lock screen);
 * 'user' any logged-in person; a role name that role or a higher one.
 */
export const ROLES = ['cashier', 'manager', 'owner'] as const;
export type Role = (typeof ROLES)[number];
export type Access = 'public' | 'user' | Role;

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown, A extends boolean = boolean> {
  input: I;
  access: Access;
  /** A call the counter may repeat: its input carries `requestId`; a repeat returns the first result. */
  idempotent?: boolean;
  /**
   * The handler awaits something outside the database (rendering a PDF, a printer): it gets
   * ctx.read/ctx.write for its transactions instead of running inside one, and call() returns a Promise.
   */
  async?: A;
  /** The largest request body a transport reads for this method (bytes); DEFAULT_BODY_BYTES when unset. */
  maxBodyBytes?: number;
  /** Phantom: the output type, never set at run time. */
  readonly _output?: O;
}

/** method<Output>()({ input, access }) — the output type is named, the input schema is real. */
export function method<O>() {
  return <I extends z.ZodType, A extends boolean = false>(spec: { input: I; access: Access; idempotent?: boolean; async?: A; maxBodyBytes?: number }): MethodSpec<I, O, A> => spec;
}

/** A checkout of 200 lines is ~40 kB: anything past this is not a counter's request. */
export const DEFAULT_BODY_BYTES = 256 * 1024;

/** The body cap of a method (an unknown name gets the default: it is refused after reading anyway). */
export function maxBodyOf(spec: MethodSpec | undefined): number {
  return spec?.maxBodyBytes ?? DEFAULT_BODY_BYTES;
}

export type Contract = Record<string, MethodSpec>;
export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<S> = S extends MethodSpec<z.ZodType, infer O> ? O : never;
export type IsAsync<S> = S extends { async?: infer A } ? (A extends true ? true : false) : false;
