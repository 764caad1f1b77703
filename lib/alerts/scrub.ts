/**
 * Error texts that end up in the alert ledger or in a summary: no phone number, ID number or e-mail
 * address may survive in them (RULES 4.2: no personal data; endpoints are never logged). Errs on the
 * side of removing too much: any run of 7+ digits (single spaces or dashes between them) goes.
 */
const MAX_ERROR_CHARS = 300;

export function scrubText(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '***@***')
    .replace(/\+?\d(?:[ -]?\d){6,}[Xx]?/g, '***')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ERROR_CHARS);
}

/** `Name: message` of an error, scrubbed. */
export function scrubError(error: unknown): string {
  if (error instanceof Error) return scrubText(`${error.name}: ${error.message}`);
  return scrubText(String(error));
}
