// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../renderer/src/components/LanguageSwitch';
import { Money } from '../../renderer/src/components/Money';
import { initI18n, LANG_KEY } from '../../renderer/src/i18n';

beforeAll(async () => {
  localStorage.clear();
  await initI18n();
});
afterEach(cleanup);

describe('renderer components', () => {
  it('starts in Hindi for a new shop', () => {
    expect(i18next.language).toBe('hi');
  });

  it('shows money with the rupee sign and Indian grouping', () => {
    render(<Money paise={12_500_050} />);
    expect(screen.getByText('₹1,25,000.50')).toBeTruthy();
  });

  it('switches language at once and remembers the choice', async () => {
    render(<LanguageSwitch />);
    const btn = screen.getByTestId('lang-switch');
    expect(btn.textContent).toBe('English');
    await act(async () => {
      fireEvent.click(btn);
    });
    expect(i18next.language).toBe('en');
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('lang-switch').textContent).toBe('हिन्दी');
  });
});
