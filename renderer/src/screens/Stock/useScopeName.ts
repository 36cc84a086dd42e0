import { useTranslation } from 'react-i18next';
import type { CountSummary } from '../../../../src/shared/api';
import { pickName } from './names';
import { useLookups } from './useLookups';

/** "Kamla Nishad's items", "Dhokra metal casting", "Whole shop": what a count covers, in words. */
export function useScopeName(): (c: Pick<CountSummary, 'scope' | 'craftId' | 'artisanId'>) => string {
  const { t, i18n } = useTranslation();
  const { crafts, artisans } = useLookups();
  return (c) => {
    if (c.scope === 'craft') {
      const craft = crafts.find((x) => x.id === c.craftId);
      return t('count.ofCraft', { name: craft ? pickName(craft, i18n.language) : `#${c.craftId}` });
    }
    if (c.scope === 'artisan') {
      const a = artisans.find((x) => x.id === c.artisanId);
      return t('count.ofArtisan', { name: a ? pickName(a, i18n.language) : `#${c.artisanId}` });
    }
    return t('count.wholeShop');
  };
}
