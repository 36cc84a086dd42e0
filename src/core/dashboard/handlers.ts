import type { dashboardApi } from '../../shared/api/dashboard';
import type { HandlerMap } from '../dispatch';
import { dashboardSummary } from './summary';

export const dashboardHandlers = {
  'dashboard.summary': (_i, { db, now }) => dashboardSummary(db, now),
} satisfies HandlerMap<typeof dashboardApi>;
