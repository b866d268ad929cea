/**
 * The PDF URL in `viewer.html?file=<url>`. Links Soi builds encode it; a
 * redirect rule (declarativeNetRequest regexSubstitution) cannot, so a raw URL
 * keeps its own `?` and `&` and runs to the end of the query.
 */
export function fileParam(search: string): string | null {
  const prefix = '?file=';
  if (!search.startsWith(prefix)) return new URLSearchParams(search).get('file');
  const value = search.slice(prefix.length);
  if (value === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
