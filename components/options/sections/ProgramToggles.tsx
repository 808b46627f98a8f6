import { describeRule } from '@/lib/shared/programs/describe-rule';
import { teamChoicesOf } from '@/lib/shared/programs/team-choices';
import type { Catalog, Program } from '@/lib/shared/programs/types';
import { ACCOUNT_FIELD_KEYS, type AccountFieldKey } from '@/lib/shared/accounts/registry';
import { CheckboxField } from '../fields/CheckboxField';
import { ProgramSender } from './ProgramSender';
import { useOptions } from '../StoreContext';
import { catalogInUse } from '../store';

type Labels = Record<AccountFieldKey, string>;

/** Markdown links in a seed quote read as their text. */
const plainQuote = (text: string): string => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/** The rule as the engine applies it, beside the seed sentences it rests on and the values the team chose. */
function RuleAndSeed({ program, catalog, labels, adminRole }: { program: Program; catalog: Catalog; labels: Labels; adminRole: string }) {
  const choices = teamChoicesOf(program, labels);
  return (
    <details className="program-rule">
      <summary>Rule and seed: {program.name}</summary>
      <h3>Rule</h3>
      <ul>
        {describeRule(program, catalog, labels, adminRole).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>What the seeds say</h3>
      {program.source?.length ? (
        <ul className="program-source">
          {program.source.map((quote) => (
            <li key={`${quote.seed}:${quote.text}`}>
              <q>{plainQuote(quote.text)}</q> (seed {quote.seed})
            </li>
          ))}
        </ul>
      ) : (
        <p>This program names no seed sentence (an imported catalog).</p>
      )}
      {choices.length > 0 && (
        <>
          <h3>The team's choices</h3>
          <ul>
            {choices.map((choice) => (
              <li key={choice}>{choice}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** One switch per program of the catalog in use (the imported one, or the edition chosen above), with its rule. */
export function ProgramToggles() {
  const catalog = useOptions(catalogInUse);
  const disabled = useOptions((s) => s.draft.programs.disabled);
  const draftLabels = useOptions((s) => s.draft.gainsight.labels);
  const adminRole = useOptions((s) => s.draft.salesforce.adminValue);
  const setProgramEnabled = useOptions((s) => s.setProgramEnabled);
  const labels = Object.fromEntries(ACCOUNT_FIELD_KEYS.map((key) => [key, draftLabels[key]])) as Labels;
  return (
    <fieldset>
      <legend>Programs of {catalog.name}</legend>
      <p className="field-hint">
        A program turned off shows in the panel as not eligible, with that reason. "Sent by" is who signs its emails: the
        account's CSM/TAM (you, from Sender identity), the account's AE (the company's Account Executive field, or the
        Salesforce Account Owner), or the generic address; the catalog's default follows seed 002. Each program shows its rule beside the seed sentences it rests on;
        values the seeds do not give are listed as the team's choices.
      </p>
      <ul className="program-list">
        {catalog.programs.map((program) => (
          <li key={program.id}>
            <CheckboxField
              name={`program-${program.id}`}
              label={program.name}
              checked={!disabled.includes(program.id)}
              onChange={(enabled) => setProgramEnabled(program.id, enabled)}
            />
            <ProgramSender program={program} />
            <RuleAndSeed program={program} catalog={catalog} labels={labels} adminRole={adminRole} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
