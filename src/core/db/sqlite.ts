import Database from 'better-sqlite3';

let binding: string | undefined;

/**
 * The better_sqlite3.node this runtime loads, remembered from the app's own open (openDatabase's
 * `nativeBinding`): the desktop app ships only Electron's build of the addon (resources/native),
 * so a connection opened without it (a backup checked, a counter's offline copy) would look for
 * the plain-Node build, which is not packaged, and fail.
 */
export function useNativeBinding(file: string | undefined): void {
  if (file) binding = file;
}

/** Every connection the core opens goes through here, with the runtime's addon. */
export function openSqlite(file: string, opts: Database.Options = {}): Database.Database {
  return new Database(file, binding ? { ...opts, nativeBinding: binding } : opts);
}
