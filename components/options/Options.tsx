/** The options page: every setting in one place (sections are added by the features that need them). */
export function Options() {
  return (
    <main className="surface options" aria-labelledby="options-title">
      <h1 id="options-title">CTA Playbook Companion options</h1>
      <p>Settings for sender identity, field names, domains, programs and your data live here.</p>
    </main>
  );
}
