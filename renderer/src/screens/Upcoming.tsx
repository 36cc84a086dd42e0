import { useTranslation } from 'react-i18next';

/** An area whose capability lands in a later update: says so plainly, in the current language. */
export function Upcoming({ area }: { area: 'artisans' }) {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h2>{t(`${area}.title`)}</h2>
      <p className="card muted">{t(`${area}.next`)}</p>
    </section>
  );
}
