/** "My book": every account of the CSM at once (issue 16). */
export function BookView() {
  return <p role="status">My book is not built yet.</p>;
}
