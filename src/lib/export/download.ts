/**
 * Saves text as a file through a Blob and an object URL: no network, nothing kept.
 * The link is the component's own hidden `<a>`, so Svelte keeps owning the DOM.
 */
export function downloadText(
  link: HTMLAnchorElement,
  filename: string,
  text: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  link.href = url;
  link.download = filename;
  link.click();
  // Revoke on a later task: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
