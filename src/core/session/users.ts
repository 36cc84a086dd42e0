import { uuidv7 } from '../uuid';
import type { Role, SessionUser } from '../../shared/api';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { hashPin } from './pin';

export function createUser(db: DB, name: string, role: Role, pin: string, at: Date): SessionUser {
  const r = stmt(db, 'INSERT INTO users (uid, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(uuidv7(), name, role, hashPin(pin), at.toISOString());
  return { id: Number(r.lastInsertRowid), name, role };
}
