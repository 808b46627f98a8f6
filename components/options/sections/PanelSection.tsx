import { FlagField } from '../fields/FlagField';
import { Section } from '../layout/Section';

export function PanelSection() {
  return (
    <Section id="panel" title="Side panel" intro="The companion lives in the browser's side panel; Alt+Shift+P, the toolbar popup or the launcher open it.">
      <FlagField
        path="panel.launcher"
        label="Show the launcher on record pages"
        hint="A small chip in the page's lower left corner with the first verdict (e.g. “2 due · GitLab Admin ✗”); a click opens the panel. On by default: the team's choice."
      />
    </Section>
  );
}
