/** The toolbar popup: the checklist of pending sends (filled in by the reminders feature). */
export function Popup() {
  return (
    <main className="surface popup" aria-labelledby="popup-title">
      <h1 id="popup-title">Pending sends</h1>
      <p>No sends are pending. Open an account in Gainsight Customer360 and start a playbook to see its next send here.</p>
    </main>
  );
}
