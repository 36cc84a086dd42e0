// @vitest-environment happy-dom
/** Issue #21.2: restoring a file the shop never recorded waits for the owner's explicit tick. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/i18n';
import { RestoreConfirm } from '../../renderer/src/screens/Settings/RestoreConfirm';
import { hi } from '../../renderer/src/i18n/hi';

beforeAll(async () => {
  localStorage.clear();
  await initI18n();
});
afterEach(cleanup);

function Unverified({ onYes }: { onYes: () => void }) {
  const [accepted, setAccepted] = useState(false);
  return <RestoreConfirm when="today" file="/media/usb/x.db" busy={false} error="" unverified={{ accepted, onAccept: setAccepted }} onYes={onYes} onNo={() => undefined} />;
}

describe('restore confirmation', () => {
  it('a verified backup needs no tick; an unverified one enables Yes only once the owner ticks that she accepts it unchecked', () => {
    let yes = 0;
    render(<RestoreConfirm when="today" file="/b/hamar-hatri-1.db" busy={false} error="" unverified={null} onYes={() => yes++} onNo={() => undefined} />);
    expect(screen.queryByTestId('restore-accept-unverified')).toBeNull();
    expect((screen.getByTestId('restore-yes') as HTMLButtonElement).disabled).toBe(false);
    cleanup();

    render(<Unverified onYes={() => yes++} />);
    expect(screen.getByText(hi.backup.acceptUnverified, { exact: false })).toBeTruthy();
    const button = screen.getByTestId('restore-yes') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('restore-accept-unverified'));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(yes).toBe(1);
  });
});
