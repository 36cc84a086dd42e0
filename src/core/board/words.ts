/** The meeting sheet's words in both languages (an A4Doc carries its strings already translated). */
import type { BoardKind, BoardStatus } from '../../shared/api/board';

export interface BoardWords {
  title: string;
  subtitle: (from: string, to: string) => string;
  period: string;
  printedBy: string;
  stillOpen: string;
  settled: string;
  byMonth: string;
  noneOpen: string;
  noneSettled: string;
  cols: { raisedOn: string; member: string; kind: string; text: string; status: string; assignee: string; outcome: string; closedOn: string; month: string; raised: string; resolved: string; declined: string };
  total: string;
  kinds: Record<BoardKind, string>;
  statuses: Record<BoardStatus, string>;
  footer: string[];
}

export const BOARD_WORDS: Record<'hi' | 'en', BoardWords> = {
  hi: {
    title: 'सदस्यों की बात: बैठक की सूची',
    subtitle: (from, to) => `${from} से ${to} तक`,
    period: 'अवधि',
    printedBy: 'छापा',
    stillOpen: 'अभी खुले (बैठक में बात करें)',
    settled: 'इस अवधि में निपटे',
    byMonth: 'महीने के हिसाब से',
    noneOpen: 'कोई बात खुली नहीं है।',
    noneSettled: 'इस अवधि में कुछ नहीं निपटा।',
    cols: { raisedOn: 'कब उठाई', member: 'सदस्य', kind: 'तरह', text: 'बात', status: 'स्थिति', assignee: 'किसके पास', outcome: 'क्या किया / क्यों नहीं', closedOn: 'कब निपटी', month: 'महीना', raised: 'उठाई गईं', resolved: 'हल हुईं', declined: 'नहीं मानी गईं' },
    total: 'कुल',
    kinds: { work_conditions: 'काम की स्थिति', training: 'प्रशिक्षण', shop: 'दुकान', community: 'समुदाय', other: 'अन्य' },
    statuses: { open: 'खुली', in_progress: 'काम चल रहा है', resolved: 'हल हुई', declined: 'नहीं मानी गई' },
    footer: ['अध्यक्ष के हस्ताक्षर: ____________________', 'सचिव के हस्ताक्षर: ____________________'],
  },
  en: {
    title: "Members' board: list for the meeting",
    subtitle: (from, to) => `${from} to ${to}`,
    period: 'Period',
    printedBy: 'Printed by',
    stillOpen: 'Still open (to discuss at the meeting)',
    settled: 'Settled in the period',
    byMonth: 'By month',
    noneOpen: 'Nothing is open.',
    noneSettled: 'Nothing was settled in the period.',
    cols: { raisedOn: 'Raised', member: 'Member', kind: 'Kind', text: 'What she raised', status: 'Status', assignee: 'With', outcome: 'What was done / why not', closedOn: 'Settled', month: 'Month', raised: 'Raised', resolved: 'Resolved', declined: 'Declined' },
    total: 'Total',
    kinds: { work_conditions: 'Work conditions', training: 'Training', shop: 'Shop', community: 'Community', other: 'Other' },
    statuses: { open: 'Open', in_progress: 'In progress', resolved: 'Resolved', declined: 'Declined' },
    footer: ["President's signature: ____________________", "Secretary's signature: ____________________"],
  },
};

/** '2026-11-30' -> '30/11/2026', as the group writes dates. */
export const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** '2026-11' -> 'नवंबर 2026' / 'November 2026'. */
export function monthName(month: string, lang: 'hi' | 'en'): string {
  const at = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
}
