/** Saves a file the browser way: a temporary link with `download`, clicked, then released. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
