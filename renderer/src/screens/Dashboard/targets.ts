/** Where a dashboard tile leads: an area of the shell, opened at the screen behind the figure. */
export type Target =
  | { area: 'reports' }
  | { area: 'rentals' }
  | { area: 'stock'; tab: 'lowStock' }
  | { area: 'artisans'; artisanId?: number }
  | { area: 'settings'; tab: 'backup' }
  | { area: 'orders' }
  | { area: 'board' };
