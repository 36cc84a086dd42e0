import { z } from 'zod';
import { isBusinessDate } from '../dates';
import { method } from './define';
import { id, lang, optionalText, requestId, str, text } from './fields';
import type { CsvFile } from './csv';

/**
 * The members' board (सदस्यों की बात): what a member raised at the micro-workshop (a problem,
 * an idea, a training she wants), who takes it up, and how it ended. Each change is a row in the
 * item's history; the item's current state is what its history replays to.
 */
export const BOARD_KINDS = ['work_conditions', 'training', 'shop', 'community', 'other'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];
export const BOARD_STATUSES = ['open', 'in_progress', 'resolved', 'declined'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];
/** What a change did: raised, assigned, and the moves between statuses (reopen: back to open from resolved or declined). */
export type BoardAction = 'raise' | 'assign' | 'start' | 'resolve' | 'decline' | 'reopen';

/** A staff member (users) or a member (artisans) the item is assigned to. */
export type BoardAssignee = { kind: 'staff'; id: number; name: string } | { kind: 'member'; id: number; name: string };

export interface BoardEvent {
  seq: number;
  action: BoardAction;
  fromStatus: BoardStatus | null;
  toStatus: BoardStatus;
  assignee: BoardAssignee | null;
  note: string;
  byId: number;
  byName: string;
  /** UTC instant of the change. */
  at: string;
}

export interface BoardItem {
  id: number;
  memberId: number;
  memberNameHi: string;
  memberNameEn: string;
  kind: BoardKind;
  text: string;
  /** The shop day she raised it (counted in that month). */
  raisedOn: string;
  status: BoardStatus;
  assignee: BoardAssignee | null;
  /** What was done (resolved) or why not (declined); '' while open or in progress. */
  outcome: string;
  /** The shop day it was resolved or declined; null while open or in progress. */
  closedOn: string | null;
  recordedBy: string;
  /** How many changes its history holds. */
  changes: number;
}

export interface BoardItemView extends BoardItem {
  history: BoardEvent[];
}

/** One month of the board: items raised in it (by the day raised) and items resolved or declined in it (by the day closed). */
export interface BoardMonth {
  month: string;
  raised: number;
  resolved: number;
  declined: number;
}

export interface BoardMonthlyCounts {
  from: string;
  to: string;
  months: BoardMonth[];
  totals: { raised: number; resolved: number; declined: number };
  /** Items open or in progress now (whenever raised). */
  stillOpen: number;
}

/** An A4 page as one self-contained HTML document (src/printing/a4), for Chromium to print. */
export interface A4Page {
  fileName: string;
  html: string;
}

const date = str().refine(isBusinessDate, { message: 'date' });
const month = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month' });
const kind = z.enum(BOARD_KINDS);
const status = z.enum(BOARD_STATUSES);
const assignee = z.union([z.object({ kind: z.literal('staff'), id }), z.object({ kind: z.literal('member'), id })]);
export const BOARD_TEXT_MAX = 500;
const note = optionalText(BOARD_TEXT_MAX);

/** The moves a status allows (one table: the core and the screens both read it). */
export const BOARD_MOVES: Record<BoardStatus, readonly BoardStatus[]> = {
  open: ['in_progress', 'resolved', 'declined'],
  in_progress: ['resolved', 'declined'],
  resolved: ['open'],
  declined: ['open'],
};
/** Moves that need a note: what was done (resolved), why not (declined), why it is taken up again (back to open). */
export const noteRequired = (to: BoardStatus) => to !== 'in_progress';

const range = z.object({ from: month.optional(), to: month.optional() });

export const boardApi = {
  /** Record what a member raised (default: raised today). */
  'board.raise': method<BoardItemView>()({
    input: z.object({ requestId, memberId: id, kind, text: text(BOARD_TEXT_MAX), raisedOn: date.optional(), assignee: assignee.nullable().default(null) }),
    access: 'user',
    idempotent: true,
  }),
  /** Give it to a staff member or a member (null: nobody); only while open or in progress. */
  'board.assign': method<BoardItemView>()({
    input: z.object({ requestId, itemId: id, assignee: assignee.nullable() }),
    access: 'user',
    idempotent: true,
  }),
  /**
   * Move it along BOARD_MOVES: open -> in progress -> resolved (what was done) or declined (why);
   * resolved or declined -> open again (reopen, why). A move the table forbids is BOARD_MOVE.
   */
  'board.move': method<BoardItemView>()({
    input: z.object({ requestId, itemId: id, to: status, note }).superRefine((v, c) => {
      if (noteRequired(v.to) && !v.note) c.addIssue({ code: 'custom', path: ['note'], message: `board_note_${v.to}` });
    }),
    access: 'user',
    idempotent: true,
  }),
  'board.get': method<BoardItemView>()({ input: z.object({ id }), access: 'user' }),
  /** Newest raised first; filters are optional. */
  'board.list': method<BoardItem[]>()({
    input: z.object({ status: status.optional(), kind: kind.optional(), memberId: id.optional(), limit: z.number().int().min(1).max(1000).default(200) }),
    access: 'user',
  }),
  /** Raised, resolved and declined a month, in the shop's time zone (default: the 12 months up to this one). For the dashboard and reports. */
  'board.getMonthlyCounts': method<BoardMonthlyCounts>()({ input: range, access: 'user' }),
  /** Every item raised in the months (or all), with its outcome, as a spreadsheet. */
  'board.exportCsv': method<CsvFile>()({ input: range, access: 'user' }),
  /** The group meeting's A4 sheet: what is still open, what was settled in the months, the counts by month. */
  'board.getMeetingSheet': method<A4Page>()({ input: range.extend({ lang }), access: 'user' }),
};
