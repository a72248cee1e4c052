/** Saves a file from the page: a Blob and a temporary link, nothing leaves the machine. */

/** Offers `data` for download under `name`. */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download has to start reading the Blob first.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The base name of an input file without its extension, for the report's file names. */
export const baseName = (file: string) => file.replace(/\.[^.]+$/, "");
