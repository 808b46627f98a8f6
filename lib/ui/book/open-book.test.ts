import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onBookRequested, requestBook } from './open-book';

beforeEach(() => fakeBrowser.reset());

describe('"Open my book" from the popup', () => {
  it('opens the book in a panel that was already open in that window, once', async () => {
    const open = vi.fn();
    const other = vi.fn();
    onBookRequested(Promise.resolve(3), open);
    onBookRequested(Promise.resolve(4), other);
    await requestBook(3);
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    expect(other).not.toHaveBeenCalled();
  });

  it('opens the book in a panel that opens just after the request, and not for an old request', async () => {
    await requestBook(3);
    const open = vi.fn();
    onBookRequested(Promise.resolve(3), open);
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    // Taken: the next panel opening in that window shows its usual view.
    const later = vi.fn();
    onBookRequested(Promise.resolve(3), later);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(later).not.toHaveBeenCalled();
  });
});
