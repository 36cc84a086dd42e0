import { artisanCreateInput } from '../../shared/api/artisans';
import { createArtisan } from '../artisans/artisans';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { cell, type ColumnSpec, type CsvTable } from './table';
import { formatScaled, percentBps, yesNo } from './values';
import { CellError } from './import';

export const ARTISAN_COLUMNS: ColumnSpec[] = [
  { key: 'name_hi', aliases: ['नाम', 'hindi name'] },
  { key: 'name_en', aliases: ['name', 'english name'] },
  { key: 'phone', aliases: ['mobile', 'फ़ोन', 'फोन', 'मोबाइल'] },
  { key: 'village', aliases: ['address', 'गाँव', 'गांव', 'पता'] },
  { key: 'upi_id', aliases: ['upi', 'यूपीआई'] },
  { key: 'bank_details', aliases: ['bank', 'बैंक'] },
  { key: 'commission_percent', required: true, aliases: ['commission', 'कमीशन'] },
  { key: 'notes', aliases: ['टिप्पणी'] },
  { key: 'active', aliases: ['सक्रिय'] },
];

const FIELD_COLUMN: Record<string, string> = { nameHi: 'name_hi', nameEn: 'name_en', phone: 'phone', village: 'village', upiId: 'upi_id', bankDetails: 'bank_details', commissionBps: 'commission_percent', notes: 'notes', active: 'active' };
export const artisanColumnOf = (field: string) => FIELD_COLUMN[field] ?? field;

export function importArtisanRow(db: DB, t: CsvTable, r: string[], at: Date): void {
  const get = (k: string) => cell(t, r, k);
  const commission = percentBps('commission_percent', get('commission_percent'));
  if (commission === null) throw new CellError('commission_percent', 'required');
  createArtisan(
    db,
    artisanCreateInput.parse({
      nameHi: get('name_hi'), nameEn: get('name_en'), phone: get('phone'), village: get('village'), upiId: get('upi_id'),
      bankDetails: get('bank_details'), commissionBps: commission, notes: get('notes'), active: yesNo('active', get('active'), true),
    }),
    at,
  );
}

interface Row { name_hi: string; name_en: string; phone: string; village: string; upi_id: string; bank_details: string; commission_bps: number; notes: string; active: number }

export function exportArtisanRows(db: DB): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const a of stmt<[], Row>(db, 'SELECT * FROM artisans ORDER BY id').iterate()) {
    out.push([a.name_hi, a.name_en, a.phone, a.village, a.upi_id, a.bank_details, formatScaled(a.commission_bps, 2), a.notes, a.active ? 'yes' : 'no']);
  }
  return out;
}
