import { Fragment } from 'react';
import { Section } from '../layout/Section';
import { useOptions } from '../StoreContext';
import { HOST_REASONS, PERMISSION_REASONS, UNEXPLAINED } from './permission-reasons';

function Reasons({ label, items, reasons }: { label: string; items: string[]; reasons: Readonly<Record<string, string>> }) {
  return (
    <dl className="reasons" aria-label={label}>
      {items.map((item) => (
        <Fragment key={item}>
          <dt>
            <code>{item}</code>
          </dt>
          <dd>{reasons[item] ?? UNEXPLAINED}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Version and every permission with why, read from the manifest itself so the two cannot disagree. */
export function AboutSection() {
  const manifest = useOptions((s) => s.manifest);
  // Select the stored list and derive here: a selector returning a new array would re-render forever.
  const domains = useOptions((s) => s.domains);
  const granted = domains.filter((d) => d.active).map((d) => d.domain);
  return (
    <Section id="about" title="About">
      <p>CTA Playbook Companion, version {manifest.version}.</p>
      <p className="promise">No remote code, no telemetry; data stays in this browser.</p>
      <h3>Permissions</h3>
      <Reasons label="Permissions" items={manifest.permissions} reasons={PERMISSION_REASONS} />
      <h3>Sites</h3>
      <Reasons label="Sites" items={manifest.hosts} reasons={HOST_REASONS} />
      <h3>Optional sites</h3>
      <p>Asked for only when you turn on the feature that needs them.</p>
      <Reasons label="Optional sites" items={manifest.optionalHosts} reasons={HOST_REASONS} />
      <p>{granted.length ? `Custom domains you allowed: ${granted.join(', ')}.` : 'You have allowed no custom domain.'}</p>
    </Section>
  );
}
