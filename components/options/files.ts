/** Files in and out of the options page: JSON exports as downloads, imports from a file input. */

export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The chosen file's text, and the input emptied so choosing the same file again fires `change` again. */
export async function takeFileText(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = '';
  return text;
}

/** `2026-11-23`, for file names. */
export function fileDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
