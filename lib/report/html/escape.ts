/**
 * Escapes text for HTML element content and quoted attribute values. Every value that reaches the
 * page — enterprise names above all — goes through here: a name like `<script>` must print as text.
 */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
