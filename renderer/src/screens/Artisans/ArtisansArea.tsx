import { useState } from 'react';
import type { Artisan } from '../../../../src/shared/api';
import type { Role } from '../../../../src/shared/api/define';
import { ArtisanDetail } from './ArtisanDetail';
import { ArtisanForm } from './ArtisanForm';
import { ArtisanList } from './ArtisanList';
import { PayoutRun } from './PayoutRun';
import { PayoutView } from './PayoutView';
import { ReturnToArtisan } from './ReturnToArtisan';
import { StatementScreen } from './StatementScreen';

type View =
  | { kind: 'list' }
  | { kind: 'detail'; id: number }
  | { kind: 'form'; artisan: Artisan | null }
  | { kind: 'return'; artisan: Artisan }
  | { kind: 'pay'; artisan: Artisan }
  | { kind: 'payout'; artisan: Artisan; payoutId: number }
  | { kind: 'statement'; artisan: Artisan };

/** कारीगर: the member list, her page, her form, giving goods back to her, paying her and her statement. */
export function ArtisansArea({ role, artisanId }: { role: Role; artisanId?: number }) {
  // A dashboard tile may open one member's page straight away.
  const [view, setView] = useState<View>(artisanId ? { kind: 'detail', id: artisanId } : { kind: 'list' });
  // The core enforces roles; this only hides buttons a cashier could not use.
  const manager = role !== 'cashier';
  const toList = () => setView({ kind: 'list' });
  const toDetail = (id: number) => setView({ kind: 'detail', id });

  switch (view.kind) {
    case 'list':
      return <ArtisanList manager={manager} onOpen={(a) => toDetail(a.id)} onNew={() => setView({ kind: 'form', artisan: null })} />;
    case 'detail':
      return (
        <ArtisanDetail
          id={view.id}
          manager={manager}
          onBack={toList}
          onEdit={(a) => setView({ kind: 'form', artisan: a })}
          onReturn={(a) => setView({ kind: 'return', artisan: a })}
          onPay={(a) => setView({ kind: 'pay', artisan: a })}
          onOpenPayout={(a, payoutId) => setView({ kind: 'payout', artisan: a, payoutId })}
          onStatement={(a) => setView({ kind: 'statement', artisan: a })}
        />
      );
    case 'form':
      return (
        <ArtisanForm
          artisan={view.artisan}
          onCancel={() => (view.artisan ? toDetail(view.artisan.id) : toList())}
          onSaved={(a) => toDetail(a.id)}
        />
      );
    case 'return':
      return <ReturnToArtisan artisan={view.artisan} onBack={() => toDetail(view.artisan.id)} />;
    case 'pay':
      return <PayoutRun artisan={view.artisan} onBack={() => toDetail(view.artisan.id)} />;
    case 'payout':
      return <PayoutView artisan={view.artisan} payoutId={view.payoutId} onBack={() => toDetail(view.artisan.id)} />;
    case 'statement':
      return <StatementScreen artisan={view.artisan} onBack={() => toDetail(view.artisan.id)} />;
  }
}
