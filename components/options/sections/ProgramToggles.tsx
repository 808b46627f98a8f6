import { CheckboxField } from '../fields/CheckboxField';
import { useOptions } from '../StoreContext';
import { catalogInUse } from '../store';

/** One switch per program of the catalog in use (the imported one, or the edition chosen above). */
export function ProgramToggles() {
  const catalog = useOptions(catalogInUse);
  const disabled = useOptions((s) => s.draft.programs.disabled);
  const setProgramEnabled = useOptions((s) => s.setProgramEnabled);
  return (
    <fieldset>
      <legend>Programs of {catalog.name}</legend>
      <p className="field-hint">A program turned off shows in the panel as not eligible, with that reason.</p>
      <ul className="program-toggles">
        {catalog.programs.map((program) => (
          <li key={program.id}>
            <CheckboxField
              name={`program-${program.id}`}
              label={program.name}
              checked={!disabled.includes(program.id)}
              onChange={(enabled) => setProgramEnabled(program.id, enabled)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
