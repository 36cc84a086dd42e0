// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../renderer/src/screens/Stock/SearchBox';

/** The counter's search box (delayMs 0): a person's keys ask at once; a scanner's burst asks once, at its end. */
function box() {
  const asked: string[] = [];
  render(<SearchBox label="search" onSearch={(q) => asked.push(q)} onEnter={() => false} testId="box" delayMs={0} />);
  const el = screen.getByTestId('box');
  const type = (v: string) => act(() => void fireEvent.change(el, { target: { value: v } }));
  return { asked, type };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SearchBox', () => {
  it('asks at every key a person types, 120 ms apart', () => {
    const { asked, type } = box();
    for (const v of ['d', 'dh', 'dho']) {
      type(v);
      vi.advanceTimersByTime(120);
    }
    expect(asked).toEqual(['d', 'dh', 'dho']);
  });

  it('asks at once for the first letter typed right after the box was emptied (nothing left to be a burst of)', () => {
    const { asked, type } = box();
    type('kosa');
    vi.advanceTimersByTime(120);
    type(''); // cleared
    vi.advanceTimersByTime(5);
    type('d');
    expect(asked).toEqual(['kosa', '', 'd']); // the emptied box clears the list; 'd' at once, not 30 ms later
  });

  it('waits for a scanner-fast burst to end, then asks once with all of it', () => {
    const { asked, type } = box();
    let v = '';
    for (const c of 'DHOK-001') {
      v += c;
      type(v);
      vi.advanceTimersByTime(5);
    }
    expect(asked).toEqual(['D']); // the first key cannot know a burst is coming
    vi.advanceTimersByTime(30);
    expect(asked).toEqual(['D', 'DHOK-001']);
  });

  it('does not list for digits alone (a barcode on its way): they wait for the burst or Enter', () => {
    const { asked, type } = box();
    type('8');
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(30);
    expect(asked).toEqual(['8']);
  });
});
