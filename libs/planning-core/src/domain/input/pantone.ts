/** Pantone group key (§4.14.1): trimmed, inner whitespace collapsed, upper-cased; none ⇒ `COLOR-<id>`. */
export function normalizePantoneKey(code: string | null, colorId: number): string {
  const key = (code ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
  return key === '' ? `COLOR-${colorId}` : key;
}
