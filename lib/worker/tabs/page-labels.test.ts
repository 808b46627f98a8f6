import { describe, expect, it } from 'vitest';
import { pageLabelsFrom } from './page-labels';

describe('the labels a Customer360 page answers with (untrusted)', () => {
  it('keeps short strings, trimmed, once each, sorted', () => {
    expect(pageLabelsFrom(['  ARR ', 'Customer Since', 'ARR', 'Stage\n  Name'])).toEqual(['ARR', 'Customer Since', 'Stage Name']);
  });

  it('drops what is not a label: other types, empty and long text, and anything but an array', () => {
    expect(pageLabelsFrom([42, null, { toString: () => 'x' }, '', 'x'.repeat(81), 'Plan'])).toEqual(['Plan']);
    expect(pageLabelsFrom('ARR')).toEqual([]);
    expect(pageLabelsFrom(undefined)).toEqual([]);
  });

  it('offers at most 400', () => {
    expect(pageLabelsFrom(Array.from({ length: 1000 }, (_, i) => `Label ${i}`))).toHaveLength(400);
  });
});
