import type { Craft } from '../../shared/api/crafts';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface Row {
  id: number;
  code: string;
  name_hi: string;
  name_en: string;
  sort: number;
  active: number;
}
const toCraft = (r: Row): Craft => ({ id: r.id, code: r.code, nameHi: r.name_hi, nameEn: r.name_en, sort: r.sort, active: r.active === 1 });

export interface CraftInput {
  code: string;
  nameHi: string;
  nameEn: string;
  sort: number;
  active: boolean;
}

export function getCraft(db: DB, id: number): Craft {
  const r = stmt<[number], Row>(db, 'SELECT * FROM crafts WHERE id = ?').get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'craft', field: 'id', id });
  return toCraft(r);
}

export function listCrafts(db: DB, includeInactive: boolean): Craft[] {
  return stmt<[number], Row>(db, 'SELECT * FROM crafts WHERE active = 1 OR ? ORDER BY sort, id').all(includeInactive ? 1 : 0).map(toCraft);
}

function checkCodeFree(db: DB, code: string, selfId: number): void {
  if (stmt(db, 'SELECT 1 FROM crafts WHERE code = ? AND id <> ?').get(code, selfId)) throw new AppError('CONFLICT', { field: 'code', value: code });
}

/** A craft category; no code given means one made from its number (crafts are never deleted). */
export function createCraft(db: DB, c: CraftInput): Craft {
  if (c.code) checkCodeFree(db, c.code, 0);
  const tmp = `~${Date.now()}-${Math.random()}`;
  const id = Number(
    stmt(db, 'INSERT INTO crafts (code, name_hi, name_en, sort, active) VALUES (?, ?, ?, ?, ?)').run(c.code || tmp, c.nameHi, c.nameEn, c.sort, c.active ? 1 : 0).lastInsertRowid,
  );
  if (!c.code) {
    let code = `CRAFT${id}`;
    for (let n = 1; stmt(db, 'SELECT 1 FROM crafts WHERE code = ?').get(code); n++) code = `CRAFT${id}-${n}`;
    stmt(db, 'UPDATE crafts SET code = ? WHERE id = ?').run(code, id);
  }
  return getCraft(db, id);
}

export function updateCraft(db: DB, id: number, c: CraftInput): { before: Craft; after: Craft } {
  const before = getCraft(db, id);
  const code = c.code || before.code;
  checkCodeFree(db, code, id);
  stmt(db, 'UPDATE crafts SET code = ?, name_hi = ?, name_en = ?, sort = ?, active = ? WHERE id = ?').run(code, c.nameHi, c.nameEn, c.sort, c.active ? 1 : 0, id);
  return { before, after: getCraft(db, id) };
}
