// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from './Badge';
import { Button } from './Button';
import { DueChip, dueTone } from './DueChip';

afterEach(cleanup);

describe('the shared primitives', () => {
  it('a Button is one of three kinds, and never submits a form unless asked', () => {
    render(
      <>
        <Button>Refresh</Button>
        <Button kind="primary">Save</Button>
        <Button kind="destructive" className="extra">
          Clear everything…
        </Button>
      </>,
    );
    const [neutral, primary, destructive] = ['Refresh', 'Save', 'Clear everything…'].map((name) => screen.getByRole('button', { name }));
    expect(neutral!.className).toBe('pc-btn');
    expect(neutral!.getAttribute('type')).toBe('button');
    expect(primary!.className).toBe('pc-btn pc-btn-primary');
    expect(destructive!.className).toBe('pc-btn pc-btn-destructive extra');
  });

  it('a due chip stands out when overdue or due today, and says it in words', () => {
    expect([dueTone('2026-12-01', '2026-12-07'), dueTone('2026-12-07', '2026-12-07'), dueTone('2026-12-09', '2026-12-07')]).toEqual(['overdue', 'today', 'later']);
    render(
      <DueChip due="2026-12-01" today="2026-12-07">
        Due since Dec 1, 2026
      </DueChip>,
    );
    expect(screen.getByText('Due since Dec 1, 2026').className).toBe('pc-chip pc-chip-overdue');
  });

  it('a badge carries its state in its text', () => {
    render(<Badge tone="success">Sent Dec 1, 2026</Badge>);
    expect(screen.getByText('Sent Dec 1, 2026').className).toBe('pc-badge pc-badge-success');
  });
});
