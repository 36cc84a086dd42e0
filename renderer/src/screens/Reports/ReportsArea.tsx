import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/shared/api/define';
import { Tabs } from '../../components/Tabs';
import { ManagerOnlyNote } from '../Settings/ManagerOnlyNote';
import { MonthsTab as BoardMonthsTab } from '../Board/MonthsTab';
import { DayCloseTab } from './DayCloseTab';
import { GstTab } from './GstTab';
import { MonthlyTab } from './MonthlyTab';
import { RangeTab } from './RangeTab';
import { RentalsReportTab } from './RentalsReportTab';
import './reports.css';

type Tab = 'day' | 'month' | 'range' | 'rentals' | 'gst' | 'board';

/** रिपोर्ट: the day close (count the drawer, close the day, its slip), the month, and rentals' income apart from what is held. */
export function ReportsArea({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('day');
  // The core refuses reports to a cashier anyway; this says so kindly instead of showing errors.
  if (role === 'cashier') {
    return (
      <section className="screen" data-testid="reports">
        <h2>{t('report.title')}</h2>
        <ManagerOnlyNote />
      </section>
    );
  }
  return (
    <section className="screen reports" data-testid="reports">
      <h2>{t('report.title')}</h2>
      <Tabs<Tab>
        tabs={[...(['day', 'month', 'range', 'rentals'] as const).map((key) => ({ key, label: key === 'range' ? t('range.tab') : t(`report.tabs.${key}`) })), { key: 'gst' as const, label: t('gst.tab') }, { key: 'board' as const, label: t('nav.board') }]}
        current={tab}
        onChange={setTab}
      />
      {tab === 'day' ? <DayCloseTab role={role} /> : null}
      {tab === 'gst' ? <GstTab role={role} /> : null}
      {tab === 'month' ? <MonthlyTab /> : null}
      {tab === 'range' ? <RangeTab /> : null}
      {tab === 'rentals' ? <RentalsReportTab /> : null}
      {/* The members' board by month for the group's meeting: the board's own chart and table. */}
      {tab === 'board' ? <BoardMonthsTab /> : null}
    </section>
  );
}
