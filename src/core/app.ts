import { contract, type Input, type MethodName, type Output } from '../shared/api';
import { openDatabase, type DB, type OpenOptions } from './db/open';
import { createDispatch, type Outcome } from './dispatch';
import { handlers } from './handlers';
import { SessionStore } from './session/store';

export interface AppOptions extends OpenOptions {
  clock?: () => Date;
  log?: (msg: string, err: unknown) => void;
}

export interface App {
  db: DB;
  sessions: SessionStore;
  /** Typed when the name is a known method; transports pass whatever arrived (dispatch checks it). */
  call<N extends MethodName>(name: N, input: Input<N>, sessionToken?: string | null): Outcome<Output<N>>;
  call(name: string, input: unknown, sessionToken?: string | null): Outcome;
  close(): void;
}

/** The whole shop behind one call(): what Electron's IPC, the HTTP server, tests and bench use. */
export function createApp(file: string, opts: AppOptions = {}): App {
  const db = openDatabase(file, opts);
  const sessions = new SessionStore();
  const call = createDispatch({ db, contract, handlers, sessions, clock: opts.clock, log: opts.log ?? ((m, e) => console.error(m, e)) });
  return { db, sessions, call: call as App['call'], close: () => db.close() };
}
