import { SEGMENTS, type Segment } from '@/lib/shared/accounts/account';
import { asSentence, describedBy, fieldIds } from '../fields/field-ids';
import { useOptions } from '../StoreContext';

/**
 * How the tenant spells segments. "Tech Touch", "Scale" and "CSM-Assigned" are always known; any other
 * spelling the page shows must be listed here, or the panel reports it rather than guess.
 */
export function SegmentSpellings() {
  const spellings = useOptions((s) => s.draft.programs.segmentSpellings);
  const errors = useOptions((s) => s.errors);
  const setProgramsList = useOptions((s) => s.setProgramsList);
  const put = (next: typeof spellings) => setProgramsList('segmentSpellings', next);
  const change = (index: number, row: Partial<(typeof spellings)[number]>) =>
    put(spellings.map((old, i) => (i === index ? { ...old, ...row } : old)));
  const stored = errors['programs.segmentSpellings'];
  return (
    <fieldset>
      <legend>Segment spellings</legend>
      <p className="field-hint">
        Tech Touch, Scale and CSM-Assigned are always understood. List here how your tenant writes them otherwise (case and dashes
        do not matter). A segment spelled any other way shows in the panel as Needs data.
      </p>
      <ul className="segment-spellings">
        {spellings.map((row, i) => {
          const path = `programs.segmentSpellings.${i}.spelling`;
          const error = errors[path];
          const ids = fieldIds(path);
          return (
            <li key={i}>
              <label id={`${ids.id}-label`} htmlFor={ids.id}>
                Spelling {i + 1}
              </label>{' '}
              <input
                id={ids.id}
                type="text"
                className="field-short"
                value={row.spelling}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(ids, false, !!error)}
                onChange={(e) => change(i, { spelling: e.target.value })}
              />{' '}
              {/* Named "Spelling 2 means": each row's choice is told apart by its row. */}
              <span id={`${ids.id}-means`}>means</span>{' '}
              <select
                aria-labelledby={`${ids.id}-label ${ids.id}-means`}
                value={row.segment}
                onChange={(e) => change(i, { segment: e.target.value as Segment })}
              >
                {SEGMENTS.map((segment) => (
                  <option key={segment} value={segment}>
                    {segment}
                  </option>
                ))}
              </select>{' '}
              <button type="button" onClick={() => put(spellings.filter((_, j) => j !== i))} aria-label={`Remove spelling ${i + 1}${row.spelling ? ` (${row.spelling})` : ''}`}>
                Remove
              </button>
              {error && (
                <p id={ids.error} className="field-error">
                  {asSentence(error)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => put([...spellings, { spelling: '', segment: 'Tech Touch' }])}>
        Add a spelling
      </button>
      {stored && <p className="field-error">{asSentence(stored)}</p>}
    </fieldset>
  );
}
