import { FlagField } from '../fields/FlagField';
import { TextField } from '../fields/TextField';
import { Section } from '../layout/Section';

export function SenderSection() {
  return (
    <Section id="sender" title="Sender identity" intro="Who prefilled program emails come from, and who is copied.">
      <TextField path="sender.name" label="Your name" autoComplete="name" />
      <TextField path="sender.email" label="Your email" type="email" autoComplete="email" />
      <TextField path="sender.title" label="Your title" hint="Shown under your name, e.g. Customer Success Manager." />
      <TextField
        path="sender.genericAddress"
        label="Generic sender address"
        type="email"
        hint="For programs sent from a shared address rather than the CSM. Seed 002 names customer_enablement@gitlab.com, the default."
      />
      <FlagField path="sender.ccCsm" label="CC the CSM" hint="Copy the account's CSM on emails sent from the generic address." />
    </Section>
  );
}
