/** A4 sheet of 24 labels (3 x 8, 70 x 37 mm: the common sticker sheet). */
export const LABEL_SHEET = { cols: 3, rows: 8, cellW: 70, cellH: 37, pad: 2 } as const;
