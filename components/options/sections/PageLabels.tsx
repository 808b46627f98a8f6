import { useState } from 'react';
import type { PageLabelsResult } from '@/lib/shared/messaging/page-messages';
import { sendMessage } from '@/lib/ui/messaging/send';
import { Button } from '../../shared/Button';
import type { Suggestion } from '../fields/TextField';

/** Where the labels come from: the worker reads the open Customer360 tab (tests pass their own). */
export type LabelSource = () => Promise<PageLabelsResult>;
export const backgroundLabelSource: LabelSource = () => sendMessage('gainsight.pageLabels', {});

export type PageLabelsState = { phase: 'idle' } | { phase: 'reading' } | PageLabelsResult;

/** The page's labels as each field's suggestions: the page's text, offered as text only. */
export function labelSuggestions(state: PageLabelsState): Suggestion[] | undefined {
  return 'ok' in state && state.ok ? state.labels.map((label) => ({ value: label, label })) : undefined;
}

export function usePageLabels(source: LabelSource) {
  const [state, setState] = useState<PageLabelsState>({ phase: 'idle' });
  const read = async () => {
    setState({ phase: 'reading' });
    try {
      setState(await source());
    } catch (error) {
      setState({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, read };
}

/** The button, and what came of it, said once for every field below it. */
export function PageLabelsControl({ state, onRead }: { state: PageLabelsState; onRead(): void }) {
  const words =
    'phase' in state
      ? state.phase === 'reading'
        ? 'Reading the Customer360 page…'
        : ''
      : state.ok
        ? `${state.labels.length} labels from the open Customer360 page: each field below offers them as you type or open its list.`
        : state.message;
  return (
    <div className="page-labels">
      <Button onClick={onRead} disabled={'phase' in state && state.phase === 'reading'}>
        Use the labels on this page
      </Button>
      <p className="field-hint" aria-live="polite">
        {words}
      </p>
    </div>
  );
}
