import { z } from 'zod';
import { method } from './define';
import { id, optionalText, paise, requestId, text } from './fields';
import { qtyMilli, type Unit } from './products';

export const MOVEMENT_KINDS = ['intake', 'sale', 'sale_return', 'rental_out', 'rental_in', 'return_to_artisan', 'write_off', 'count_adjustment'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

const reason = text(200);
const reference = optionalText(60);

export const intakeInput = z.object({
  /** null: the group's own stock (bought, not on consignment). */
  artisanId: id.nullable(),
  /** The artisan's challan or note number, if any. */
  reference,
  notes: optionalText(300),
  lines: z
    .array(
      z.object({
        productId: id,
        qtyMilli,
        /** The price agreed for this receipt; default the product's selling price. */
        unitPricePaise: paise.optional(),
      }),
    )
    .min(1)
    .max(200),
});

export interface IntakeSlip {
  id: number;
  uid: string;
  slipNo: string;
  at: string;
  artisan: { id: number; nameHi: string; nameEn: string; phone: string; village: string; commissionBps: number } | null;
  receivedBy: { id: number; name: string };
  reference: string;
  notes: string;
  lines: { lineNo: number; productId: number; sku: string; nameHi: string; nameEn: string; unit: Unit; qtyMilli: number; unitPricePaise: number; amountPaise: number }[];
  totalQtyMilli: number;
  totalPaise: number;
}

export interface Movement {
  id: number;
  uid: string;
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  unit: Unit;
  qtyMilli: number;
  kind: MovementKind;
  unitPricePaise: number | null;
  userId: number | null;
  userName: string | null;
  at: string;
  reason: string;
  reference: string;
  refType: string | null;
  refId: string | null;
}

/** What a removal wrote: the movements, and the product's on hand after it. */
export interface StockChange {
  refId: string;
  movements: { productId: number; movementId: number; qtyMilli: number; onHandMilli: number }[];
}

export const stockApi = {
  /** A consignment receipt (or the group's own purchase): a slip header, lines, one intake movement a line. */
  'stock.intake': method<IntakeSlip>()({ input: intakeInput.extend({ requestId }), access: 'manager', idempotent: true }),
  /** The intake slip's data, for the screen and for printing. */
  'stock.getIntake': method<IntakeSlip>()({ input: z.object({ id }), access: 'user' }),
  'stock.returnToArtisan': method<StockChange>()({
    input: z.object({ requestId, artisanId: id, reason, reference, lines: z.array(z.object({ productId: id, qtyMilli })).min(1).max(200) }),
    access: 'manager',
    idempotent: true,
  }),
  /** Damage or loss. */
  'stock.writeOff': method<StockChange>()({ input: z.object({ requestId, productId: id, qtyMilli, reason, reference }), access: 'manager', idempotent: true }),
  'stock.listMovements': method<{ rows: Movement[]; total: number }>()({
    input: z.object({
      productId: id.optional(),
      /** All movements of her products (her page's history). */
      artisanId: id.optional(),
      kind: z.enum(MOVEMENT_KINDS).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    access: 'user',
  }),
};
