import { contract, type Api, type Input, type IsAsync, type MethodName, type Output } from '../shared/api';
import { openDatabase, type DB, type OpenOptions } from './db/open';
import { createDispatch, type Outcome, type Via } from './dispatch';
import { handlers } from './handlers';
import { SessionStore } from './session/store';
import { applyPendingRestore } from './backup/restore';
import { useNativeBinding } from './db/sqlite';

export interface AppOptions extends OpenOptions {
  /** Idle time after which a login is forgotten (ms). */
  sessionIdleMs?: number;
  clock?: () => Date;
  log?: (msg: string, err: unknown) => void;
}

export type CallReturn<N extends MethodName> = IsAsync<Api[N]> extends true ? Promise<Outcome<Output<N>>> : Outcome<Output<N>>;

export interface App {
  db: DB;
  sessions: SessionStore;
  /** Typed per method: a Promise only for the async ones (printing, PDF), so tests stay simple. */
  call<N extends MethodName>(name: N, input: Input<N>, sessionToken?: string | null): CallReturn<N>;
  /** Whatever arrived from a transport (dispatch checks the name and the input); `via` for a paired LAN counter. */
  callAny(name: string, input: unknown, sessionToken?: string | null, via?: Via): Promise<Outcome>;
  close(): void;
}

/** The whole shop behind one call(): what Electron's IPC, the HTTP server, tests and bench use. */
export function createApp(file: string, opts: AppOptions = {}): App {
  useNativeBinding(opts.nativeBinding); // the restore's check below opens the backup with it
  // A restore asked for in the last run happens now, before anything opens the file.
  const restored = file === ':memory:' ? null : applyPendingRestore(file);
  if (restored && 'refused' in restored) (opts.log ?? console.error)('restore refused', restored.refused);
  const db = openDatabase(file, opts);
  const sessions = new SessionStore(opts.sessionIdleMs);
  const call = createDispatch({ db, contract, handlers, sessions, clock: opts.clock, log: opts.log ?? ((m, e) => console.error(m, e)) });
  return { db, sessions, call: call as App['call'], callAny: async (n, i, t, v) => call(n, i, t, v), close: () => db.close() };
}
