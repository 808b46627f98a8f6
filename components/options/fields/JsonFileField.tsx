import type { ReactNode } from 'react';
import { takeFileText } from '../files';
import { fieldIds } from './field-ids';

/** A labelled JSON file picker with its hint; hands the file's text on and lets the same file be picked again. */
export function JsonFileField({ name, label, hint, onText }: { name: string; label: string; hint: ReactNode; onText(text: string): unknown }) {
  const ids = fieldIds(name);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <input
        id={ids.id}
        type="file"
        accept="application/json,.json"
        aria-describedby={ids.hint}
        onChange={(event) => {
          void takeFileText(event.currentTarget).then((text) => (text === null ? undefined : onText(text)));
        }}
      />
      <p id={ids.hint} className="field-hint">
        {hint}
      </p>
    </div>
  );
}
