// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DiscardJsonDialog } from '../../src/ui/json/DiscardJsonDialog';
import { useLeaveGuard } from '../../src/ui/json/useLeaveGuard';

/** A shell in miniature: two tabs, the JSON one possibly holding invalid text. */
function Shell({ invalid }: { invalid: boolean }) {
  const [tab, setTab] = useState<'JSON' | 'Problems'>('JSON');
  const guard = useLeaveGuard(tab === 'JSON' && invalid);
  return (
    <>
      <div role="tablist">
        {(['JSON', 'Problems'] as const).map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} onClick={() => (name === tab ? undefined : guard.requestLeave(() => setTab(name)))}>
            {name}
          </button>
        ))}
      </div>
      <DiscardJsonDialog {...guard.dialog} />
    </>
  );
}

const selected = () => screen.getByRole('tab', { selected: true }).textContent;

describe('useLeaveGuard with DiscardJsonDialog', () => {
  it('leaves at once when the text is valid', async () => {
    render(<Shell invalid={false} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Problems' }));
    expect(selected()).toBe('Problems');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks first when the text is invalid; Keep editing (and Escape) stay', async () => {
    render(<Shell invalid />);
    const tab = screen.getByRole('tab', { name: 'Problems' });
    await userEvent.click(tab);
    const dialog = screen.getByRole('dialog', { name: 'Discard invalid JSON?' });
    expect(dialog).toHaveAccessibleDescription(/not applied/);
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Discard invalid JSON' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(selected()).toBe('JSON');
    expect(tab).toHaveFocus();
    await userEvent.click(tab);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(selected()).toBe('JSON');
  });

  it('leaves after Discard invalid JSON', async () => {
    render(<Shell invalid />);
    await userEvent.click(screen.getByRole('tab', { name: 'Problems' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard invalid JSON' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(selected()).toBe('Problems');
  });

  it('asks the browser before unloading the page only while the text is invalid', () => {
    const { rerender } = render(<Shell invalid />);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    rerender(<Shell invalid={false} />);
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
