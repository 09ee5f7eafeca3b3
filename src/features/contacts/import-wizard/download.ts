/** Saves text as a file through the browser's download, without a round trip to a server. */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
